"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

type Action<Result> = (state: FormState<Result>, form: FormData) => Promise<FormState<Result>>;
type Granted = { name: string; areaName: string };

/** Gives a staff account, found by its e-mail, an area to coordinate. */
export function GrantCoordinatorForm({ action }: { action: Action<Granted> }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<Granted>);
  const kept = (field: string) => (state.status === "done" ? "" : (state.values[field] ?? ""));
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} fieldIds={{ email: "koordynator-email", area: "koordynator-obszar" }} />
      {state.status === "done" && state.result ? (
        <Notice kind="success" title={`${state.result.name} koordynuje: ${state.result.areaName}`} live>
          <p>Po następnym otwarciu strony zobaczy w menu „Raporty” z liczbami klubów tego obszaru.</p>
        </Notice>
      ) : null}
      <TextField
        id="koordynator-email"
        name="email"
        type="email"
        autoComplete="off"
        label="Adres e-mail konta pracownika"
        hint="Ta osoba musi już mieć konto, na które loguje się adresem e-mail i hasłem."
        defaultValue={kept("email")}
        error={state.errors.email}
      />
      <TextField
        id="koordynator-obszar"
        name="area"
        autoComplete="off"
        inputMode="numeric"
        label="Kod TERYT obszaru"
        hint="2 cyfry dla województwa (np. 20 — podlaskie), 4 dla powiatu (np. 2002), 7 dla gminy (np. 2002113)."
        defaultValue={kept("area")}
        error={state.errors.area}
      />
      <Button type="submit" disabled={pending}>
        Nadaj rolę koordynatora
      </Button>
    </form>
  );
}

/** Takes one area back; the person keeps their account, club roles and any other areas. */
export function RevokeCoordinatorForm({ action, areaId, label }: { action: Action<undefined>; areaId: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction}>
      <FormProblems state={state} />
      <input type="hidden" name="id" value={areaId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Odbierz ten obszar<span className="sr-only">: {label}</span>
      </Button>
    </form>
  );
}
