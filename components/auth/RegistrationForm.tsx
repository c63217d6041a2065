"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { TextField } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";
import { PinField } from "./PinField";

type Registered = { username: string; club: string | null };

export function RegistrationForm({ action }: { action: (state: FormState<Registered>, form: FormData) => Promise<FormState<Registered>> }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<Registered>);
  if (state.status === "done" && state.result) {
    return (
      <Notice kind="success" title="konto gotowe" live>
        <p>
          Twoja nazwa użytkownika: <strong>{state.result.username}</strong>. Zapisz ją i zapamiętaj PIN.
        </p>
        {state.result.club ? <p>Udało się dołączyć do klubu: {state.result.club}.</p> : null}
        <p>
          <LinkButton href={`/logowanie?uzytkownik=${encodeURIComponent(state.result.username)}`}>Zaloguj się</LinkButton>
        </p>
      </Notice>
    );
  }
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <TextField id="displayName" label="Imię i nazwisko" defaultValue={state.values.displayName} error={state.errors.displayName} autoComplete="name" />
      <TextField
        id="username"
        label="Nazwa użytkownika"
        hint="Małe litery bez polskich znaków, na przykład zofia.kowalska. Będziesz ją wpisywać przy logowaniu."
        defaultValue={state.values.username}
        error={state.errors.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <PinField id="pin" label="Wymyśl PIN (6 cyfr)" hint="Nie 123456 ani sześć takich samych cyfr." error={state.errors.pin} />
      <PinField id="pinAgain" label="Wpisz PIN jeszcze raz" error={state.errors.pinAgain} />
      <TextField
        id="joinCode"
        label="Kod klubu (nieobowiązkowo)"
        hint="Jeśli chodzisz na zajęcia, edukator poda Ci kod. Wtedy klub zobaczy Twoje postępy."
        defaultValue={state.values.joinCode}
        error={state.errors.joinCode}
        autoComplete="off"
        autoCapitalize="characters"
      />
      <Button type="submit" disabled={pending}>
        Załóż konto
      </Button>
    </form>
  );
}
