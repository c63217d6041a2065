"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** The name and short description of a club's own path: for a new path and for renaming one. */
export function PathTitleForm({ action, title = "", description = "", submit }: { action: Action; title?: string; description?: string; submit: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      {state.status === "done" && state.message ? (
        <Notice kind="success" live>
          <p>{state.message}</p>
        </Notice>
      ) : null}
      <TextField id="title" label="Nazwa ścieżki" hint="Np. „Bezpiecznie w sieci” albo „Na zajęcia we wtorek”." defaultValue={state.values.title ?? title} error={state.errors.title} maxLength={100} />
      <TextField
        id="description"
        label="Krótki opis (można zostawić pusty)"
        hint="Uczestnicy go nie widzą; pomaga innym edukatorom wybrać ścieżkę."
        defaultValue={state.values.description ?? description}
        error={state.errors.description}
        maxLength={320}
      />
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
