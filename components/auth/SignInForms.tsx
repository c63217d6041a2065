import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { errorSummaryItemId } from "@/components/ui/error-summary-id";
import { TextField } from "@/components/ui/Field";
import { PinField } from "./PinField";

// Plain forms posted straight to next-auth (urlencoded), so signing in works without JavaScript.

export function LearnerSignInForm({
  csrfToken,
  callbackUrl,
  username,
  error,
  cardHolder,
  cardToken,
}: {
  csrfToken: string;
  callbackUrl: string;
  username: string;
  error: string | null;
  cardHolder?: string;
  /** The card's token: a sign-in with it is not held by a lock that others' guesses caused. */
  cardToken?: string;
}) {
  return (
    <form method="post" action="/api/auth/callback/learner" noValidate>
      {error ? <ErrorSummary errors={[{ field: "pin", message: error }]} /> : null}
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {cardHolder ? (
        <>
          <p className="text-xl">
            Dzień dobry, <strong>{cardHolder}</strong>! Wpisz swój PIN.
          </p>
          <input type="hidden" name="username" value={username} />
          {cardToken ? <input type="hidden" name="card" value={cardToken} /> : null}
        </>
      ) : (
        <TextField
          id="username"
          label="Nazwa użytkownika"
          hint="Jest na Twojej karcie, na przykład zofia.kowalska."
          defaultValue={username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
        />
      )}
      {/* One message: the summary says it (and takes focus); the PIN field points at it. */}
      <PinField id="pin" label="PIN (6 cyfr)" hint="Wpisz 6 cyfr: PIN od edukatora albo Twój własny." errorShownAt={error ? errorSummaryItemId("pin") : undefined} />
      <Button type="submit">Zaloguj się</Button>
    </form>
  );
}

export function StaffSignInForm({
  csrfToken,
  callbackUrl,
  email,
  error,
}: {
  csrfToken: string;
  callbackUrl: string;
  email: string;
  error: string | null;
}) {
  return (
    <form method="post" action="/api/auth/callback/staff" noValidate>
      {error ? <ErrorSummary errors={[{ field: "password", message: error }]} /> : null}
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="email" type="email" label="Adres e-mail" defaultValue={email} autoComplete="username" spellCheck={false} />
      <TextField id="password" type="password" label="Hasło" autoComplete="current-password" error={error ?? undefined} />
      <Button type="submit">Zaloguj się</Button>
    </form>
  );
}
