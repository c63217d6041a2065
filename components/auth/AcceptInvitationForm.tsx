"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { TextField } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

export type AcceptedInvitation = { email: string };
export type InvitationDetails = { clubName: string; city: string; roleLabel: string; email: string; accountExists: boolean };
type AcceptAction = (state: FormState<AcceptedInvitation>, form: FormData) => Promise<FormState<AcceptedInvitation>>;

export function StaleInvitation() {
  return (
    <Notice kind="warning" title="to zaproszenie jest nieaktualne">
      <p>
        To zaproszenie jest nieaktualne: mogło już zostać przyjęte albo minęło 7 dni. Poproś osobę, która Cię zaprosiła,
        o nowy link.
      </p>
      <p>Jeśli masz już konto, możesz się zalogować.</p>
      <p>
        <LinkButton href="/logowanie?rodzaj=pracownik" variant="secondary">
          Przejdź do logowania
        </LinkButton>
      </p>
    </Notice>
  );
}

/**
 * Stays on the page after success even though the invitation is then used up, so the
 * confirmation also shows after a submit without JavaScript (the page renders this state).
 */
export function AcceptInvitationForm({
  action,
  token,
  invitation,
}: {
  action: AcceptAction;
  token: string;
  invitation: InvitationDetails | null;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<AcceptedInvitation>);

  if (state.status === "done" && state.result) {
    return (
      <Notice kind="success" title="przyjęto zaproszenie" live>
        <p>
          Jesteś teraz w klubie. Zaloguj się adresem <strong>{state.result.email}</strong> i swoim hasłem.
        </p>
        <p>
          <LinkButton href="/logowanie?rodzaj=pracownik">Przejdź do logowania</LinkButton>
        </p>
      </Notice>
    );
  }
  if (!invitation) return <StaleInvitation />;

  return (
    <>
      <p className="kc-prose text-xl">
        Zapraszamy Cię do klubu <strong>{invitation.clubName}</strong> ({invitation.city}) jako{" "}
        <strong>{invitation.roleLabel}</strong>.
      </p>
      <p className="kc-prose">
        {invitation.accountExists
          ? "Masz już konto w Klubie Cyfrowym. Wpisz swoje hasło, żeby potwierdzić, że to Ty. Klub pojawi się na Twoim koncie."
          : "Załóż konto: wpisz imię i nazwisko oraz wymyśl hasło. Potem zalogujesz się tym adresem e-mail i hasłem."}
      </p>
      <form action={formAction} noValidate>
        <FormProblems state={state} />
        <input type="hidden" name="token" value={token} />
        <TextField id="email" name="login" type="email" label="Adres e-mail (do logowania)" value={invitation.email} readOnly autoComplete="username" />
        {invitation.accountExists ? (
          <TextField id="password" type="password" label="Twoje obecne hasło" error={state.errors.password} autoComplete="current-password" />
        ) : (
          <>
            <TextField
              id="displayName"
              label="Imię i nazwisko"
              hint="Tak zobaczą Cię inni pracownicy klubu."
              defaultValue={state.values.displayName}
              error={state.errors.displayName}
              autoComplete="name"
            />
            <TextField
              id="password"
              type="password"
              label="Hasło"
              hint="Co najmniej 12 znaków. Długie zdanie jest łatwe do zapamiętania, na przykład: Wtorki w bibliotece są najlepsze."
              error={state.errors.password}
              autoComplete="new-password"
            />
          </>
        )}
        <Button type="submit" disabled={pending}>
          Przyjmij zaproszenie
        </Button>
      </form>
    </>
  );
}
