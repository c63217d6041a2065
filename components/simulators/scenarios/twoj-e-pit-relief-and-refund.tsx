import type { SimScreen } from "@/lib/simulators/types";
import { SimButton, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// The middle of the Twój e-PIT practice: the relief, the refund account and 1.5% for an OPP.
// The account numbers start with "00", which no real IBAN can.

const RELIEF_AMOUNT = "1200";
export const KRS = "1234567890";
const ACCOUNT_RIGHT = "00 0000 0000 0000 0000 0000 1234";
const ACCOUNT_OTHER = "00 0000 0000 0000 0000 0000 5678";

const reliefs = [
  { value: "rehabilitacyjna", label: "Ulga rehabilitacyjna" },
  { value: "dzieci", label: "Ulga na dzieci" },
  { value: "termomodernizacyjna", label: "Ulga termomodernizacyjna" },
] as const;

export function SignedIn() {
  return <SimText muted>Zalogowany: Jan Przykładowy</SimText>;
}

export const reliefAndRefundScreens: SimScreen[] = [
  {
    id: "ulgi",
    stage: 2,
    task: "Jan miał w zeszłym roku wydatki na rehabilitację. Wybierz z listy właściwą ulgę.",
    showMe: "Kliknij „Ulga rehabilitacyjna”. To pierwsza ulga na liście.",
    hints: {
      dzieci: "Jan nie rozlicza dzieci. Jego wydatki były na rehabilitację. Wybierz „Ulga rehabilitacyjna”.",
      termomodernizacyjna: "Ta ulga dotyczy ocieplania domu. Wydatki Jana były na rehabilitację. Wybierz „Ulga rehabilitacyjna”.",
      brak: "Jan ma wydatki na rehabilitację. Bez ulgi zapłaci za dużo podatku. Wybierz „Ulga rehabilitacyjna”.",
      inne: "Wybierz z listy „Ulga rehabilitacyjna”.",
    },
    render: ({ showMe }) => (
      <>
        <SimHeading>Ulgi</SimHeading>
        <SimText>Wybierz ulgę, którą chcesz dodać do zeznania.</SimText>
        {reliefs.map((relief) => (
          <SimButton key={relief.value} value={relief.value} variant="secondary" highlight={showMe && relief.value === "rehabilitacyjna"}>
            {relief.label}
          </SimButton>
        ))}
        <SimButton value="brak" variant="plain">
          Nie mam ulg — przejdź dalej
        </SimButton>
      </>
    ),
    answer: ({ choice }) => {
      if (choice === "rehabilitacyjna") return { next: "ulga-kwota" };
      if (choice === "dzieci" || choice === "termomodernizacyjna" || choice === "brak") return { hint: choice };
      return { hint: "inne" };
    },
  },
  {
    id: "ulga-kwota",
    stage: 2,
    task: "Wpisz kwotę wydatków na rehabilitację z dokumentów Jana. Potem kliknij „Zapisz ulgę”.",
    practiceData: [{ label: "Wydatki na rehabilitację (w złotych)", value: RELIEF_AMOUNT }],
    showMe: `W pole „Kwota wydatków w zł” wpisz ${RELIEF_AMOUNT}. Potem kliknij „Zapisz ulgę”.`,
    hints: {
      puste: "Pole na kwotę jest puste. Przepisz kwotę z ramki „Dane do ćwiczenia”.",
      kwota: `Ta kwota nie zgadza się z dokumentami Jana. Wpisz ${RELIEF_AMOUNT}.`,
      inne: "Wpisz kwotę z ramki i kliknij „Zapisz ulgę”.",
    },
    fields: [{ name: "kwota", kind: "text" }],
    render: ({ showMe }) => (
      <>
        <SimHeading>Ulga rehabilitacyjna</SimHeading>
        <SimText muted>Wpisuj tylko wydatki, które potwierdzają Twoje dokumenty.</SimText>
        <SimInput name="kwota" label="Kwota wydatków w zł" inputMode="numeric" highlight={showMe} />
        <SimButton value="zapisz" highlight={showMe}>
          Zapisz ulgę
        </SimButton>
      </>
    ),
    answer: ({ fields, state }) => {
      if (!fields.kwota) return { hint: "puste" };
      const amount = fields.kwota.replace(/\s|zł/g, "").replace(/,00$/, "");
      if (amount !== RELIEF_AMOUNT) return { hint: "kwota" };
      return { next: "konto", state: { ...state, ulga: "rehabilitacyjna" } };
    },
  },
  {
    id: "konto",
    stage: 3,
    task: "Jan chce dostać zwrot na swoje konto osobiste. Jego numer kończy się cyframi 1234. Wybierz to konto.",
    showMe: "Kliknij konto, którego numer kończy się na 1234.",
    hints: {
      "inne-konto": "Ten numer kończy się na 5678. Konto Jana kończy się na 1234. Porównuj numer po cztery cyfry.",
      bez: "Bez konta zwrot nie przyjdzie przelewem na konto Jana. Jak urząd odda wtedy pieniądze, sprawdź na podatki.gov.pl. Wybierz konto kończące się na 1234.",
      inne: "Wybierz konto, którego numer kończy się na 1234.",
    },
    render: ({ showMe }) => (
      <>
        <SimHeading>Konto do zwrotu podatku</SimHeading>
        <SimText>Na to konto urząd przeleje zwrot. Numery są zmyślone.</SimText>
        <SimButton value="konto-1234" variant="secondary" highlight={showMe}>
          Konto osobiste: {ACCOUNT_RIGHT}
        </SimButton>
        <SimButton value="konto-5678" variant="secondary">
          Konto oszczędnościowe: {ACCOUNT_OTHER}
        </SimButton>
        <SimButton value="bez" variant="plain">
          Nie podawaj konta
        </SimButton>
      </>
    ),
    answer: ({ choice, state }) => {
      if (choice === "konto-1234") return { next: "opp", state: { ...state, konto: "1234" } };
      if (choice === "konto-5678") return { hint: "inne-konto" };
      return { hint: choice === "bez" ? "bez" : "inne" };
    },
  },
  {
    id: "opp",
    stage: 3,
    task: "W tym roku Jan chce przekazać 1,5% podatku Fundacji Przykładowej. Wpisz jej numer KRS i kliknij „Przekaż 1,5% podatku”. (Możesz też to pominąć.)",
    practiceData: [
      { label: "Organizacja", value: "Fundacja Przykładowa" },
      { label: "Numer KRS", value: KRS },
    ],
    showMe: `W pole „Numer KRS” wpisz ${KRS}. Potem kliknij „Przekaż 1,5% podatku”.`,
    hints: {
      zeszloroczna: "To organizacja z zeszłego roku. W tym roku Jan chce pomóc Fundacji Przykładowej. Wpisz jej numer KRS z ramki.",
      puste: "Pole „Numer KRS” jest puste. Przepisz numer z ramki „Dane do ćwiczenia”.",
      krs: `Ten numer KRS nie pasuje. Wpisz dokładnie: ${KRS} (10 cyfr).`,
      inne: "Wpisz numer KRS z ramki i kliknij „Przekaż 1,5% podatku”.",
    },
    fields: [{ name: "krs", kind: "text" }],
    render: ({ showMe }) => (
      <>
        <SimHeading>Przekaż 1,5% podatku</SimHeading>
        <SimText>Możesz przekazać 1,5% podatku organizacji pożytku publicznego. To część podatku, który i tak płacisz.</SimText>
        <SimPanel title="Organizacja z zeszłego roku">
          <SimText>Stowarzyszenie Pokazowe</SimText>
          <SimButton value="zeszloroczna" variant="secondary">
            Zostaw tę organizację
          </SimButton>
        </SimPanel>
        <SimInput name="krs" label="Numer KRS" inputMode="numeric" highlight={showMe} hint="Numer KRS ma 10 cyfr. Oficjalna lista organizacji jest na niw.gov.pl." />
        <SimButton value="przekaz" highlight={showMe}>
          Przekaż 1,5% podatku
        </SimButton>
        <SimButton value="pomin" variant="plain">
          Pomiń
        </SimButton>
      </>
    ),
    answer: ({ choice, fields, state }) => {
      if (choice === "pomin") return { next: "wyslij", state: { ...state, opp: "brak" } };
      if (choice === "zeszloroczna") return { hint: "zeszloroczna" };
      if (!fields.krs) return { hint: "puste" };
      if (fields.krs.replace(/\s/g, "") !== KRS) return { hint: "krs" };
      return { next: "wyslij", state: { ...state, opp: "fundacja" } };
    },
  },
];
