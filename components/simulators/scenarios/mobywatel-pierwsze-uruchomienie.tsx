import { oneRightChoice } from "@/lib/simulators/choices";
import type { Scenario } from "@/lib/simulators/types";
import { SimButton, SimFacts, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// The first run of mObywatel: the terms, a new app password checked against its rules, then the
// first document (mDowód), identity confirmed by profil zaufany, a bank or e-dowód, and the
// optional fingerprint or face login. The password is new and made up by the learner, so the
// fields carry no practicePassword; it is checked here and then dropped, never kept or shown.

const EXAMPLE_PASSWORD = "Ćwiczenie1!";

/** The app password's rules, in the order the screen lists them, each named in words. */
export const passwordRules = [
  { key: "8", words: "co najmniej 8 znaków", met: (value: string) => [...value].length >= 8 },
  { key: "wielka", words: "wielką literę", met: (value: string) => /\p{Lu}/u.test(value) },
  { key: "cyfra", words: "cyfrę", met: (value: string) => /\p{Nd}/u.test(value) },
  { key: "znak", words: "znak specjalny (na przykład ! albo ?)", met: (value: string) => /[^\p{L}\p{N}\s]/u.test(value) },
] as const;

type PasswordRule = (typeof passwordRules)[number];

/** "brak-8-cyfra": the hint key for the rules a password misses. */
export const missingRulesKey = (missing: readonly PasswordRule[]) => `brak-${missing.map((rule) => rule.key).join("-")}`;

/** "a, b i c" */
function joinWords(words: string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} i ${words[words.length - 1]}`;
}

/** A hint for every combination of missing rules (15 of them), naming each missing rule. */
const missingRuleHints: Record<string, string> = Object.fromEntries(
  Array.from({ length: 2 ** passwordRules.length - 1 }, (_, index) => {
    const missing = passwordRules.filter((_rule, bit) => ((index + 1) >> bit) & 1);
    const text = `Hasło musi mieć jeszcze: ${joinWords(missing.map((rule) => rule.words))}. Popraw je i wpisz w oba pola. Możesz przepisać przykład z ramki.`;
    return [missingRulesKey(missing), text];
  }),
);

const identityMethods = [
  { value: "profil-zaufany", label: "Profil zaufany" },
  { value: "bank", label: "Bankowość internetowa" },
  { value: "e-dowod", label: "e-dowód" },
] as const;

const methodLabel = (value: string | undefined) => identityMethods.find((method) => method.value === value)?.label ?? "wybrany sposób";

export const mobywatelFirstRun: Scenario = {
  slug: "mobywatel-pierwsze-uruchomienie",
  title: "Pierwsze uruchomienie mObywatela i dodanie mDowodu",
  service: "mObywatel",
  device: "phone",
  lessonSlug: "mobywatel/dodaj-mdowod",
  description: "Zaakceptuj regulamin, ułóż hasło do aplikacji i dodaj mDowód — na pokazowym telefonie.",
  intro: [
    "Aplikacja jest już zainstalowana. Na prawdziwym telefonie pobierasz ją tylko ze sklepu Google Play albo App Store. Sprawdź tam wydawcę: prawdziwy mObywatel wydaje państwo.",
    "Zaakceptujesz regulamin.",
    "Ułożysz hasło do aplikacji według zasad. Wymyśl je tylko do ćwiczenia — nie wpisuj swojego prawdziwego hasła.",
    "Dodasz mDowód i potwierdzisz, że to Ty: profilem zaufanym, przez bank albo e-dowodem.",
    "Zobaczysz mDowód zmyślonej osoby: Jana Przykładowego.",
  ],
  summary: [
    "Otwierasz mObywatel i akceptujesz regulamin. Link do aplikacji z SMS-a to oszustwo — pobieraj ją tylko ze sklepu.",
    "Układasz hasło: co najmniej 8 znaków, wielka litera, cyfra i znak specjalny. Wpisujesz je dwa razy.",
    "Naciskasz „Dodaj swój pierwszy dokument” i wybierasz mDowód.",
    "Potwierdzasz tożsamość profilem zaufanym, przez bank albo e-dowodem.",
    "Decydujesz, czy otwierać aplikację odciskiem palca lub twarzą. Hasło działa zawsze.",
    "Prawdziwe hasło ustaw w domu, gdy nikt nie patrzy na ekran. Nie podawaj go nikomu.",
  ],
  stages: ["Start i regulamin", "Hasło do aplikacji", "Wybór dokumentu", "Potwierdzenie tożsamości", "Twój mDowód"],
  screens: [
    {
      id: "start",
      stage: 0,
      task: "Jan zainstalował mObywatel ze sklepu i otworzył aplikację. Zacznij: naciśnij „Dalej”.",
      showMe: "Naciśnij niebieski przycisk „Dalej” pod powitaniem. Nie naciskaj linku z SMS-a.",
      hints: {
        link: "Dobrze, że to sprawdzasz. Ten SMS to oszustwo: link prowadzi do fałszywej aplikacji. Nie naciskaj go. Prawdziwy mObywatel jest już w telefonie — naciśnij „Dalej”.",
        inne: "Naciśnij „Dalej”, żeby zacząć.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Witaj w aplikacji mObywatel</SimHeading>
          <SimText>Twoje dokumenty i sprawy urzędowe w telefonie.</SimText>
          <SimButton value="dalej" highlight={showMe}>
            Dalej
          </SimButton>
          <SimPanel title="Nowy SMS od nieznanego numeru" tone="prompt">
            <SimText>Pobierz nowego mObywatela z tego linku, inaczej stracisz dokumenty.</SimText>
            <SimButton value="link" variant="plain">
              Otwórz link z SMS-a
            </SimButton>
          </SimPanel>
        </>
      ),
      answer: oneRightChoice("dalej", "regulamin", ["link"]),
    },
    {
      id: "regulamin",
      stage: 0,
      task: "Aplikacja pokazuje regulamin, czyli zasady korzystania z niej. Przeczytaj go spokojnie i zaakceptuj.",
      showMe: "Naciśnij „Akceptuję regulamin” na dole ekranu.",
      hints: {
        "nie-akceptuje": "Bez akceptacji regulaminu aplikacja nie zadziała. Nic złego się nie stanie, gdy go zaakceptujesz. Naciśnij „Akceptuję regulamin”.",
        inne: "Naciśnij „Akceptuję regulamin”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Regulamin aplikacji mObywatel</SimHeading>
          <SimPanel>
            <SimText>Zasady korzystania z aplikacji: kto może z niej korzystać, jak chronić telefon i hasło.</SimText>
            <SimText muted>W ćwiczeniu regulamin jest skrócony.</SimText>
          </SimPanel>
          <SimButton value="akceptuje" highlight={showMe}>
            Akceptuję regulamin
          </SimButton>
          <SimButton value="nie-akceptuje" variant="secondary">
            Nie akceptuję
          </SimButton>
        </>
      ),
      answer: oneRightChoice("akceptuje", "haslo", ["nie-akceptuje"]),
    },
    {
      id: "haslo",
      stage: 1,
      task: "Ułóż hasło do aplikacji. Wymyśl je tylko do ćwiczenia — nie wpisuj swojego prawdziwego hasła. Możesz przepisać przykład z ramki. Wpisz je w oba pola i naciśnij „Dalej”.",
      practiceData: [{ label: "Przykładowe hasło tylko do ćwiczenia", value: EXAMPLE_PASSWORD }],
      showMe: `W pole „Hasło” wpisz na przykład ${EXAMPLE_PASSWORD}. W pole „Powtórz hasło” wpisz to samo. Potem naciśnij „Dalej”.`,
      hints: {
        puste: "Oba pola muszą być wypełnione. Wpisz to samo hasło dwa razy.",
        rozne: "Hasła w obu polach się różnią. Wpisz w oba pola dokładnie to samo hasło.",
        ...missingRuleHints,
        inne: "Wpisz hasło w oba pola i naciśnij „Dalej”.",
      },
      fields: [
        { name: "haslo", kind: "password" },
        { name: "powtorz", kind: "password" },
      ],
      render: ({ showMe }) => (
        <>
          <SimHeading>Utwórz hasło do aplikacji</SimHeading>
          <SimText>Hasło musi mieć:</SimText>
          <ul className="my-2 pl-6 text-lg">
            {passwordRules.map((rule) => (
              <li key={rule.key}>{rule.words}</li>
            ))}
          </ul>
          <SimInput name="haslo" label="Hasło" type="password" highlight={showMe} />
          <SimInput name="powtorz" label="Powtórz hasło" type="password" />
          <SimButton value="dalej" highlight={showMe}>
            Dalej
          </SimButton>
        </>
      ),
      answer: ({ fields: { haslo, powtorz } }) => {
        if (!haslo || !powtorz) return { hint: "puste" };
        const missing = passwordRules.filter((rule) => !rule.met(haslo));
        if (missing.length) return { hint: missingRulesKey(missing) };
        if (powtorz !== haslo) return { hint: "rozne" };
        return { next: "pierwszy-dokument" };
      },
    },
    {
      id: "pierwszy-dokument",
      stage: 2,
      task: "Hasło jest zapisane. Aplikacja nie ma jeszcze dokumentów. Dodaj pierwszy.",
      showMe: "Naciśnij „Dodaj swój pierwszy dokument”.",
      hints: {
        inne: "Naciśnij „Dodaj swój pierwszy dokument”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Dokumenty</SimHeading>
          <SimText muted>Nie masz jeszcze dokumentów.</SimText>
          <SimButton value="dodaj" highlight={showMe}>
            Dodaj swój pierwszy dokument
          </SimButton>
        </>
      ),
      answer: oneRightChoice("dodaj", "wybierz-dokument"),
    },
    {
      id: "wybierz-dokument",
      stage: 2,
      task: "Widzisz listę dokumentów. Wybierz mDowód, czyli dowód osobisty w telefonie.",
      showMe: "Naciśnij „mDowód”. To pierwsza pozycja na liście.",
      hints: {
        "inny-dokument": "Ten dokument też możesz dodać, ale później. Najpierw dodaj mDowód — naciśnij „mDowód”.",
        inne: "Naciśnij „mDowód”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Dodaj dokument</SimHeading>
          <SimButton value="mdowod" variant="secondary" highlight={showMe}>
            mDowód
          </SimButton>
          <SimButton value="inny-dokument" variant="secondary">
            Prawo jazdy
          </SimButton>
          <SimButton value="inny-dokument" variant="secondary">
            Legitymacja emeryta-rencisty
          </SimButton>
        </>
      ),
      answer: oneRightChoice("mdowod", "tozsamosc", ["inny-dokument"]),
    },
    {
      id: "tozsamosc",
      stage: 3,
      task: "Aplikacja musi mieć pewność, że to naprawdę Ty. Wybierz sposób, z którego korzystasz. Każdy jest dobry.",
      showMe: "Naciśnij jeden ze sposobów, na przykład „Profil zaufany”.",
      hints: {
        inne: "Naciśnij jeden z trzech sposobów: „Profil zaufany”, „Bankowość internetowa” albo „e-dowód”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Potwierdź tożsamość</SimHeading>
          {identityMethods.map((method) => (
            <SimButton key={method.value} value={method.value} variant="secondary" highlight={showMe && method.value === "profil-zaufany"}>
              {method.label}
            </SimButton>
          ))}
          <SimText muted>Potrzebny jest ważny plastikowy dowód osobisty.</SimText>
        </>
      ),
      answer: ({ choice, state }) => {
        const method = identityMethods.find((candidate) => candidate.value === choice);
        return method ? { next: "dane", state: { ...state, sposob: method.value } } : { hint: "inne" };
      },
    },
    {
      id: "dane",
      stage: 3,
      task: "Tożsamość jest potwierdzona. Aplikacja pokazuje dane z dowodu. Sprawdź je i potwierdź.",
      showMe: "Naciśnij „Potwierdzam” pod danymi.",
      hints: {
        anuluj: "„Anuluj” przerywa dodawanie mDowodu. Dane Jana się zgadzają — naciśnij „Potwierdzam”.",
        inne: "Sprawdź dane i naciśnij „Potwierdzam”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SimPanel title="Zalogowano" tone="prompt">
            <SimText>
              Tożsamość potwierdzona: {methodLabel(state.sposob)}. W ćwiczeniu pomijamy logowanie — na prawdziwym telefonie zalogujesz się jak
              zwykle.
            </SimText>
          </SimPanel>
          <SimHeading>Twoje dane</SimHeading>
          <SimFacts
            rows={[
              { label: "Imię", value: "Jan" },
              { label: "Nazwisko", value: "Przykładowy" },
              { label: "Data urodzenia", value: "1 stycznia 1950 (zmyślona)" },
            ]}
          />
          <SimText muted>Sprawdź, czy dane się zgadzają z plastikowym dowodem.</SimText>
          <SimButton value="potwierdzam" highlight={showMe}>
            Potwierdzam
          </SimButton>
          <SimButton value="anuluj" variant="secondary">
            Anuluj
          </SimButton>
        </>
      ),
      answer: oneRightChoice("potwierdzam", "biometria", ["anuluj"]),
    },
    {
      id: "biometria",
      stage: 4,
      task: "Aplikacja pyta, czy chcesz ją otwierać odciskiem palca lub twarzą. To nie jest obowiązkowe. Wybierz, co wolisz.",
      showMe: "Naciśnij „Włącz” albo „Nie teraz”. Oba wybory są dobre.",
      hints: {
        inne: "Naciśnij „Włącz” albo „Nie teraz”. Hasło działa zawsze.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Logowanie odciskiem palca lub twarzą</SimHeading>
          <SimText>Chcesz otwierać aplikację odciskiem palca lub twarzą? Nie musisz wtedy za każdym razem wpisywać hasła.</SimText>
          <SimButton value="wlacz" highlight={showMe}>
            Włącz
          </SimButton>
          <SimButton value="nie-teraz" variant="secondary" highlight={showMe}>
            Nie teraz
          </SimButton>
        </>
      ),
      answer: ({ choice, state }) =>
        choice === "wlacz" || choice === "nie-teraz" ? { next: "mdowod", state: { ...state, biometria: choice } } : { hint: "inne" },
    },
    {
      id: "mdowod",
      stage: 4,
      task: "Gotowe! To mDowód Jana. Tak pokażesz swój mDowód w urzędzie albo w banku. Obejrzyj go i naciśnij „Wróć”.",
      showMe: "Naciśnij „Wróć” pod dokumentem.",
      hints: {
        inne: "Obejrzyj dane i naciśnij „Wróć”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SimHeading>mDowód</SimHeading>
          <SimPanel title="Dowód osobisty w telefonie">
            <SimFacts
              rows={[
                { label: "Imię", value: "Jan" },
                { label: "Nazwisko", value: "Przykładowy" },
                { label: "Data urodzenia", value: "1 stycznia 1950 (zmyślona)" },
                { label: "PESEL", value: "zmyślony" },
                { label: "Seria i numer mDowodu", value: "zmyślone (mDowód ma własne, inne niż plastikowy dowód)" },
              ]}
            />
          </SimPanel>
          {state.biometria === "wlacz" ? (
            <SimText muted>Logowanie odciskiem palca lub twarzą: włączone. Hasło działa nadal.</SimText>
          ) : state.biometria === "nie-teraz" ? (
            <SimText muted>Aplikację otwierasz hasłem. Odcisk palca możesz włączyć później.</SimText>
          ) : null}
          <SimButton value="wroc" variant="secondary" highlight={showMe}>
            Wróć
          </SimButton>
        </>
      ),
      answer: oneRightChoice("wroc", "koniec"),
    },
  ],
};
