import { oneRightChoice } from "@/lib/simulators/choices";
import type { Scenario } from "@/lib/simulators/types";
import { SimButton, SimFacts, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// The patient account (IKP) after signing in: find an e-prescription and its 4-digit code, then
// authorise a family member in "Uprawnienia" (records or information about health: two separate
// authorisations, an optional end date) and see where to withdraw it. The brief gives no exact
// labels for the form's buttons, so they are plain verbs and the task says they may differ.

const CODE = "4821";
const MEDICINE = "Przykładol 500 mg";
/** Made up, and its check digit is wrong, so it is no one's PESEL. */
const ANNA_PESEL = "55010112345";

const tabs = [
  { value: "recepty", label: "Recepty" },
  { value: "skierowania", label: "Skierowania" },
  { value: "uprawnienia", label: "Uprawnienia" },
  { value: "moje-konto", label: "Moje konto" },
] as const;

type Tab = (typeof tabs)[number]["value"];

const tabHints: Record<Tab, string> = {
  recepty: "W zakładce „Recepty” są Twoje e-recepty i ich kody.",
  skierowania: "W zakładce „Skierowania” są e-skierowania, na przykład do specjalisty.",
  uprawnienia: "W zakładce „Uprawnienia” upoważniasz bliskie osoby.",
  "moje-konto": "W „Moje konto” zmienisz numer telefonu i e-mail do powiadomień.",
};

/** A kind hint for each tab other than the one to open: what is there, and where to go instead. */
function wrongTabHints(target: Tab): Record<string, string> {
  const go = `Teraz kliknij zakładkę „${tabs.find((tab) => tab.value === target)?.label}”.`;
  return Object.fromEntries(tabs.filter((tab) => tab.value !== target).map((tab) => [tab.value, `${tabHints[tab.value]} ${go}`]));
}

/** Opening the right tab goes on; every other tab has its own hint. */
const tabAnswer = (target: Tab, next: string) =>
  oneRightChoice(
    target,
    next,
    tabs.map((tab) => tab.value),
  );

function AccountTop({ showMe, target }: { showMe: boolean; target: Tab }) {
  return (
    <>
      <SimText>Zalogowany: Jan Przykładowy</SimText>
      <nav aria-label="Zakładki konta pacjenta" className="flex flex-wrap gap-x-3">
        {tabs.map((tab) => (
          <SimButton key={tab.value} value={tab.value} variant="secondary" highlight={showMe && tab.value === target}>
            {tab.label}
          </SimButton>
        ))}
      </nav>
    </>
  );
}

const kinds = [
  { value: "dokumentacja", label: "Dostęp do dokumentacji medycznej", what: "Anna zobaczy na przykład wyniki badań." },
  { value: "informacja", label: "Informacja o stanie zdrowia", what: "Lekarz może mówić Annie o Twoim zdrowiu." },
] as const;

const kindLabel = (value: string | undefined) => kinds.find((kind) => kind.value === value)?.label ?? "nie wybrano";
const END_DATE = "31 grudnia 2026";

export const ikpPrescriptionAndAuthorisation: Scenario = {
  slug: "ikp-e-recepta-i-upowaznienie",
  title: "E-recepta i upoważnienie bliskiej osoby w IKP",
  service: "pacjent.gov.pl",
  device: "computer",
  lessonSlug: "ikp/upowaznienie-bliskiej-osoby",
  description: "Znajdź kod e-recepty na koncie pacjenta i upoważnij córkę do swoich danych o zdrowiu.",
  intro: [
    "Jan jest już zalogowany na Internetowym Koncie Pacjenta.",
    "Znajdziesz jego e-receptę i jej 4-cyfrowy kod.",
    "W zakładce „Uprawnienia” upoważnisz córkę Jana, Annę Przykładową.",
    "Wybierzesz, co Anna może, i zobaczysz, jak cofnąć upoważnienie.",
    "Wszystkie dane są zmyślone. Nie wpisuj swojego PESEL-u.",
  ],
  summary: [
    "W zakładce „Recepty” znajdujesz e-receptę i jej 4-cyfrowy kod.",
    "W aptece podajesz ten kod i swój PESEL. Nikt nie potrzebuje do tego linku ani dopłaty.",
    "W zakładce „Uprawnienia” upoważniasz bliską osobę.",
    "Dostęp do dokumentacji i informacja o stanie zdrowia to dwa osobne upoważnienia. Data końca jest nieobowiązkowa.",
    "Upoważnienie cofniesz w każdej chwili przyciskiem przy nazwisku osoby.",
    "Upoważniaj tylko bliskich, których znasz. Gdy ktoś „z NFZ” prosi przez telefon o upoważnienie — rozłącz się.",
  ],
  stages: ["E-recepta", "Kod recepty", "Upoważnienie", "Rodzaj i zapis"],
  screens: [
    {
      id: "konto",
      stage: 0,
      task: "Jan jest zalogowany na swoim koncie pacjenta. Lekarz wystawił mu e-receptę. Kliknij zakładkę „Recepty”.",
      showMe: "Kliknij „Recepty”. To pierwsza zakładka pod napisem „Zalogowany: Jan Przykładowy”.",
      hints: { ...wrongTabHints("recepty"), inne: "Kliknij zakładkę „Recepty”." },
      render: ({ showMe }) => (
        <>
          <AccountTop showMe={showMe} target="recepty" />
          <SimHeading>Internetowe Konto Pacjenta</SimHeading>
          <SimText>Witaj, Janie. Wybierz zakładkę, żeby zobaczyć swoje sprawy.</SimText>
        </>
      ),
      answer: tabAnswer("recepty", "recepty"),
    },
    {
      id: "recepty",
      stage: 0,
      task: "Widzisz listę e-recept Jana. Kliknij tę, która czeka na odebranie leku.",
      showMe: `Kliknij „${MEDICINE} — do realizacji”.`,
      hints: {
        zrealizowana: "Tę receptę Jan już wykorzystał — lek wydano w aptece. Kliknij receptę z napisem „do realizacji”.",
        inne: `Kliknij receptę „${MEDICINE} — do realizacji”.`,
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Recepty</SimHeading>
          <SimButton value="do-realizacji" variant="secondary" highlight={showMe}>
            {MEDICINE} — do realizacji
          </SimButton>
          <SimButton value="zrealizowana" variant="secondary">
            Zmyślomax krople — zrealizowana
          </SimButton>
          <SimText muted>Nazwy leków są zmyślone.</SimText>
        </>
      ),
      answer: oneRightChoice("do-realizacji", "recepta", ["zrealizowana"]),
    },
    {
      id: "recepta",
      stage: 1,
      task: "To szczegóły e-recepty. Znajdź 4-cyfrowy kod. Przepisz go do pola na dole, żeby sprawdzić, że go widzisz. Potem kliknij „Dalej”.",
      showMe: `Kod jest w wierszu „Kod recepty”: ${CODE}. Wpisz ${CODE} w pole „Kod, który widzisz” i kliknij „Dalej”.`,
      hints: {
        puste: "Pole jest puste. Przepisz 4 cyfry z wiersza „Kod recepty”.",
        kod: "To nie ten kod. Poszukaj wiersza „Kod recepty” i przepisz jego 4 cyfry.",
        inne: "Przepisz kod recepty i kliknij „Dalej”.",
      },
      fields: [{ name: "kod", kind: "text" }],
      render: ({ showMe }) => (
        <>
          <SimHeading>E-recepta</SimHeading>
          <SimFacts
            rows={[
              { label: "Lek", value: `${MEDICINE} (zmyślony)` },
              { label: "Dawkowanie", value: "1 tabletka 2 razy dziennie" },
              { label: "Status", value: "do realizacji" },
              { label: "Kod recepty", value: <strong>{CODE}</strong> },
            ]}
          />
          <SimText>W aptece podaj farmaceucie ten kod i swój PESEL. Wystarczy to powiedzieć.</SimText>
          <SimPanel title="Sprawdźmy, czy widzisz kod" tone="prompt">
            <SimInput name="kod" label="Kod, który widzisz" inputMode="numeric" highlight={showMe} />
            <SimButton value="dalej">Dalej</SimButton>
          </SimPanel>
        </>
      ),
      answer: ({ fields }) => {
        if (!fields.kod) return { hint: "puste" };
        return fields.kod.replace(/\s/g, "") === CODE ? { next: "zakladki" } : { hint: "kod" };
      },
    },
    {
      id: "zakladki",
      stage: 2,
      task: "Masz kod. Teraz Jan chce upoważnić córkę Annę, żeby pomagała mu w sprawach zdrowia. Kliknij zakładkę „Uprawnienia”.",
      showMe: "Kliknij „Uprawnienia”. To trzecia zakładka.",
      hints: { ...wrongTabHints("uprawnienia"), inne: "Kliknij zakładkę „Uprawnienia”." },
      render: ({ showMe }) => (
        <>
          <AccountTop showMe={showMe} target="uprawnienia" />
          <SimPanel>
            <SimText>
              {MEDICINE} — kod recepty: {CODE}
            </SimText>
          </SimPanel>
        </>
      ),
      answer: tabAnswer("uprawnienia", "uprawnienia"),
    },
    {
      id: "uprawnienia",
      stage: 2,
      task: "To zakładka „Uprawnienia”. Nikt nie ma jeszcze dostępu do danych Jana. Zacznij dodawać upoważnienie. (Na prawdziwej stronie napis na przycisku może być trochę inny.)",
      showMe: "Kliknij „Dodaj upoważnienie”.",
      hints: {
        udostepnij: "Tym przyciskiem udostępniasz dane lekarzowi albo farmaceucie. Żeby upoważnić Annę, kliknij „Dodaj upoważnienie”.",
        inne: "Kliknij „Dodaj upoważnienie”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Uprawnienia</SimHeading>
          <SimText muted>Nikt nie ma jeszcze dostępu do Twoich danych.</SimText>
          <SimButton value="dodaj" highlight={showMe}>
            Dodaj upoważnienie
          </SimButton>
          <SimButton value="udostepnij" variant="secondary">
            Udostępnij dane…
          </SimButton>
        </>
      ),
      answer: oneRightChoice("dodaj", "osoba", ["udostepnij"]),
    },
    {
      id: "osoba",
      stage: 2,
      task: "W ćwiczeniu dane Anny są już wpisane. Sprawdź je i kliknij „Dalej”. W tym czasie dzwoni telefon — uważaj.",
      showMe: "Kliknij „Dalej” pod danymi Anny. Nie dodawaj osoby, która dzwoni.",
      hints: {
        dzwoniacy:
          "Dobrze, że się zatrzymujesz. To oszust: NFZ ani przychodnia nie dzwoni z prośbą o upoważnienie. Rozłącz się. Upoważniaj tylko bliskich. Kliknij „Dalej” pod danymi Anny.",
        anuluj: "„Anuluj” przerywa dodawanie upoważnienia. Dane Anny się zgadzają — kliknij „Dalej”.",
        inne: "Sprawdź dane Anny i kliknij „Dalej”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Nowe upoważnienie — dane osoby</SimHeading>
          <SimFacts
            rows={[
              { label: "Imię", value: "Anna" },
              { label: "Nazwisko", value: "Przykładowa" },
              { label: "PESEL", value: `${ANNA_PESEL} (zmyślony)` },
            ]}
          />
          <SimText muted>Na prawdziwej stronie wpiszesz dane samodzielnie. Sprawdź każde pole dwa razy.</SimText>
          <SimButton value="dalej" highlight={showMe}>
            Dalej
          </SimButton>
          <SimButton value="anuluj" variant="secondary">
            Anuluj
          </SimButton>
          <SimPanel title="Dzwoni nieznany numer" tone="prompt">
            <SimText>„Dzień dobry, tu NFZ. Proszę dodać mnie do upoważnień, pomogę w sprawach konta.”</SimText>
            <SimButton value="dzwoniacy" variant="secondary">
              Dodaj dzwoniącego do upoważnień
            </SimButton>
          </SimPanel>
        </>
      ),
      answer: oneRightChoice("dalej", "rodzaj", ["dzwoniacy", "anuluj"]),
    },
    {
      id: "rodzaj",
      stage: 3,
      task: "Wybierz, co Anna może. To dwa osobne upoważnienia — jedno nie obejmuje drugiego. Wybierz jedno. Drugie można dodać potem tak samo.",
      showMe: "Kliknij „Dostęp do dokumentacji medycznej” albo „Informacja o stanie zdrowia”. Oba wybory są dobre.",
      hints: {
        inne: "Kliknij jeden z dwóch rodzajów upoważnienia.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Rodzaj upoważnienia</SimHeading>
          {kinds.map((kind) => (
            <div key={kind.value} className="my-3">
              <SimButton value={kind.value} variant="secondary" highlight={showMe}>
                {kind.label}
              </SimButton>
              <SimText muted>{kind.what}</SimText>
            </div>
          ))}
        </>
      ),
      answer: ({ choice, state }) =>
        kinds.some((kind) => kind.value === choice) ? { next: "zapisz", state: { ...state, rodzaj: choice as string } } : { hint: "inne" },
    },
    {
      id: "zapisz",
      stage: 3,
      task: `Sprawdź upoważnienie i zapisz je. Datę końca możesz ustawić albo nie — to nieobowiązkowe. Po tej dacie upoważnienie samo wygaśnie.`,
      showMe: `Kliknij „Zapisz bez daty końca” albo „Zapisz z datą końca ${END_DATE}”. Oba wybory są dobre.`,
      hints: {
        anuluj: "„Anuluj” przerywa dodawanie upoważnienia. Żeby je zapisać, kliknij jeden z przycisków „Zapisz”.",
        inne: "Kliknij jeden z przycisków „Zapisz”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SimHeading>Sprawdź i zapisz upoważnienie</SimHeading>
          <SimFacts
            rows={[
              { label: "Osoba", value: "Anna Przykładowa" },
              { label: "Rodzaj", value: kindLabel(state.rodzaj) },
            ]}
          />
          <SimText>Data końca (nieobowiązkowa):</SimText>
          <SimButton value="bez-daty" highlight={showMe}>
            Zapisz bez daty końca
          </SimButton>
          <SimButton value="z-data" highlight={showMe}>
            Zapisz z datą końca {END_DATE}
          </SimButton>
          <SimButton value="anuluj" variant="secondary">
            Anuluj
          </SimButton>
        </>
      ),
      answer: ({ choice, state }) => {
        if (choice === "bez-daty" || choice === "z-data") return { next: "lista", state: { ...state, koniec: choice } };
        return { hint: choice === "anuluj" ? "anuluj" : "inne" };
      },
    },
    {
      id: "lista",
      stage: 3,
      task: "Upoważnienie jest na liście. Przy nazwisku Anny jest „Cofnij upoważnienie” — tak zabierzesz jej dostęp w każdej chwili. Teraz Anna ma mieć dostęp, więc go nie klikaj. Wyloguj się.",
      showMe: "Kliknij „Wyloguj się” na dole strony.",
      hints: {
        cofnij: "Tak cofniesz upoważnienie, gdy zechcesz. Anna straci wtedy dostęp. W tym ćwiczeniu Anna ma mieć dostęp — kliknij „Wyloguj się”.",
        inne: "Kliknij „Wyloguj się”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SimHeading>Uprawnienia</SimHeading>
          <SimPanel title="Anna Przykładowa">
            <SimFacts
              rows={[
                { label: "Rodzaj", value: kindLabel(state.rodzaj) },
                { label: "Data końca", value: state.koniec === "z-data" ? END_DATE : "bez daty końca" },
              ]}
            />
            <SimButton value="cofnij" variant="secondary">
              Cofnij upoważnienie
            </SimButton>
          </SimPanel>
          <SimButton value="wyloguj" variant="secondary" highlight={showMe}>
            Wyloguj się
          </SimButton>
        </>
      ),
      answer: oneRightChoice("wyloguj", "koniec", ["cofnij"]),
    },
  ],
};
