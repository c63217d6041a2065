import { oneRightChoice } from "@/lib/simulators/choices";
import type { Scenario } from "@/lib/simulators/types";
import { SimButton, SimHeading, SimInput, SimPanel, SimText } from "../parts";
import { profilZaufanyLoginScreen, smsCodeScreen } from "./profil-zaufany-steps";

// Signing in to a public service (here the patient account) through login.gov.pl, three ways:
// profil zaufany with a password and an SMS code, a bank, or mObywatel with a QR code.

const SMS_CODE = "482913";
const BANK_ID = "12345678";
const BANK_PASSWORD = "cwiczenie";

const methods = [
  { value: "profil-zaufany", label: "Profil zaufany" },
  { value: "e-dowod", label: "e-dowód" },
  { value: "bank", label: "Bankowość elektroniczna" },
  { value: "mobywatel", label: "Aplikacja mObywatel" },
] as const;

export const loginGov: Scenario = {
  slug: "logowanie-login-gov",
  title: "Logowanie przez login.gov.pl",
  service: "login.gov.pl",
  device: "computer",
  lessonSlug: "profil-zaufany/logowanie-login-gov-pl",
  description: "Zaloguj się do Internetowego Konta Pacjenta: profilem zaufanym, przez bank albo aplikacją mObywatel.",
  intro: [
    "Wybierzesz sposób logowania na stronie login.gov.pl.",
    "Wpiszesz login i hasło, a potem kod z SMS-a.",
    "Zobaczysz, jak wygląda logowanie przez bank i przez mObywatel.",
    "Wylogujesz się na koniec.",
  ],
  summary: [
    "Na stronie login.gov.pl wybierasz sposób logowania.",
    "Wpisujesz login i hasło, a potem kod z SMS-a — albo potwierdzasz logowanie w banku lub w mObywatelu.",
    "Kod z SMS-a wpisuje się tylko na stronie, na której się logujesz. Nikomu go nie podawaj.",
    "Po skończonej sprawie wylogowujesz się.",
    "Na prawdziwej stronie zawsze sprawdź adres: login.gov.pl.",
  ],
  stages: ["Sposób logowania", "Logowanie", "Potwierdzenie", "Wylogowanie"],
  screens: [
    {
      id: "wybor",
      stage: 0,
      task: "Chcesz wejść na Internetowe Konto Pacjenta. Strona przeniosła Cię do login.gov.pl. Wybierz logowanie profilem zaufanym. (Możesz też spróbować banku albo mObywatela.)",
      showMe: "Naciśnij przycisk „Profil zaufany”. To pierwszy przycisk na liście.",
      hints: {
        "e-dowod": "Do e-dowodu potrzebny jest czytnik albo telefon z NFC i kod PIN. W tym ćwiczeniu Jan go nie ma. Wybierz „Profil zaufany”.",
        inne: "Wybierz jeden ze sposobów logowania z listy, na przykład „Profil zaufany”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Wybierz sposób logowania</SimHeading>
          <SimText>Zaloguj się do: Internetowe Konto Pacjenta</SimText>
          {methods.map((method) => (
            <SimButton key={method.value} value={method.value} variant="secondary" highlight={showMe && method.value === "profil-zaufany"}>
              {method.label}
            </SimButton>
          ))}
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "profil-zaufany") return { next: "pz-login", state: { sposob: "pz" } };
        if (choice === "bank") return { next: "bank-wybor", state: { sposob: "bank" } };
        if (choice === "mobywatel") return { next: "mobywatel-qr", state: { sposob: "mobywatel" } };
        return { hint: choice === "e-dowod" ? "e-dowod" : "inne" };
      },
    },
    profilZaufanyLoginScreen({ id: "pz-login", stage: 1, next: "pz-sms", press: "naciśnij" }),
    smsCodeScreen({
      id: "pz-sms",
      stage: 2,
      next: "zalogowano",
      press: "naciśnij",
      code: SMS_CODE,
      smsFor: "Logowanie do: Internetowe Konto Pacjenta.",
      heading: "Potwierdź logowanie",
    }),
    {
      id: "bank-wybor",
      stage: 1,
      task: "Wybierz swój bank z listy. W ćwiczeniu to „Bank Przykładowy”.",
      showMe: "Naciśnij „Bank Przykładowy”.",
      hints: {
        inny: "W ćwiczeniu Jan ma konto w „Banku Przykładowym”. Na prawdziwej stronie wybierzesz swój bank.",
        inne: "Naciśnij nazwę banku, w którym masz konto. W ćwiczeniu to „Bank Przykładowy”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Wybierz swój bank</SimHeading>
          <SimButton value="przykladowy" variant="secondary" highlight={showMe}>
            Bank Przykładowy
          </SimButton>
          <SimButton value="inny" variant="secondary">
            Bank Zmyślony
          </SimButton>
          <SimButton value="inny" variant="secondary">
            Bank Pokazowy
          </SimButton>
        </>
      ),
      answer: oneRightChoice("przykladowy", "bank-login", ["inny"]),
    },
    {
      id: "bank-login",
      stage: 1,
      task: "Strona banku prosi o identyfikator i hasło. Wpisz je z ramki i naciśnij „Zaloguj”.",
      practiceData: [
        { label: "Identyfikator", value: BANK_ID },
        { label: "Hasło", value: BANK_PASSWORD },
      ],
      showMe: `W pole „Identyfikator” wpisz ${BANK_ID}, w pole „Hasło” wpisz ${BANK_PASSWORD}. Potem naciśnij „Zaloguj”.`,
      hints: {
        puste: "Oba pola muszą być wypełnione. Przepisz je z ramki „Dane do ćwiczenia”.",
        identyfikator: `Identyfikator nie pasuje. Wpisz: ${BANK_ID}.`,
        haslo: `Hasło nie pasuje. Wpisz: ${BANK_PASSWORD}.`,
        inne: "Wpisz identyfikator i hasło z ramki, a potem naciśnij „Zaloguj”.",
      },
      fields: [
        { name: "identyfikator", kind: "text" },
        { name: "haslo", kind: "password", practicePassword: BANK_PASSWORD },
      ],
      render: ({ showMe }) => (
        <>
          <SimHeading>Bank Przykładowy — logowanie</SimHeading>
          <SimText muted>Logujesz się do: login.gov.pl</SimText>
          <SimInput name="identyfikator" label="Identyfikator" inputMode="numeric" highlight={showMe} />
          <SimInput name="haslo" label="Hasło" type="password" />
          <SimButton value="zaloguj" highlight={showMe}>
            Zaloguj
          </SimButton>
        </>
      ),
      answer: ({ fields }) => {
        if (!fields.identyfikator || !fields.haslo) return { hint: "puste" };
        if (fields.identyfikator !== BANK_ID) return { hint: "identyfikator" };
        if (fields.haslo.toLowerCase() !== BANK_PASSWORD) return { hint: "haslo" };
        return { next: "bank-zgoda" };
      },
    },
    {
      id: "bank-zgoda",
      stage: 2,
      task: "Bank pyta, czy przekazać Twoje dane do login.gov.pl. Tak trzeba, żeby się zalogować. Naciśnij „Potwierdzam”.",
      showMe: "Naciśnij „Potwierdzam”.",
      hints: {
        anuluj: "„Anuluj” przerywa logowanie. Żeby wejść na konto pacjenta, naciśnij „Potwierdzam”.",
        inne: "Naciśnij „Potwierdzam”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Potwierdź przekazanie danych</SimHeading>
          <SimText>Bank przekaże do login.gov.pl: imię, nazwisko, PESEL. Dane: Jan Przykładowy.</SimText>
          <SimButton value="potwierdzam" highlight={showMe}>
            Potwierdzam
          </SimButton>
          <SimButton value="anuluj" variant="secondary">
            Anuluj
          </SimButton>
        </>
      ),
      answer: oneRightChoice("potwierdzam", "zalogowano", ["anuluj"]),
    },
    {
      id: "mobywatel-qr",
      stage: 2,
      task: "Na komputerze widać kod QR. Otwórz mObywatel w telefonie, zeskanuj kod i potwierdź logowanie w aplikacji.",
      showMe: "Na rysunku telefonu naciśnij „Potwierdź logowanie”.",
      hints: {
        odrzuc: "„Odrzuć” przerywa logowanie. Odrzucaj tylko wtedy, gdy to nie Ty się logujesz. Teraz naciśnij „Potwierdź logowanie”.",
        inne: "Naciśnij „Potwierdź logowanie” na rysunku telefonu.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Zaloguj się aplikacją mObywatel</SimHeading>
          <SimText>Zeskanuj ten kod w aplikacji mObywatel.</SimText>
          <div aria-hidden="true" className="my-3 grid h-28 w-28 grid-cols-4 gap-1 border-2 border-ink p-1">
            {Array.from({ length: 16 }, (_, index) => (
              <span key={index} className={index % 3 === 0 || index % 5 === 0 ? "bg-ink" : "bg-page"} />
            ))}
          </div>
          <SimPanel title="Telefon Jana: mObywatel" tone="prompt">
            <SimText>Czy chcesz zalogować się do: Internetowe Konto Pacjenta?</SimText>
            <SimButton value="potwierdz" highlight={showMe}>
              Potwierdź logowanie
            </SimButton>
            <SimButton value="odrzuc" variant="secondary">
              Odrzuć
            </SimButton>
          </SimPanel>
        </>
      ),
      answer: oneRightChoice("potwierdz", "zalogowano", ["odrzuc"]),
    },
    {
      id: "zalogowano",
      stage: 3,
      task: "Udało się! Jesteś na koncie pacjenta. Sprawa załatwiona — teraz wyloguj się.",
      showMe: "Naciśnij „Wyloguj się” w prawym górnym rogu pokazowej strony.",
      hints: {
        inne: "Gdy skończysz, zawsze się wylogowuj. Naciśnij „Wyloguj się”.",
      },
      render: ({ showMe }) => (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <SimText>Zalogowany: Jan Przykładowy</SimText>
            <SimButton value="wyloguj" variant="secondary" highlight={showMe}>
              Wyloguj się
            </SimButton>
          </div>
          <SimHeading>Internetowe Konto Pacjenta</SimHeading>
          <SimButton value="recepty" variant="secondary">
            Recepty
          </SimButton>
          <SimButton value="skierowania" variant="secondary">
            Skierowania
          </SimButton>
        </>
      ),
      answer: oneRightChoice("wyloguj", "koniec"),
    },
  ],
};
