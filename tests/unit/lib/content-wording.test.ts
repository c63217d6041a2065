/** @jest-environment node */
import type { LessonAnalysis, LessonText } from "@/lib/content/analyse";
import { checkAddressRule, checkButtonLabels, checkNeutralWords, type LessonForRules } from "@/lib/content/rules";
import { addressRuleStatements, genderedForms, placeholderLabels } from "@/lib/content/wording";

describe("forms that fit only a man or only a woman", () => {
  it.each([
    ["Sprawdziłeś dane? Dobrze.", "Sprawdziłeś"],
    ["Sprawdziłaś dane? Dobrze.", "Sprawdziłaś"],
    ["Jeśli zrobiłeś błąd, wróć.", "zrobiłeś"],
    ["Zalogowałeś się do konta.", "Zalogowałeś"],
    ["Czego się nauczyłeś", "nauczyłeś"],
    ["Sprawdziłeś(-aś) dane.", "Sprawdziłeś(-aś)"],
    ["Czy mógłbyś to sprawdzić?", "mógłbyś"],
    ["Jesteś zalogowany/a.", "zalogowany/a"],
    ["Wpisz to sam(a).", "sam(a)"],
    ["Gotowy?", "Gotowy?"],
    ["Gotowa? Zaczynamy.", "Gotowa?"],
    ["Gotowy do nauki?", "Gotowy?"],
    ["Czy jesteś gotowy?", "jesteś gotowy"],
    ["Jesteś pewna, że to bank?", "Jesteś pewna"],
    ["Nie jesteś pewien? Zapytaj.", "jesteś pewien"],
    ["Jesteś teraz zalogowany.", "Jesteś teraz zalogowany"],
    ["Będziesz zadowolony z wyniku.", "Będziesz zadowolony"],
    ["Będziesz musiał wpisać kod.", "Będziesz musiał"],
    ["Znajomy prosi, żebyś szybko podpisał plik.", "żebyś szybko podpisał"],
    ["Wpisz sam: pacjent.gov.pl.", "sam"],
    ["Ważne adresy wpisujesz sam.", "sam"],
    ["Nie klikam linku. Sam wpisuję adres.", "Sam"],
    ["Rozłączam się i sprawdzam zeznanie sam.", "sam"],
    ["Jeśli się niepokoisz, sam zadzwoń do urzędu.", "sam"],
    ["Ulgę musisz dopisać sama.", "sama"],
    ["Spróbuj sam — bez ryzyka", "sam"],
  ])("flag %j", (text, word) => {
    expect(genderedForms(text)).toContain(word);
  });

  it.each([
    "Udało się. Sprawdź dane jeszcze raz.",
    "Na pewno chcesz wysłać? Gotowe.",
    "Wpisz adres samodzielnie.",
    "Dasz radę sama lub sam.",
    "Logujesz się w ten sam sposób.",
    "Wpisuję PIN1. Może jest taki sam.",
    "Urząd sam doda ulgę do zeznania.",
    "O wybranej godzinie telefon sam Ci przypomni.",
    "Przeglądarka sama wyszuka pasujące strony.",
    "Czekam, aż przychodnia sama do mnie zadzwoni.",
    "Podaję hasło, żeby sam sprawdził.",
    "Sam dowód nie wystarczy.",
    "E-recepta jest ważna tylko przez pewien czas.",
    "Odpowiedź jest gotowa. Gotowa wiadomość czeka na wysłanie.",
    "Jesteś w systemie. Jesteś na stronie banku.",
    "Jesteś przy komputerze w klubie.",
    "Znajoma pisze: „Wysłałam Ci kod przez pomyłkę”.",
    "SMS: „Wygrałeś nagrodę! Gotowy?”",
    "Przesyłam zdjęcie. Zaloguj się hasłem.",
    "Witaj ponownie, Anno! Zobaczysz swoje lekcje.",
  ])("let %j pass", (text) => {
    expect(genderedForms(text)).toEqual([]);
  });
});

describe("placeholder button labels", () => {
  it.each([
    ["Znajdź przycisk do logowania. Kliknij go.", "prose", "przycisk do logowania"],
    ["Naciśnij przycisk akceptacji.", "prose", "przycisk akceptacji"],
    ["Przycisk wylogowania jest zaznaczony.", "prose", "Przycisk wylogowania"],
    ["Wyróżniony jest przycisk logowania przez login.gov.pl.", "prose", "przycisk logowania"],
    ["Kliknij w nim przycisk do potwierdzenia.", "prose", "przycisk do potwierdzenia"],
    ["Napis na nim może wyglądać trochę inaczej niż na rysunku.", "prose", "Napis na nim może wyglądać trochę inaczej"],
    ["Na prawdziwej stronie jego napis może wyglądać inaczej.", "prose", "napis może wyglądać inaczej"],
    ["Kliknij „Zaloguj się” (nazwa może się różnić).", "prose", "nazwa może się różnić"],
    ["Jego napis zależy od telefonu.", "prose", "napis zależy od"],
    ["Przycisk do logowania", "button", "Przycisk do logowania"],
    ["Przycisk zmiany zeznania", "button", "Przycisk zmiany zeznania"],
    ["Dalej (napis może być inny)", "button", "napis może być inny"],
  ] as const)("flag %j (%s)", (text, kind, found) => {
    expect(placeholderLabels(text, kind)).toContain(found);
  });

  it.each([
    ["Na dole ekranu jest niebieski przycisk „Dalej”. Naciśnij go.", "prose"],
    ["Kliknij przycisk „Zaloguj się” na górze.", "prose"],
    ["Naciśnij przycisk do wysłania „Wyślij”.", "prose"],
    ["Naciśnij czerwony przycisk ze słuchawką.", "prose"],
    ["Znajdź napis „Bank lub inny dostawca tożsamości”.", "prose"],
    ["Kolejność kodów może być inna niż w tej lekcji.", "prose"],
    ["Zaloguj się", "button"],
    ["Przycisk do logowania", "screen"],
    ["Przyciski są na dole ekranu.", "prose"],
  ] as const)("let %j (%s) pass", (text, kind) => {
    expect(placeholderLabels(text, kind)).toEqual([]);
  });
});

describe("address rules outside <CheckAddress>", () => {
  it.each([
    "Adres prawdziwego urzędu kończy się na gov.pl.",
    "Adres nadawcy nie kończy się na .gov.pl.",
    "Adres musi zaczynać się od login.gov.pl.",
    "Strona zaczyna się od login.gov.pl, więc jest prawdziwa.",
    "Sprawdź, czy na końcu adresu jest gov.pl.",
    "Adres urzędu powinien mieć gov.pl.",
  ])("flag %j", (text) => {
    expect(addressRuleStatements(text)).toHaveLength(1);
  });

  it.each([
    "Wpisz podatki.gov.pl w pasku adresu.",
    "W pasku adresu jest login.gov.pl.",
    "Na początku wpisz gov.pl i naciśnij Enter.",
    "Lekcja kończy się quizem. Potem wejdź na pacjent.gov.pl.",
    "Adres musi być wpisany bez błędu.",
  ])("let %j pass", (text) => {
    expect(addressRuleStatements(text)).toEqual([]);
  });
});

function lessonWith(texts: LessonText[], frontmatter: Partial<LessonForRules["frontmatter"]> = {}): LessonForRules {
  return {
    slug: "ikp/przyklad",
    source: "",
    frontmatter: { title: "Zaloguj się do IKP", summary: "Dowiesz się, jak się zalogować.", objectives: ["zalogować się"], ...frontmatter },
    checkedOn: new Date("2026-03-31"),
    sources: [],
    analysis: { texts } as LessonAnalysis,
  };
}

describe("the wording rules on a lesson", () => {
  it("name where the word stands, the word and what to write instead", () => {
    const lesson = lessonWith([{ where: 'step "wpisz-adres"', kind: "prose", text: "Sprawdziłeś adres? Wpisz go sam." }]);
    expect(checkNeutralWords(lesson)).toEqual([
      'step "wpisz-adres": „Sprawdziłeś” fits only a man or only a woman: use an imperative or impersonal form (e.g. „Udało się”, „Sprawdź”, „samodzielnie”)',
      'step "wpisz-adres": „sam” fits only a man or only a woman: use an imperative or impersonal form (e.g. „Udało się”, „Sprawdź”, „samodzielnie”)',
    ]);
  });

  it("read the frontmatter, quiz and summary too", () => {
    const lesson = lessonWith(
      [
        { where: 'question "kod"', kind: "prose", text: "Wpisałeś zły kod. Co robisz?" },
        { where: "summary", kind: "prose", text: "Czego się nauczyłaś" },
      ],
      { objectives: ["sprawdzić, czy jesteś zalogowany"] },
    );
    expect(checkNeutralWords(lesson).map((problem) => problem.split(" fits")[0])).toEqual([
      "frontmatter: „jesteś zalogowany”",
      'question "kod": „Wpisałeś”',
      "summary: „nauczyłaś”",
    ]);
  });

  it("leave the drawn screens' own words to the gender check, but not to the label check", () => {
    const lesson = lessonWith([
      { where: 'step "dane"', kind: "screen", text: "Zalogowany: Jan Przykładowy" },
      { where: 'step "dane"', kind: "button", text: "Przycisk do logowania" },
    ]);
    expect(checkNeutralWords(lesson)).toEqual([]);
    expect(checkButtonLabels(lesson)).toEqual([
      'step "dane": „Przycisk do logowania” is not the label the screen shows: write the button\'s exact words in quotes (e.g. „Zaloguj się”, see content-brief.md), or describe its icon',
    ]);
  });

  it("report each placeholder once per step, whatever its case", () => {
    const lesson = lessonWith([
      { where: 'step "zaloguj"', kind: "prose", text: "Znajdź przycisk do logowania." },
      { where: 'step "zaloguj"', kind: "prose", text: "Przycisk do logowania jest zaznaczony." },
    ]);
    expect(checkButtonLabels(lesson)).toHaveLength(1);
  });

  it("send an address rule to <CheckAddress>", () => {
    const lesson = lessonWith([{ where: 'step "sprawdz-adres"', kind: "prose", text: "Adres musi zaczynać się od login.gov.pl." }]);
    expect(checkAddressRule(lesson)).toEqual([
      'step "sprawdz-adres": „Adres musi zaczynać się od login.gov.pl.” states an address rule in the lesson\'s own words: use <CheckAddress kind="email" /> or <CheckAddress kind="web" /> instead',
    ]);
  });
});
