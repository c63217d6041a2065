"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { PROBLEM_MAX, SCREEN_MAX } from "@/lib/content-reports/fields";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * „Coś się nie zgadza? Napisz nam”: what is wrong (required) and, if the person wants, what the
 * screen shows instead. Where it is travels in hidden fields; nothing about the person is asked.
 * A plain form post (a server action), so it works before JavaScript arrives.
 */
export function ReportMistakeForm({ action, lessonSlug, stepId, version }: { action: Action; lessonSlug: string; stepId: string; version: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <input type="hidden" name="lekcja" value={lessonSlug} />
      <input type="hidden" name="krok" value={stepId} />
      <input type="hidden" name="wersja" value={version} />
      <p className="kc-prose font-bold" id="bez-danych">
        Nie wpisuj tu imienia, numeru PESEL ani telefonu.
      </p>
      <TextArea
        id="problem"
        label="Co się nie zgadza?"
        hint={`Na przykład: „Przycisk nazywa się teraz inaczej”. Najwyżej ${PROBLEM_MAX} znaków.`}
        defaultValue={state.values.problem ?? ""}
        error={state.errors.problem}
        maxLength={PROBLEM_MAX}
        rows={5}
        required
      />
      <TextArea
        id="ekran"
        label="Co widzisz zamiast tego na ekranie? (można zostawić puste)"
        hint={`Przepisz napis z ekranu albo opisz go. Najwyżej ${SCREEN_MAX} znaków.`}
        defaultValue={state.values.ekran ?? ""}
        error={state.errors.ekran}
        maxLength={SCREEN_MAX}
        rows={3}
      />
      <Button type="submit" disabled={pending}>
        Wyślij zgłoszenie
      </Button>
    </form>
  );
}
