import type { Scenario } from "@/lib/simulators/types";
import { SimButton, SimFacts, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// Twój e-PIT on podatki.gov.pl: Jan opens the PIT-37 the tax office prepared, checks it, adds
// the rehabilitation relief, picks the refund account, gives 1.5% to an OPP and sends it.
// Every figure is made up; the account numbers start with "00", which no real IBAN can.

const RELIEF_AMOUNT = "1200";
const KRS = "1234567890";
const ACCOUNT_RIGHT = "00 0000 0000 0000 0000 0000 1234";
const ACCOUNT_OTHER = "00 0000 0000 0000 0000 0000 5678";

const figures = [
  { label: "Emerytura z ZUS (według PIT-11A)", value: "36 000,00 zł" },
  { label: "Podatek pobrany przez ZUS", value: "2 100,00 zł" },
];

const reliefs = [
  { value: "rehabilitacyjna", label: "Ulga rehabilitacyjna" },
  { value: "dzieci", label: "Ulga na dzieci" },
  { value: "termomodernizacyjna", label: "Ulga termomodernizacyjna" },
] as const;

const refund = (withRelief: boolean) => (withRelief ? "294,00 zł" : "150,00 zł");

function SignedIn() {
  return <SimText muted>Zalogowany: Jan Przykładowy</SimText>;
}

export const twojEPit: Scenario = {
  slug: "twoj-e-pit",
  title: "Twój e-PIT: sprawdź, uzupełnij i wyślij zeznanie",
  service: "podatki.gov.pl — Twój e-PIT",
  device: "computer",
  lessonSlug: "e-pit/ulgi-i-konto-do-zwrotu",
  description: "Sprawdź zeznanie PIT-37 przygotowane przez urząd, dodaj ulgę, wybierz konto do zwrotu i wyślij.",
  intro: [
    "Jan jest już zalogowany. Otworzysz jego zeznanie PIT-37.",
    "Sprawdzisz dane i kwoty z pismem z ZUS.",
    "Dodasz ulgę rehabilitacyjną i wybierzesz konto do zwrotu.",
    "Przekażesz 1,5% podatku organizacji, a potem wyślesz zeznanie.",
    "Zobaczysz też, co się stanie, gdy nic nie zrobisz do 30 kwietnia.",
  ],
  summary: [
    "Otworzyłeś zeznanie PIT-37 przygotowane przez urząd.",
    "Porównałeś dane i kwoty z pismem z ZUS.",
    "Dodałeś ulgę rehabilitacyjną. Urząd nie doda jej sam.",
    "Wybrałeś konto do zwrotu, sprawdzając ostatnie cyfry numeru.",
    "Przekazałeś 1,5% podatku organizacji po numerze KRS.",
    "Wysłałeś zeznanie. Zwrot przez internet przychodzi w ciągu 45 dni.",
    "Gdy nic nie zrobisz, 30 kwietnia zeznanie przyjmie się samo — bez ulg, wspólnego rozliczenia i konta do zwrotu.",
  ],
  stages: ["Zeznanie", "Sprawdzenie", "Ulga", "Zwrot i 1,5%", "Wysyłka"],
  screens: [
    {
      id: "start",
      stage: 0,
      task: "Jan jest zalogowany w usłudze Twój e-PIT. Urząd przygotował mu zeznanie. Otwórz je.",
      showMe: "Kliknij przycisk „Otwórz zeznanie”.",
      hints: {
        "za-wczesnie": "Zanim wyślesz, otwórz zeznanie i sprawdź je. Urząd nie wie na przykład o ulgach Jana. Kliknij „Otwórz zeznanie”.",
        wyloguj: "Jeszcze nie wylogowuj się. Najpierw otwórz zeznanie i je sprawdź.",
        inne: "Kliknij „Otwórz zeznanie”.",
      },
      render: ({ showMe }) => (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <SignedIn />
            <SimButton value="wyloguj" variant="secondary">
              Wyloguj się
            </SimButton>
          </div>
          <SimHeading>Twój e-PIT</SimHeading>
          <SimPanel title="Zeznanie PIT-37 za poprzedni rok">
            <SimText>Urząd skarbowy przygotował Twoje zeznanie. Sprawdź je przed wysłaniem.</SimText>
            <SimButton value="otworz" highlight={showMe}>
              Otwórz zeznanie
            </SimButton>
            <SimButton value="wyslij" variant="secondary">
              Zaakceptuj i wyślij
            </SimButton>
          </SimPanel>
          <SimButton value="nic" variant="plain">
            Co się stanie, gdy nic nie zrobię?
          </SimButton>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "otworz") return { next: "zeznanie" };
        if (choice === "nic") return { next: "nic-nie-robie" };
        if (choice === "wyslij") return { hint: "za-wczesnie" };
        return { hint: choice === "wyloguj" ? "wyloguj" : "inne" };
      },
    },
    {
      id: "nic-nie-robie",
      stage: 0,
      task: "Przeczytaj, co się stanie, gdy Jan nic nie zrobi. Jan chce dodać ulgę, więc wróć do zeznania.",
      showMe: "Kliknij „Wróć i otwórz zeznanie”.",
      hints: {
        czekam: "Gdy Jan poczeka, zeznanie przyjmie się bez ulgi rehabilitacyjnej. Jan ją ma, więc kliknij „Wróć i otwórz zeznanie”.",
        inne: "Kliknij „Wróć i otwórz zeznanie”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Co się stanie, gdy nic nie zrobisz?</SimHeading>
          <SimText>Zeznanie PIT-37 zostanie zaakceptowane samo, 30 kwietnia.</SimText>
          <SimPanel title="Urząd nie doda wtedy za Ciebie:">
            <ul className="my-1 list-disc pl-6 text-lg">
              <li>ulg, których nie wpisałeś, na przykład ulgi rehabilitacyjnej,</li>
              <li>wspólnego rozliczenia z małżonkiem,</li>
              <li>numeru konta do zwrotu podatku.</li>
            </ul>
          </SimPanel>
          <SimText>Zeznanie możesz sprawdzić i wysłać od 15 lutego do 30 kwietnia.</SimText>
          <SimButton value="wroc" highlight={showMe}>
            Wróć i otwórz zeznanie
          </SimButton>
          <SimButton value="czekam" variant="secondary">
            Poczekam do 30 kwietnia
          </SimButton>
        </>
      ),
      answer: ({ choice }) => (choice === "wroc" ? { next: "zeznanie" } : { hint: choice === "czekam" ? "czekam" : "inne" }),
    },
    {
      id: "zeznanie",
      stage: 1,
      task: "Sprawdź dane Jana. Porównaj kwoty w zeznaniu z pismem PIT-11A z ZUS. Zgadzają się? Kliknij „Dane są poprawne”.",
      showMe: "Kwoty w zeznaniu i w piśmie są takie same. Kliknij „Dane są poprawne”.",
      hints: {
        "za-wczesnie": "Jeszcze nie wysyłaj. Jan ma wydatki na rehabilitację, a w zeznaniu nie ma ulgi. Najpierw kliknij „Dane są poprawne”, potem dodasz ulgę.",
        "nie-zgadza": "Spójrz jeszcze raz: kwoty w zeznaniu i w piśmie z ZUS są takie same. Gdyby się różniły, nie wysyłaj zeznania i zapytaj w urzędzie skarbowym.",
        inne: "Porównaj kwoty i kliknij „Dane są poprawne”.",
      },
      render: ({ showMe }) => (
        <>
          <SignedIn />
          <SimHeading>Zeznanie PIT-37 za poprzedni rok</SimHeading>
          <SimFacts
            rows={[
              { label: "Imię i nazwisko", value: "Jan Przykładowy" },
              { label: "PESEL", value: "zmyślony (00000000000)" },
              { label: "Adres", value: "ul. Ćwiczebna 1, Warszawa" },
              ...figures,
              { label: "Ulgi", value: "brak" },
              { label: "Zwrot podatku", value: refund(false) },
            ]}
          />
          <SimPanel title="Pismo PIT-11A z ZUS, które Jan ma w ręku" tone="prompt">
            <SimFacts rows={figures} />
          </SimPanel>
          <SimButton value="poprawne" highlight={showMe}>
            Dane są poprawne
          </SimButton>
          <SimButton value="nie-zgadza" variant="secondary">
            Coś się nie zgadza
          </SimButton>
          <SimButton value="wyslij" variant="secondary">
            Zaakceptuj i wyślij
          </SimButton>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "poprawne") return { next: "ulgi" };
        if (choice === "wyslij") return { hint: "za-wczesnie" };
        return { hint: choice === "nie-zgadza" ? "nie-zgadza" : "inne" };
      },
    },
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
    {
      id: "wyslij",
      stage: 4,
      task: "Przeczytaj zmienione zeznanie. Zwrot wzrósł dzięki uldze. Wszystko się zgadza? Kliknij „Zaakceptuj i wyślij”.",
      showMe: "Kliknij przycisk „Zaakceptuj i wyślij” na dole zeznania.",
      hints: {
        wyloguj: "Zeznanie nie jest jeszcze wysłane. Najpierw kliknij „Zaakceptuj i wyślij”, potem się wyloguj.",
        inne: "Kliknij „Zaakceptuj i wyślij”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SignedIn />
          <SimHeading>Zeznanie PIT-37 — przed wysłaniem</SimHeading>
          <SimFacts
            rows={[
              { label: "Imię i nazwisko", value: "Jan Przykładowy" },
              { label: "Ulga rehabilitacyjna", value: state.ulga ? "1 200,00 zł" : "brak" },
              { label: "Konto do zwrotu", value: state.konto ? `kończy się na ${state.konto}` : "nie podano" },
              { label: "1,5% podatku", value: state.opp === "fundacja" ? `Fundacja Przykładowa, KRS ${KRS}` : "nie wybrano" },
              { label: "Zwrot podatku", value: refund(Boolean(state.ulga)) },
            ]}
          />
          <SimButton value="wyslij" highlight={showMe}>
            Zaakceptuj i wyślij
          </SimButton>
          <SimButton value="wyloguj" variant="secondary">
            Wyloguj się
          </SimButton>
        </>
      ),
      answer: ({ choice }) => (choice === "wyslij" ? { next: "upo" } : { hint: choice === "wyloguj" ? "wyloguj" : "inne" }),
    },
    {
      id: "upo",
      stage: 4,
      task: "Zeznanie zostało wysłane. Przeczytaj potwierdzenie. Na koniec wyloguj się.",
      showMe: "Kliknij „Wyloguj się”.",
      hints: {
        inne: "Sprawa załatwiona. Kliknij „Wyloguj się”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SimHeading>Zeznanie wysłane</SimHeading>
          <SimPanel title="Urzędowe poświadczenie odbioru (UPO)" tone="prompt">
            <SimText>Urząd skarbowy otrzymał zeznanie PIT-37 Jana Przykładowego. To potwierdzenie, że zeznanie dotarło.</SimText>
            {state.upo ? (
              <SimText>Zapisano plik z potwierdzeniem w folderze „Pobrane” (w ćwiczeniu nic się nie zapisuje).</SimText>
            ) : (
              <SimButton value="pobierz-upo" variant="secondary">
                Pobierz potwierdzenie UPO
              </SimButton>
            )}
          </SimPanel>
          <SimText>Zwrot za zeznanie wysłane przez internet przychodzi w ciągu 45 dni.</SimText>
          <SimButton value="wyloguj" highlight={showMe}>
            Wyloguj się
          </SimButton>
        </>
      ),
      answer: ({ choice, state }) => {
        if (choice === "wyloguj") return { next: "koniec" };
        if (choice === "pobierz-upo") return { next: "upo", state: { ...state, upo: "pobrane" } };
        return { hint: "inne" };
      },
    },
  ],
};
