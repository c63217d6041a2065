"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { selectClassName, TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { Notice } from "@/components/ui/Notice";
import { countLabel } from "@/lib/format";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function GroupNameForm({ action, name = "", submit }: { action: Action; name?: string; submit: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      {state.status === "done" && state.message ? (
        <Notice kind="success" live>
          <p>{state.message}</p>
        </Notice>
      ) : null}
      <TextField id="name" label="Nazwa grupy" hint="Np. dzień i godzina zajęć: „Wtorki 10:00”." defaultValue={state.values.name ?? name} error={state.errors.name} maxLength={100} />
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}

type AssignablePath = { value: string; title: string; lessons: number; own: boolean };

function PathOptions({ paths }: { paths: AssignablePath[] }) {
  return paths.map((path) => (
    <option key={path.value} value={path.value}>
      {path.title} ({countLabel(path.lessons, ["lekcja", "lekcje", "lekcji"])})
    </option>
  ));
}

/** A built-in path or one of the club's own, and an optional due date, for a group or one learner. */
export function AssignPathForm({ action, paths }: { action: Action; paths: AssignablePath[] }) {
  const builtIn = paths.filter((path) => !path.own);
  const own = paths.filter((path) => path.own);
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  const error = state.errors.path;
  return (
    <form action={formAction} noValidate className="min-w-0">
      <FormProblems state={state} />
      <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="path" className="mb-1 block text-xl font-bold">
          Ścieżka nauki
        </label>
        {error ? (
          <p id="path-blad" className="mb-2 font-bold text-error">
            <span className="sr-only">Błąd: </span>
            {error}
          </p>
        ) : null}
        <select id="path" name="path" defaultValue={state.values.path ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? "path-blad" : undefined} className={selectClassName}>
          <option value="">Wybierz…</option>
          {own.length ? (
            <>
              <optgroup label="Ścieżki gotowe">
                <PathOptions paths={builtIn} />
              </optgroup>
              <optgroup label="Ścieżki klubu">
                <PathOptions paths={own} />
              </optgroup>
            </>
          ) : (
            <PathOptions paths={builtIn} />
          )}
        </select>
      </div>
      <TextField id="due" type="date" label="Termin (można zostawić pusty)" defaultValue={state.values.due ?? ""} error={state.errors.due} className="min-w-0" />
      <Button type="submit" disabled={pending}>
        Zadaj ścieżkę
      </Button>
    </form>
  );
}
