"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

type Action<Result> = (state: FormState<Result>, form: FormData) => Promise<FormState<Result>>;

/** Gives the editor role to a staff account, found by its e-mail. */
export function GrantEditorForm({ action }: { action: Action<{ name: string }> }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<{ name: string }>);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} fieldIds={{ email: "redaktor-email" }} />
      {state.status === "done" && state.result ? (
        <Notice kind="success" title={`${state.result.name} jest redaktorem`} live>
          <p>Po następnym otwarciu strony zobaczy w menu „Redakcja”.</p>
        </Notice>
      ) : null}
      <TextField
        id="redaktor-email"
        name="email"
        type="email"
        autoComplete="off"
        label="Adres e-mail konta pracownika"
        hint="Ta osoba musi już mieć konto, na które loguje się adresem e-mail i hasłem."
        defaultValue={state.status === "done" ? "" : (state.values.email ?? "")}
        error={state.errors.email}
      />
      <Button type="submit" disabled={pending}>
        Nadaj rolę redaktora
      </Button>
    </form>
  );
}

/** Takes the role back; the person keeps their account and any club roles. */
export function RevokeEditorForm({ action, userId, name }: { action: Action<undefined>; userId: string; name: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction}>
      <FormProblems state={state} />
      <input type="hidden" name="id" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Odbierz rolę redaktora<span className="sr-only"> osobie {name}</span>
      </Button>
    </form>
  );
}
