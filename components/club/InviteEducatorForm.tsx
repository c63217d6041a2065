"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { TextField } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { countLabel } from "@/lib/format";
import { idleForm, type FormState } from "@/lib/forms";

export type InvitationResult = { email: string; link: string; days: number; validUntil: string };
export type InviteAction = (state: FormState<InvitationResult>, form: FormData) => Promise<FormState<InvitationResult>>;

/**
 * The one-time link, shown once: only its hash is stored, so it cannot be shown again.
 * A read-only field, because a link in a field is easy to select and copy whole.
 */
function InvitationLink({ id, result }: { id: string; result: InvitationResult }) {
  return (
    <Notice kind="success" title="utworzono zaproszenie" live>
      <p>
        Skopiuj ten link i wyślij go na adres <strong>{result.email}</strong>, na przykład e-mailem. Link działa przez{" "}
        {countLabel(result.days, ["dzień", "dni", "dni"])} (do {result.validUntil}) i tylko jeden raz.
      </p>
      <p>Pokazujemy go tylko teraz. Jeśli go zgubisz, utwórz nowe zaproszenie.</p>
      <TextField
        id={id}
        label="Link do zaproszenia"
        hint="Kliknij w pole, żeby zaznaczyć cały link, a potem skopiuj go (Ctrl i C)."
        readOnly
        value={result.link}
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
      />
    </Notice>
  );
}

/**
 * Inviting somebody to a club by e-mail. Used for educators (by a club's manager) and for
 * managers (by an administrator); several may sit on one page, so every id has a prefix.
 */
export function InvitationForm({
  action,
  clubId,
  idPrefix,
  emailLabel,
  emailHint,
  submitLabel,
}: {
  action: InviteAction;
  clubId: string;
  idPrefix: string;
  emailLabel: ReactNode;
  emailHint?: ReactNode;
  submitLabel: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<InvitationResult>);
  const emailId = `${idPrefix}-email`;
  return (
    <>
      {state.status === "done" && state.result ? <InvitationLink id={`${idPrefix}-link`} result={state.result} /> : null}
      <form action={formAction} noValidate>
        <FormProblems state={state} fieldIds={{ email: emailId }} />
        <input type="hidden" name="clubId" value={clubId} />
        <TextField
          id={emailId}
          name="email"
          type="email"
          label={emailLabel}
          hint={emailHint}
          defaultValue={state.values.email}
          error={state.errors.email}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}

export function InviteEducatorForm({ action, clubId }: { action: InviteAction; clubId: string }) {
  return (
    <InvitationForm
      action={action}
      clubId={clubId}
      idPrefix="edukator"
      emailLabel="Adres e-mail edukatora"
      emailHint="Na ten adres edukator założy konto. Jeśli ma już konto w Klubie Cyfrowym, wpisz adres, którego używa."
      submitLabel="Zaproś edukatora"
    />
  );
}
