"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { selectClassName } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
type Choice = { slug: string; title: string };

function Options({ lessons }: { lessons: Choice[] }) {
  return lessons.map((lesson) => (
    <option key={lesson.slug} value={lesson.slug}>
      {lesson.title}
    </option>
  ));
}

/** A lesson the learner has not completed — from their assigned paths first — to mark as done with help. */
export function AssistedLessonForm({ action, assigned, other }: { action: Action; assigned: Choice[]; other: Choice[] }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  const error = state.errors.lekcja;
  return (
    <form action={formAction} noValidate className="min-w-0">
      <FormProblems state={state} />
      <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="lekcja" className="mb-1 block text-xl font-bold">
          Lekcja zrobiona z pomocą
        </label>
        {error ? (
          <p id="lekcja-blad" className="mb-2 font-bold text-error">
            <span className="sr-only">Błąd: </span>
            {error}
          </p>
        ) : null}
        <select id="lekcja" name="lekcja" defaultValue={state.values.lekcja ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? "lekcja-blad" : undefined} className={selectClassName}>
          <option value="">Wybierz…</option>
          {assigned.length ? (
            <optgroup label="Z zadanych ścieżek">
              <Options lessons={assigned} />
            </optgroup>
          ) : null}
          <optgroup label={assigned.length ? "Pozostałe lekcje" : "Wszystkie lekcje"}>
            <Options lessons={other} />
          </optgroup>
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        Oznacz jako zrobione z pomocą
      </Button>
    </form>
  );
}
