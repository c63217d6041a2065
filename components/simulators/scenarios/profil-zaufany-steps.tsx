import type { ReactNode } from "react";
import type { SimScreen } from "@/lib/simulators/types";
import { SimButton, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// The two screens every practice with a profil zaufany shares: the login with the practice
// password, then the one-time code from an SMS. Each scenario says where they lead and what for.

export const PZ_LOGIN = "jan.przykladowy";
export const PZ_PASSWORD = "cwiczenie";

/** "naciśnij" on a phone or where the scenario already speaks so, "kliknij" on a computer. */
type Press = "naciśnij" | "kliknij";

export function profilZaufanyLoginScreen({
  id,
  stage,
  next,
  press,
  purpose,
}: {
  id: string;
  stage: number;
  next: string;
  press: Press;
  /** A muted line under the heading, e.g. what the login is for. */
  purpose?: string;
}): SimScreen {
  return {
    id,
    stage,
    task: `Wpisz login i hasło profilu zaufanego z ramki poniżej. Potem ${press} „Zaloguj się”.`,
    practiceData: [
      { label: "Login", value: PZ_LOGIN },
      { label: "Hasło", value: PZ_PASSWORD },
    ],
    showMe: `W pole „Nazwa użytkownika lub adres e-mail” wpisz ${PZ_LOGIN}. W pole „Hasło” wpisz ${PZ_PASSWORD}. Potem ${press} „Zaloguj się”.`,
    hints: {
      puste: "Oba pola muszą być wypełnione. Przepisz login i hasło z ramki „Dane do ćwiczenia”.",
      login: `Login nie pasuje. Wpisz dokładnie: ${PZ_LOGIN} (z kropką w środku).`,
      haslo: `Hasło nie pasuje. Wpisz dokładnie: ${PZ_PASSWORD}.`,
      "nie-pamietam": `Na prawdziwej stronie ten przycisk pomaga ustawić nowe hasło. W ćwiczeniu hasło jest w ramce: ${PZ_PASSWORD}.`,
      inne: `Wpisz login i hasło z ramki, a potem ${press} „Zaloguj się”.`,
    },
    fields: [
      { name: "login", kind: "text" },
      { name: "haslo", kind: "password", practicePassword: PZ_PASSWORD },
    ],
    render: ({ showMe }) => (
      <>
        <SimHeading>Profil zaufany — logowanie</SimHeading>
        {purpose ? <SimText muted>{purpose}</SimText> : null}
        <SimInput name="login" label="Nazwa użytkownika lub adres e-mail" highlight={showMe} />
        <SimInput name="haslo" label="Hasło" type="password" />
        <SimButton value="zaloguj" highlight={showMe}>
          Zaloguj się
        </SimButton>
        <SimButton value="nie-pamietam" variant="plain">
          Nie pamiętam hasła
        </SimButton>
      </>
    ),
    answer: ({ choice, fields }) => {
      if (choice === "nie-pamietam") return { hint: "nie-pamietam" };
      if (!fields.login || !fields.haslo) return { hint: "puste" };
      if (fields.login.toLowerCase() !== PZ_LOGIN) return { hint: "login" };
      if (fields.haslo.toLowerCase() !== PZ_PASSWORD) return { hint: "haslo" };
      return { next };
    },
  };
}

export function smsCodeScreen({
  id,
  stage,
  next,
  press,
  code,
  smsFor,
  heading,
  task,
  children,
}: {
  id: string;
  stage: number;
  next: string;
  press: Press;
  code: string;
  /** What the SMS says the code is for: "Logowanie do: …". */
  smsFor: string;
  heading: string;
  /** Extra words after "Przepisz kod do pola i … „Potwierdź”." */
  task?: string;
  /** Anything drawn between the heading and the field, e.g. a warning. */
  children?: ReactNode;
}): SimScreen {
  return {
    id,
    stage,
    task: `Na telefon przyszedł SMS z kodem. Przepisz kod do pola i ${press} „Potwierdź”.${task ? ` ${task}` : ""}`,
    practiceData: [{ label: "Kod z SMS-a", value: code }],
    showMe: `Wpisz ${code} w pole „Kod z SMS-a” i ${press} „Potwierdź”.`,
    hints: {
      puste: "Pole na kod jest puste. Przepisz cyfry z SMS-a.",
      kod: `Ten kod nie pasuje. Przepisz cyfry z SMS-a: ${code}.`,
      inne: `Przepisz kod z SMS-a i ${press} „Potwierdź”.`,
    },
    fields: [{ name: "kod", kind: "text" }],
    render: ({ showMe }) => (
      <>
        <SimPanel title="Nowy SMS na telefonie Jana" tone="prompt">
          <SimText>
            Kod autoryzacyjny: {code}. {smsFor} Nikomu nie podawaj tego kodu.
          </SimText>
        </SimPanel>
        <SimHeading>{heading}</SimHeading>
        {children}
        <SimInput name="kod" label="Kod z SMS-a" inputMode="numeric" highlight={showMe} />
        <SimButton value="potwierdz">Potwierdź</SimButton>
      </>
    ),
    answer: ({ fields }) => {
      if (!fields.kod) return { hint: "puste" };
      if (fields.kod.replace(/\s/g, "") !== code) return { hint: "kod" };
      return { next };
    },
  };
}
