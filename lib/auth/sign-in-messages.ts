import { UNAVAILABLE_SIGN_IN_CODE } from "../db/unavailable";
import { minutesUntil } from "./rate-limit";

const timeFormat = new Intl.DateTimeFormat("pl-PL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Warsaw" });

/** next-auth's ?error=… in words a person can act on. Unknown account and wrong PIN read the same. */
export function signInErrorMessage(error: string | undefined, kind: "learner" | "staff" | "card", now = new Date()): string | null {
  if (!error) return null;
  const locked = /^zablokowane:(.+)$/.exec(error);
  if (locked) {
    const retryAt = new Date(locked[1]!);
    if (!Number.isNaN(retryAt.getTime())) {
      const minutes = minutesUntil(retryAt, now);
      return `Było za dużo nieudanych prób. Dla bezpieczeństwa logowanie jest wstrzymane. Spróbuj ponownie za ${minutes} min (o ${timeFormat.format(retryAt)}).${
        kind !== "staff" ? " Jeśli nie pamiętasz PIN-u, edukator w klubie może ustawić nowy." : ""
      }`;
    }
  }
  if (error === UNAVAILABLE_SIGN_IN_CODE) return "Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.";
  if (error === "CredentialsSignin") {
    // On the card's page the name comes from the card: only the PIN can be wrong.
    if (kind === "card") return "Ten PIN się nie zgadza. Sprawdź go i wpisz jeszcze raz. Jeśli nie pamiętasz PIN-u, edukator w klubie może ustawić nowy.";
    return kind === "learner"
      ? "Nazwa użytkownika albo PIN się nie zgadzają. Sprawdź je i spróbuj jeszcze raz. Jeśli nie pamiętasz PIN-u, edukator w klubie może ustawić nowy."
      : "Adres e-mail albo hasło się nie zgadzają. Sprawdź je i spróbuj jeszcze raz.";
  }
  return "Nie udało się zalogować. Spróbuj jeszcze raz za chwilę.";
}
