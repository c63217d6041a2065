"use client";

import { useActionState } from "react";
import { PinField } from "@/components/auth/PinField";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup, TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { LinkButton } from "@/components/ui/LinkButton";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Deleting needs the PIN (or password) once more and a tick, so nobody does it by accident. */
export function DeleteAccountForm({ action, secret }: { action: Action; secret: "pin" | "password" }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      {secret === "pin" ? (
        <PinField id="secret" label="Twój PIN (6 cyfr)" hint="Te same cyfry, które wpisujesz przy logowaniu." error={state.errors.secret} />
      ) : (
        <TextField id="secret" type="password" label="Twoje hasło" hint="To samo, które wpisujesz przy logowaniu." autoComplete="current-password" error={state.errors.secret} />
      )}
      <ChoiceGroup
        id="confirm"
        legend="Potwierdzenie"
        type="checkbox"
        error={state.errors.confirm}
        options={[{ name: "confirm", value: "tak", label: "Rozumiem, że tego nie da się cofnąć", checked: state.values.confirm === "tak" }]}
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit" variant="warning" disabled={pending}>
          Usuń moje konto
        </Button>
        <LinkButton href="/moje-dane" variant="secondary">
          Wstecz, nie usuwaj
        </LinkButton>
      </div>
    </form>
  );
}
