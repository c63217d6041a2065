import { oneRightChoice } from "@/lib/simulators/choices";
import type { Scenario } from "@/lib/simulators/types";
import { SimButton, SimFacts, SimHeading, SimPanel, SimText } from "../parts";
import { KRS, reliefAndRefundScreens, SignedIn } from "./twoj-e-pit-relief-and-refund";

// Twój e-PIT on podatki.gov.pl: Jan opens the PIT-37 the tax office prepared, checks it, adds
// the rehabilitation relief, picks the refund account, gives 1.5% to an OPP and sends it.
// Every figure is made up.


const figures = [
  { label: "Emerytura z ZUS (według PIT-11A)", value: "36 000,00 zł" },
  { label: "Podatek pobrany przez ZUS", value: "2 100,00 zł" },
];

const refund = (withRelief: boolean) => (withRelief ? "294,00 zł" : "150,00 zł");

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
    "Otwierasz zeznanie PIT-37 przygotowane przez urząd.",
    "Porównujesz dane i kwoty z pismem z ZUS.",
    "Dodajesz ulgę rehabilitacyjną. Urząd nie doda jej sam.",
    "Wybierasz konto do zwrotu, sprawdzając ostatnie cyfry numeru.",
    "Przekazujesz 1,5% podatku organizacji po numerze KRS.",
    "Wysyłasz zeznanie. Zwrot przez internet przychodzi w ciągu 45 dni.",
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
              <li>ulg, których nie ma w zeznaniu, na przykład ulgi rehabilitacyjnej,</li>
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
      answer: oneRightChoice("wroc", "zeznanie", ["czekam"]),
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
    ...reliefAndRefundScreens,
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
      answer: oneRightChoice("wyslij", "upo", ["wyloguj"]),
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
