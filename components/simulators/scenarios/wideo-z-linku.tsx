import type { Scenario, SimState } from "@/lib/simulators/types";
import { SimButton, SimFacts, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// Joining a video meeting from a link as a guest, in the browser: the name, the browser's own
// question about the camera and microphone, the lobby. "Zablokuj" leads to a real detour: the
// padlock left of the address, "Zezwól" for the camera and the microphone, then a reload.

const NAME = "Jan";
const SITE = "spotkanie.example";
const LINK = `${SITE}/rodzina-jana`;

/** The top of the drawn browser: the padlock, the address and the reload arrow, each a button. */
function BrowserBar({ showPadlock, showReload }: { showPadlock?: boolean; showReload?: boolean }) {
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 border-b-2 border-line pb-2">
      <SimButton value="klodka" variant="secondary" highlight={showPadlock}>
        Kłódka
      </SimButton>
      <span className="min-w-0 break-all text-lg">{SITE}</span>
      <SimButton value="odswiez" variant="secondary" highlight={showReload}>
        Odśwież (okrągła strzałka)
      </SimButton>
    </div>
  );
}

const allowed = (state: SimState, device: "kamera" | "mikrofon") => state[device] === "zezwol";

/** The site settings under the padlock: camera, then microphone, each allowed or blocked. */
function permissionRow(state: SimState, device: "kamera" | "mikrofon", label: string, showMe: boolean) {
  return {
    label,
    value: allowed(state, device) ? (
      <SimText>Zezwolono</SimText>
    ) : (
      <div className="flex flex-wrap gap-x-3">
        {/* Both rows have the same two words; a screen reader also hears which row. */}
        <SimButton value={`${device}-zezwol`} highlight={showMe}>
          Zezwól<span className="sr-only"> — {label}</span>
        </SimButton>
        <SimButton value={`${device}-zablokuj`} variant="secondary">
          Zablokuj<span className="sr-only"> — {label}</span>
        </SimButton>
      </div>
    ),
  };
}

export const wideoZLinku: Scenario = {
  slug: "wideo-z-linku",
  title: "Dołącz do spotkania wideo z linku",
  service: "Spotkanie wideo w przeglądarce",
  device: "computer",
  lessonSlug: "rozmowy-wideo/spotkanie-z-linku",
  description: "Wejdź na rozmowę wideo z linku od wnuczki: jako gość, z kamerą i mikrofonem, przez poczekalnię.",
  intro: [
    "Klikniesz link do spotkania w e-mailu od wnuczki.",
    "Wejdziesz jako gość i wpiszesz swoje imię.",
    "Przeglądarka zapyta o kamerę i mikrofon. Zobaczysz też, jak naprawić „Zablokuj” kliknięte przez pomyłkę.",
    "Poczekasz w poczekalni, porozmawiasz i się rozłączysz.",
  ],
  summary: [
    "Klikasz albo dotykasz link do spotkania w e-mailu od osoby, którą znasz.",
    "Wchodzisz jako gość i wpisujesz tylko swoje imię.",
    "Na pytanie przeglądarki o kamerę i mikrofon klikasz albo dotykasz „Zezwól”.",
    "Wiesz, co zrobić po „Zablokuj” przez pomyłkę: kłódka obok adresu, „Zezwól” przy kamerze i mikrofonie, odświeżenie strony.",
    "Spokojnie czekasz, aż organizator Cię wpuści, a na koniec się rozłączasz.",
    "Linki do spotkań otwieraj tylko od osób, które znasz. Bank nie zaprasza na wideo z doradcą i nie prosi o instalowanie programów.",
  ],
  stages: ["Zaproszenie", "Wejście jako gość", "Kamera i mikrofon", "Spotkanie"],
  screens: [
    {
      id: "zaproszenie",
      stage: 0,
      task: "Wnuczka Ania przysłała e-mail z zaproszeniem na rozmowę wideo. Znasz ją, więc możesz otworzyć link. Kliknij albo dotknij link w treści e-maila.",
      showMe: `Kliknij albo dotknij podkreślony link ${LINK} w treści e-maila.`,
      hints: {
        odpowiedz: "Odpowiedzieć możesz później. Teraz kliknij albo dotknij link do spotkania w treści e-maila.",
        usun: "To e-mail od wnuczki, którą znasz. Nie trzeba go usuwać. Kliknij albo dotknij link do spotkania.",
        inne: "Kliknij albo dotknij link do spotkania w treści e-maila.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Poczta — nowa wiadomość</SimHeading>
          <SimFacts
            rows={[
              { label: "Od", value: "Ania Przykładowa (wnuczka)" },
              { label: "Temat", value: "Rozmowa rodzinna w niedzielę" },
            ]}
          />
          <SimPanel>
            <SimText>Dziadku, zapraszam na rozmowę wideo w niedzielę o 17:00. Wystarczy kliknąć link:</SimText>
            <SimButton value="link" variant="plain" highlight={showMe}>
              {LINK}
            </SimButton>
            <SimText>Ania</SimText>
          </SimPanel>
          <div className="flex flex-wrap gap-x-3">
            <SimButton value="odpowiedz" variant="secondary">
              Odpowiedz
            </SimButton>
            <SimButton value="usun" variant="secondary">
              Usuń
            </SimButton>
          </div>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "link") return { next: "gosc" };
        return { hint: choice === "odpowiedz" || choice === "usun" ? choice : "inne" };
      },
    },
    {
      id: "gosc",
      stage: 1,
      task: "Otworzyła się strona spotkania w przeglądarce. Nie potrzebujesz konta ani programu. Wejdź jako gość.",
      showMe: "Kliknij albo dotknij przycisk „Dołącz jako gość”.",
      hints: {
        zaloguj: "Konto nie jest potrzebne. Gość wchodzi bez logowania. Kliknij albo dotknij „Dołącz jako gość”.",
        pobierz: "Nie musisz niczego pobierać. Spotkanie działa w przeglądarce. Kliknij albo dotknij „Dołącz jako gość”.",
        inne: "Kliknij albo dotknij „Dołącz jako gość”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Rozmowa rodzinna</SimHeading>
          <SimText>Organizator: Ania Przykładowa. Niedziela, 17:00.</SimText>
          <SimText>Jak chcesz dołączyć?</SimText>
          <SimButton value="gosc" highlight={showMe}>
            Dołącz jako gość
          </SimButton>
          <SimButton value="zaloguj" variant="secondary">
            Zaloguj się
          </SimButton>
          <SimButton value="pobierz" variant="secondary">
            Pobierz aplikację
          </SimButton>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "gosc") return { next: "imie" };
        return { hint: choice === "zaloguj" || choice === "pobierz" ? choice : "inne" };
      },
    },
    {
      id: "imie",
      stage: 1,
      task: "Strona pyta, jak masz na imię. Inni zobaczą je pod Twoim obrazem. Wpisz imię z ramki i kliknij albo dotknij „Dalej”.",
      practiceData: [{ label: "Twoje imię", value: NAME }],
      showMe: `W pole „Twoje imię” wpisz ${NAME}. Potem kliknij albo dotknij „Dalej”.`,
      hints: {
        puste: `Pole jest puste. Wpisz imię z ramki: ${NAME}.`,
        cyfry: "Tu wpisujesz tylko imię. Strona spotkania nie potrzebuje numerów ani PESEL-u.",
        imie: `W ćwiczeniu wpisz imię z ramki: ${NAME}. Na prawdziwym spotkaniu wpiszesz swoje.`,
        inne: `Wpisz ${NAME} i kliknij albo dotknij „Dalej”.`,
      },
      fields: [{ name: "imie", kind: "text" }],
      render: ({ showMe }) => (
        <>
          <SimHeading>Jak masz na imię?</SimHeading>
          <SimInput name="imie" label="Twoje imię" highlight={showMe} />
          <SimButton value="dalej" highlight={showMe}>
            Dalej
          </SimButton>
        </>
      ),
      answer: ({ fields }) => {
        if (!fields.imie) return { hint: "puste" };
        if (/\d/.test(fields.imie)) return { hint: "cyfry" };
        if (fields.imie.toLocaleLowerCase("pl") !== NAME.toLocaleLowerCase("pl")) return { hint: "imie" };
        return { next: "pytanie" };
      },
    },
    {
      id: "pytanie",
      stage: 2,
      task: "Na górze okna przeglądarka pyta, czy ta strona może używać kamery i mikrofonu. To spotkanie od wnuczki — pozwól.",
      showMe: "W okienku przeglądarki kliknij albo dotknij „Zezwól”.",
      hints: {
        zamknij: "Zamknięcie pytania nic nie zmienia: strona dalej nie ma kamery ani mikrofonu. Kliknij albo dotknij „Zezwól”.",
        inne: "Odpowiedz na pytanie przeglądarki. Kliknij albo dotknij „Zezwól”.",
      },
      render: ({ showMe }) => (
        <>
          <SimPanel title={`${SITE} chce:`} tone="prompt">
            <ul className="my-2 pl-6 text-lg">
              <li>Używać kamery</li>
              <li>Używać mikrofonu</li>
            </ul>
            <div className="flex flex-wrap gap-x-3">
              <SimButton value="zablokuj" variant="secondary">
                Zablokuj
              </SimButton>
              <SimButton value="zezwol" highlight={showMe}>
                Zezwól
              </SimButton>
            </div>
            <SimButton value="zamknij" variant="plain">
              Zamknij pytanie
            </SimButton>
          </SimPanel>
          <SimText muted>Strona spotkania: przygotuj się do rozmowy.</SimText>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "zezwol") return { next: "podglad", state: { dostep: "zezwolono" } };
        if (choice === "zablokuj") return { next: "zablokowane", state: { dostep: "zablokowano" } };
        return { hint: choice === "zamknij" ? "zamknij" : "inne" };
      },
    },
    {
      id: "zablokowane",
      stage: 2,
      task: "Kliknięto „Zablokuj”. Teraz nikt Cię nie zobaczy ani nie usłyszy. Nie martw się — to łatwo naprawić. Kliknij albo dotknij kłódkę po lewej stronie adresu.",
      showMe: "Kliknij albo dotknij „Kłódka” na górze, po lewej stronie adresu strony.",
      hints: {
        dolacz: "Możesz dołączyć, ale nikt Cię nie zobaczy ani nie usłyszy. Najpierw kliknij albo dotknij kłódkę po lewej stronie adresu.",
        odswiez: "Samo odświeżenie nie pomoże: kamera i mikrofon są dalej zablokowane. Najpierw kliknij albo dotknij kłódkę po lewej stronie adresu.",
        inne: "Kliknij albo dotknij kłódkę po lewej stronie adresu strony.",
      },
      render: ({ showMe }) => (
        <>
          <BrowserBar showPadlock={showMe} />
          <SimHeading>Nie widać Cię i nie słychać</SimHeading>
          <SimFacts
            rows={[
              { label: "Kamera", value: "zablokowana" },
              { label: "Mikrofon", value: "zablokowany" },
            ]}
          />
          <SimButton value="dolacz">Dołącz</SimButton>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "klodka") return { next: "klodka" };
        return { hint: choice === "dolacz" || choice === "odswiez" ? choice : "inne" };
      },
    },
    {
      id: "klodka",
      stage: 2,
      task: "Otworzyło się małe okno z ustawieniami tej strony. Przy „Kamera” i przy „Mikrofon” wybierz „Zezwól”.",
      showMe: "Kliknij albo dotknij „Zezwól” przy „Kamera”, a potem „Zezwól” przy „Mikrofon”.",
      hints: {
        zablokuj: "„Zablokuj” zostawia je wyłączone. Wybierz „Zezwól” przy „Kamera” i przy „Mikrofon”.",
        odswiez: "Najpierw wybierz „Zezwól” przy „Kamera” i przy „Mikrofon”. Odświeżysz stronę potem.",
        inne: "Wybierz „Zezwól” przy „Kamera” i przy „Mikrofon”.",
      },
      render: ({ state, showMe }) => (
        <>
          <BrowserBar />
          <SimPanel title={`Ustawienia strony ${SITE}`} tone="prompt">
            <SimFacts
              rows={[
                permissionRow(state, "kamera", "Kamera", showMe),
                permissionRow(state, "mikrofon", "Mikrofon", showMe && allowed(state, "kamera")),
              ]}
            />
          </SimPanel>
        </>
      ),
      answer: ({ choice, state }) => {
        if (choice === "kamera-zezwol" || choice === "mikrofon-zezwol") {
          const next = { ...state, [choice.replace("-zezwol", "")]: "zezwol" };
          return { next: allowed(next, "kamera") && allowed(next, "mikrofon") ? "odswiez" : "klodka", state: next };
        }
        if (choice === "kamera-zablokuj" || choice === "mikrofon-zablokuj") return { hint: "zablokuj" };
        return { hint: choice === "odswiez" ? "odswiez" : "inne" };
      },
    },
    {
      id: "odswiez",
      stage: 2,
      task: "Kamera i mikrofon są już dozwolone. Zmiana zadziała po odświeżeniu strony. Kliknij albo dotknij okrągłą strzałkę obok adresu.",
      showMe: "Kliknij albo dotknij „Odśwież (okrągła strzałka)” na górze, obok adresu strony.",
      hints: {
        dolacz: "Zmiana zadziała dopiero po odświeżeniu strony. Kliknij albo dotknij okrągłą strzałkę obok adresu.",
        klodka: "Ustawienia są już dobre. Teraz odśwież stronę: kliknij albo dotknij okrągłą strzałkę obok adresu.",
        inne: "Kliknij albo dotknij okrągłą strzałkę obok adresu, żeby odświeżyć stronę.",
      },
      render: ({ showMe }) => (
        <>
          <BrowserBar showReload={showMe} />
          <SimText>Kamera i mikrofon: dozwolone. Odśwież stronę, żeby zmiana zadziałała.</SimText>
          <SimButton value="dolacz">Dołącz</SimButton>
        </>
      ),
      answer: ({ choice, state }) => {
        if (choice === "odswiez") return { next: "podglad", state: { ...state, dostep: "naprawiono" } };
        return { hint: choice === "dolacz" || choice === "klodka" ? choice : "inne" };
      },
    },
    {
      id: "podglad",
      stage: 2,
      task: "Widzisz podgląd ze swojej kamery. Kamera i mikrofon są włączone. Wszystko gotowe — kliknij albo dotknij „Dołącz”.",
      showMe: "Kliknij albo dotknij przycisk „Dołącz” pod podglądem.",
      hints: {
        wylacz: "Zostaw kamerę i mikrofon włączone. Wtedy Ania Cię zobaczy i usłyszy. Kliknij albo dotknij „Dołącz”.",
        inne: "Kliknij albo dotknij „Dołącz”.",
      },
      render: ({ state, showMe }) => (
        <>
          {state.dostep === "naprawiono" ? <SimText>Udało się! Kamera i mikrofon znowu działają.</SimText> : null}
          <SimPanel title="Podgląd z Twojej kamery">
            <SimText>{NAME}</SimText>
          </SimPanel>
          <SimFacts
            rows={[
              { label: "Kamera", value: "włączona" },
              { label: "Mikrofon", value: "włączony" },
            ]}
          />
          <div className="flex flex-wrap gap-x-3">
            <SimButton value="wylacz" variant="secondary">
              Wyłącz mikrofon
            </SimButton>
            <SimButton value="wylacz" variant="secondary">
              Wyłącz kamerę
            </SimButton>
          </div>
          <SimButton value="dolacz" highlight={showMe}>
            Dołącz
          </SimButton>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "dolacz") return { next: "poczekalnia" };
        return { hint: choice === "wylacz" ? "wylacz" : "inne" };
      },
    },
    {
      id: "poczekalnia",
      stage: 3,
      task: "Jesteś w poczekalni. Ania musi Cię wpuścić. Na prawdziwym spotkaniu niczego nie klikasz ani nie dotykasz, tylko czekasz. W ćwiczeniu kliknij albo dotknij „Czekam spokojnie”.",
      showMe: "Kliknij albo dotknij „Czekam spokojnie”. Nie zamykaj okna.",
      hints: {
        zamknij: "Nie zamykaj okna. Wtedy Ania nie będzie mogła Cię wpuścić. Poczekaj spokojnie.",
        link: "Ponowne klikanie linku nie przyspieszy wejścia. Wystarczy poczekać w tym oknie.",
        inne: "Poczekaj spokojnie. W ćwiczeniu kliknij albo dotknij „Czekam spokojnie”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Czekasz, aż ktoś wpuści Cię na spotkanie</SimHeading>
          <SimText muted>Organizator wie, że czekasz.</SimText>
          <SimButton value="czekam" highlight={showMe}>
            Czekam spokojnie
          </SimButton>
          <div className="flex flex-wrap gap-x-3">
            <SimButton value="zamknij" variant="secondary">
              Zamknij okno
            </SimButton>
            <SimButton value="link" variant="secondary">
              Otwórz link jeszcze raz
            </SimButton>
          </div>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "czekam") return { next: "spotkanie" };
        return { hint: choice === "zamknij" || choice === "link" ? choice : "inne" };
      },
    },
    {
      id: "spotkanie",
      stage: 3,
      task: "Ania Cię wpuściła. Porozmawialiście. Rozmowa się kończy — kliknij albo dotknij „Rozłącz”.",
      showMe: "Kliknij albo dotknij przycisk „Rozłącz” na dole spotkania.",
      hints: {
        mikrofon: "Tym przyciskiem wyciszasz mikrofon, gdy inni mówią. Żeby wyjść ze spotkania, kliknij albo dotknij „Rozłącz”.",
        kamera: "Tym przyciskiem wyłączasz kamerę. Żeby wyjść ze spotkania, kliknij albo dotknij „Rozłącz”.",
        inne: "Kliknij albo dotknij „Rozłącz”.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Jesteś na spotkaniu</SimHeading>
          <div className="flex flex-wrap gap-3">
            <SimPanel>
              <SimText>Ania</SimText>
            </SimPanel>
            <SimPanel>
              <SimText>{NAME} (Ty)</SimText>
            </SimPanel>
          </div>
          <div className="flex flex-wrap gap-x-3">
            <SimButton value="mikrofon" variant="secondary">
              Mikrofon
            </SimButton>
            <SimButton value="kamera" variant="secondary">
              Kamera
            </SimButton>
            <SimButton value="rozlacz" highlight={showMe}>
              Rozłącz
            </SimButton>
          </div>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "rozlacz") return { next: "koniec" };
        return { hint: choice === "mikrofon" || choice === "kamera" ? choice : "inne" };
      },
    },
  ],
};
