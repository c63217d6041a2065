import type { ReviewItem, Scenario, SimScreen, SimState } from "@/lib/simulators/types";
import { SimButton, SimFacts, SimHeading, SimInput, SimPanel, SimText } from "../parts";

// Telling scam text messages from real ones, then forwarding one scam, unchanged, to 8080
// (CERT Polska) and deleting it. Every message, number and address here is made up; the links
// use the reserved .example domain so nobody can land on a real page.

const REPORT_NUMBER = "8080";

type Message = {
  id: string;
  sender: string;
  text: string;
  link?: string;
  scam: boolean;
  /** Which sign gives it away (or why it is fine), said kindly after a wrong decision. */
  hint: string;
  /** Why it is a scam or a real message, in one sentence, for the review at the end. */
  why: string;
};

const scamToReport: Message = {
  id: "kurier",
  sender: "+48 000 000 312",
  text: "Twoja paczka czeka na doręczenie. Dopłać 1,99 zł dziś, inaczej wróci do nadawcy:",
  link: "kurier-doplata.example/paczka",
  scam: true,
  hint: "Przyjrzyj się jeszcze raz. Pisze nieznany numer, jest link do dopłaty i pośpiech („dziś”). Prawdziwy kurier nie prosi o dopłatę przez link w SMS-ie. To oszustwo.",
  why: "Oszustwo: nieznany numer, link do dopłaty i pośpiech („dziś”).",
};

const messages: Message[] = [
  scamToReport,
  {
    id: "prad",
    sender: "+48 000 000 845",
    text: "UWAGA! Dziś o 21:00 odłączymy Ci prąd za nieopłacony rachunek. Zapłać od razu:",
    link: "rachunek-prad.example",
    scam: true,
    hint: "Ta wiadomość straszy i pogania: „dziś o 21:00”, „od razu”. Do tego link do płatności. To znaki oszustwa. O rachunek zapytaj w biurze obsługi, na numer z umowy.",
    why: "Oszustwo: straszy odłączeniem prądu, pogania i daje link do płatności.",
  },
  {
    id: "nowy-numer",
    sender: "+48 000 000 127",
    text: "Cześć tato, to mój nowy numer, stary telefon mi się zepsuł. Pilnie potrzebuję pożyczyć 800 zł, oddam jutro. Zrobisz przelew?",
    scam: true,
    hint: "Nieznany numer i prośba o pieniądze — to znaki oszustwa. Zadzwoń do córki albo syna na stary, znany numer i zapytaj.",
    why: "Oszustwo: nieznany numer i prośba o pieniądze. Zadzwoń na stary, znany numer.",
  },
  {
    id: "wnuczka",
    sender: "Ania (wnuczka)",
    text: "Dziadku, będę u Ciebie w niedzielę koło 15. Przywiozę sernik :)",
    scam: false,
    hint: "Tę wiadomość możesz spokojnie uznać za prawdziwą. Pisze Ania z numeru zapisanego w kontaktach. Nie ma linku, pośpiechu ani prośby o pieniądze.",
    why: "Prawdziwa: Ania jest w kontaktach, nie ma linku, pośpiechu ani prośby o pieniądze.",
  },
  {
    id: "przychodnia",
    sender: "Przychodnia Zdrowie",
    text: "Przypominamy o wizycie u lekarza rodzinnego 14 maja o 10:30. Jeśli nie możesz przyjść, zadzwoń do rejestracji.",
    scam: false,
    hint: "To zwykłe przypomnienie o wizycie. Nie ma linku, nikt nie chce pieniędzy ani Twoich danych. Możesz je uznać za prawdziwe.",
    why: "Prawdziwa: zwykłe przypomnienie o wizycie, bez linku i bez prośby o pieniądze lub dane.",
  },
];

/** A text message as a bubble, its link only as words (it leads nowhere, even in practice). */
function Bubble({ message, linkButton, highlight }: { message: Message; linkButton?: boolean; highlight?: boolean }) {
  return (
    <SimPanel title={`Od: ${message.sender}`}>
      <SimText>{message.text}</SimText>
      {message.link ? (
        linkButton ? (
          <SimButton value="link" variant="plain" highlight={highlight}>
            {message.link}
          </SimButton>
        ) : (
          <SimText>{message.link}</SimText>
        )
      ) : null}
    </SimPanel>
  );
}

const MISJUDGED = "blad";
const AFTER_HINT = "-po-podpowiedzi";

/** Each message the learner judged, in order: right the first time or after a hint, and why. */
function reviewMessages(state: SimState): ReviewItem[] {
  return messages.flatMap((message, index) => {
    const decided = state[message.id];
    if (!decided || decided === MISJUDGED) return [];
    return [{ label: `Wiadomość ${index + 1} — od: ${message.sender}`, firstTime: !decided.endsWith(AFTER_HINT), why: message.why }];
  });
}

function messageScreen(message: Message, index: number): SimScreen {
  const right = message.scam ? "oszustwo" : "prawdziwa";
  const rightLabel = message.scam ? "To oszustwo" : "To prawdziwa wiadomość";
  const next = messages[index + 1];
  return {
    id: `sms-${message.id}`,
    stage: 1,
    task: `Wiadomość ${index + 1} z ${messages.length}. Przeczytaj ją spokojnie. Sprawdź: czy jest link, pośpiech, nieznany numer, prośba o pieniądze albo dane? Potem zdecyduj. Linków nie naciskaj.`,
    showMe: `Naciśnij „${rightLabel}”. ${message.hint}`,
    hints: {
      [message.id]: message.hint,
      link: "Nie naciskaj linków w SMS-ach od obcych. Zdecyduj tylko, czy to oszustwo, czy prawdziwa wiadomość.",
      inne: "Naciśnij „To oszustwo” albo „To prawdziwa wiadomość”.",
    },
    render: ({ showMe }) => (
      <>
        <SimText muted>
          Wiadomości › {message.sender}
        </SimText>
        <Bubble message={message} linkButton />
        <div className="flex flex-wrap gap-x-3">
          <SimButton value="oszustwo" variant="secondary" highlight={showMe && message.scam}>
            To oszustwo
          </SimButton>
          <SimButton value="prawdziwa" variant="secondary" highlight={showMe && !message.scam}>
            To prawdziwa wiadomość
          </SimButton>
        </div>
      </>
    ),
    answer: ({ choice, state }) => {
      if (choice === right) {
        const decided = state[message.id] === MISJUDGED ? `${right}${AFTER_HINT}` : right;
        return { next: next ? `sms-${next.id}` : "zglos", state: { ...state, [message.id]: decided } };
      }
      // The wrong decision is remembered, so the review at the end can say which took two tries.
      if (choice === "oszustwo" || choice === "prawdziwa") return { hint: message.id, state: { ...state, [message.id]: MISJUDGED } };
      return { hint: choice === "link" ? "link" : "inne" };
    },
  };
}

export const smsOszustwa8080: Scenario = {
  slug: "sms-oszustwa-8080",
  title: "Oszustwo czy prawdziwa wiadomość SMS?",
  service: "Wiadomości SMS",
  device: "phone",
  lessonSlug: "internet-i-bezpieczenstwo/oszustwa-sms-8080",
  description: "Oceń pięć SMS-ów: które to oszustwo, a które są prawdziwe. Potem przekaż fałszywego SMS-a na 8080 i usuń go.",
  intro: [
    "Zobaczysz pięć zmyślonych SMS-ów w telefonie Jana.",
    "Przy każdym zdecydujesz: to oszustwo czy prawdziwa wiadomość.",
    "Fałszywego SMS-a o dopłacie do paczki przekażesz na numer 8080.",
    "Na koniec usuniesz go i zablokujesz numer.",
  ],
  summary: [
    "Znaki oszustwa w SMS-ie to: link, pośpiech albo straszenie, nieznany numer, prośba o pieniądze lub dane.",
    "Prawdziwe wiadomości od bliskich i z przychodni nie mają linków do płacenia i nie poganiają.",
    "„Cześć tato, mam nowy numer” — zadzwoń do dziecka na stary, znany numer.",
    "Fałszywego SMS-a przytrzymujesz, naciskasz „Przekaż”, wpisujesz 8080 i wysyłasz go bez zmian — z nadawcą i linkiem. Bez zrzutu ekranu.",
    "Potem blokujesz numer i usuwasz rozmowę.",
    "Czy SMS na 8080 coś kosztuje? Sprawdź aktualne informacje na cert.pl albo u swojego operatora.",
  ],
  review: { title: "Twoje oceny pięciu SMS-ów", items: reviewMessages },
  stages: ["Skrzynka SMS", "Ocena wiadomości", "Zgłoszenie na 8080", "Usunięcie"],
  screens: [
    {
      id: "skrzynka",
      stage: 0,
      task: "W telefonie Jana jest pięć nowych SMS-ów. Niektóre wysłali oszuści. Otwórz pierwszą wiadomość od góry.",
      showMe: `Naciśnij pierwszą wiadomość na liście: od ${scamToReport.sender}.`,
      hints: {
        kolejnosc: "Oceń wiadomości po kolei, od góry. Naciśnij pierwszą na liście.",
        inne: "Naciśnij pierwszą wiadomość na liście.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>Wiadomości</SimHeading>
          {messages.map((message, index) => (
            <SimButton key={message.id} value={message.id} variant="secondary" highlight={showMe && index === 0}>
              {message.sender}: {message.text.slice(0, 40)}…
            </SimButton>
          ))}
        </>
      ),
      answer: ({ choice }) => {
        if (choice === scamToReport.id) return { next: `sms-${scamToReport.id}` };
        return { hint: messages.some((message) => message.id === choice) ? "kolejnosc" : "inne" };
      },
    },
    ...messages.map(messageScreen),
    {
      id: "zglos",
      stage: 2,
      task: `Wszystkie ocenione! Teraz zgłoś SMS-a o dopłacie do paczki. Rozmowa z ${scamToReport.sender} jest już otwarta. Przytrzymaj palec na wiadomości (w ćwiczeniu: naciśnij ją).`,
      showMe: "Naciśnij dymek z wiadomością „Twoja paczka czeka…”. Nie naciskaj linku.",
      hints: {
        link: "Nie naciskaj linku. Przytrzymaj palec na samej wiadomości — na jej tekście.",
        odpowiedz: "Nie odpisuj oszustowi. Przytrzymaj palec na wiadomości, żeby ją przekazać.",
        inne: "Przytrzymaj palec na wiadomości. W ćwiczeniu naciśnij dymek z tekstem.",
      },
      render: ({ showMe }) => (
        <>
          <SimHeading>{scamToReport.sender}</SimHeading>
          <SimButton value="przytrzymaj" variant="secondary" highlight={showMe}>
            {scamToReport.text} (przytrzymaj)
          </SimButton>
          <SimButton value="link" variant="plain">
            {scamToReport.link}
          </SimButton>
          <SimButton value="odpowiedz" variant="secondary">
            Odpowiedz
          </SimButton>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "przytrzymaj") return { next: "menu" };
        return { hint: choice === "link" || choice === "odpowiedz" ? choice : "inne" };
      },
    },
    {
      id: "menu",
      stage: 2,
      task: "Nad wiadomością pojawiło się menu. Naciśnij „Przekaż”. Telefon przygotuje nową wiadomość z tą samą treścią.",
      showMe: "W menu naciśnij „Przekaż”.",
      hints: {
        kopiuj: "Kopiowanie to więcej pracy i łatwo coś zgubić. Przekaż całego SMS-a: naciśnij „Przekaż”.",
        usun: "Usuniesz go za chwilę. Najpierw zgłoś go: naciśnij „Przekaż”.",
        inne: "Naciśnij „Przekaż” w menu.",
      },
      render: ({ showMe }) => (
        <>
          <Bubble message={scamToReport} />
          <SimPanel tone="prompt">
            <SimButton value="kopiuj" variant="secondary">
              Kopiuj
            </SimButton>
            <SimButton value="przekaz" variant="secondary" highlight={showMe}>
              Przekaż
            </SimButton>
            <SimButton value="usun" variant="secondary">
              Usuń
            </SimButton>
          </SimPanel>
        </>
      ),
      answer: ({ choice }) => {
        if (choice === "przekaz") return { next: "odbiorca" };
        return { hint: choice === "kopiuj" || choice === "usun" ? choice : "inne" };
      },
    },
    {
      id: "odbiorca",
      stage: 2,
      task: `W pole „Do” wpisz numer ${REPORT_NUMBER} — to numer CERT Polska do zgłaszania fałszywych SMS-ów. Treści nie zmieniaj: nadawca i link mają zostać. Potem naciśnij „Wyślij”.`,
      practiceData: [{ label: "Numer odbiorcy", value: REPORT_NUMBER }],
      showMe: `W pole „Do” wpisz ${REPORT_NUMBER}. Potem naciśnij „Wyślij”.`,
      hints: {
        puste: `Pole „Do” jest puste. Wpisz cztery cyfry: ${REPORT_NUMBER}.`,
        nadawca: `To numer oszusta. Nie pisz do niego. Wpisz ${REPORT_NUMBER}.`,
        numer: `To nie ten numer. Fałszywe SMS-y zgłaszasz na ${REPORT_NUMBER} — cztery cyfry.`,
        inne: `Wpisz ${REPORT_NUMBER} w pole „Do” i naciśnij „Wyślij”.`,
      },
      fields: [{ name: "do", kind: "text" }],
      render: ({ showMe }) => (
        <>
          <SimHeading>Przekaż wiadomość</SimHeading>
          <SimInput name="do" label="Do" inputMode="tel" highlight={showMe} />
          <SimPanel title="Przekazywana wiadomość (bez zmian)">
            <SimFacts rows={[{ label: "Od", value: scamToReport.sender }]} />
            <SimText>
              {scamToReport.text} {scamToReport.link}
            </SimText>
          </SimPanel>
          <SimButton value="wyslij" highlight={showMe}>
            Wyślij
          </SimButton>
        </>
      ),
      answer: ({ fields }) => {
        const typed = (fields.do ?? "").replace(/[\s-]/g, "");
        if (!typed) return { hint: "puste" };
        if (typed === REPORT_NUMBER) return { next: "wyslano" };
        return { hint: typed.endsWith(scamToReport.sender.replace(/[\s+]/g, "").slice(-9)) ? "nadawca" : "numer" };
      },
    },
    {
      id: "wyslano",
      stage: 3,
      task: "SMS poleciał do CERT Polska. Teraz zablokuj numer oszusta i usuń rozmowę z telefonu.",
      showMe: "Naciśnij „Zablokuj numer”, a potem „Usuń rozmowę”.",
      hints: {
        przekaz: `Ten SMS jest już zgłoszony na ${REPORT_NUMBER}. Teraz zablokuj numer i usuń rozmowę.`,
        inne: "Naciśnij „Zablokuj numer”, a potem „Usuń rozmowę”.",
      },
      render: ({ state, showMe }) => (
        <>
          <SimPanel tone="prompt">
            <SimText>Wysłano do: {REPORT_NUMBER}</SimText>
          </SimPanel>
          <SimHeading>{scamToReport.sender}</SimHeading>
          <Bubble message={scamToReport} />
          {state.blokada === "tak" ? (
            <SimText>Numer zablokowany. Nie napisze do Ciebie z tego numeru.</SimText>
          ) : (
            <SimButton value="zablokuj" variant="secondary" highlight={showMe}>
              Zablokuj numer
            </SimButton>
          )}
          <SimButton value="usun" variant="secondary" highlight={showMe && state.blokada === "tak"}>
            Usuń rozmowę
          </SimButton>
          <SimButton value="przekaz" variant="secondary">
            Przekaż
          </SimButton>
        </>
      ),
      answer: ({ choice, state }) => {
        if (choice === "zablokuj") return { next: "wyslano", state: { ...state, blokada: "tak" } };
        if (choice === "usun") return { next: "koniec" };
        return { hint: choice === "przekaz" ? "przekaz" : "inne" };
      },
    },
  ],
};
