"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

/** Revoking needs a reason in words; it is kept in the audit log. Nothing typed is lost on an error. */
export function RevokeForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  const error = state.errors.reason;
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      {state.status === "done" && state.message ? (
        <Notice kind="info" live>
          <p>{state.message}</p>
        </Notice>
      ) : null}
      <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
        <label htmlFor="reason" className="mb-1 block text-xl font-bold">
          Powód unieważnienia
        </label>
        <p id="reason-podpowiedz" className="mb-2 text-muted">
          Np. „Błąd w nazwisku — wydamy nowy po poprawce”. Powód zobaczą tylko pracownicy klubu.
        </p>
        {error ? (
          <p id="reason-blad" className="mb-2 font-bold text-error">
            <span className="sr-only">Błąd: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={600}
          defaultValue={state.values.reason ?? ""}
          aria-describedby={error ? "reason-podpowiedz reason-blad" : "reason-podpowiedz"}
          aria-invalid={error ? true : undefined}
          className="block w-full max-w-[30rem] rounded-md border-2 border-ink bg-page px-3 py-2 text-xl text-ink"
        />
      </div>
      <Button type="submit" variant="warning" disabled={pending}>
        Unieważnij certyfikat
      </Button>
    </form>
  );
}
