/** @jest-environment node */
import type { LessonAnalysis, QuizQuestion } from "@/lib/content/analyse";
import { byReviewDate, reviewDue, reviewDueOn, reviewWarnings } from "@/lib/content/review";
import { checkLesson, isOfficialSource, median, type LessonForRules } from "@/lib/content/rules";

function question(id: string, correct = 1): QuizQuestion {
  return {
    id,
    prompt: "Co robisz?",
    options: ["a", "b", "c"].map((value, index) => ({
      value,
      text: `Odpowiedź ${value}`,
      correct: index < correct,
      explanation: "Krótkie, życzliwe wyjaśnienie.",
    })),
  };
}

function lesson(overrides: Partial<LessonAnalysis> = {}, rest: Partial<LessonForRules> = {}): LessonForRules {
  const analysis: LessonAnalysis = {
    steps: Array.from({ length: 5 }, (_, index) => ({ id: `krok-${index}`, title: "Krok", number: index + 1, terms: [] })),
    quiz: [question("a"), question("b"), question("c")],
    hasSummary: true,
    terms: ["aplikacja"],
    screens: [{ step: "krok-0", description: "Ekran główny z ikoną „Wiadomości”.", highlights: 1 }],
    practice: [],
    links: ["/lekcje/ikp/logowanie-do-ikp"],
    sourceLinks: [],
    images: [],
    texts: [{ where: 'step "krok-0"', kind: "prose", text: "Naciśnij przycisk „Dalej”. Udało się." }],
    sentenceLengths: [5, 8, 12],
    problems: [],
    ...overrides,
  };
  return {
    slug: "ikp/przyklad",
    source: "Tekst lekcji.",
    frontmatter: { title: "Odbierz e-receptę kodem z SMS-a", summary: "Dowiesz się, jak odebrać e-receptę.", objectives: ["odebrać e-receptę"] },
    checkedOn: new Date("2026-03-31"),
    sources: [{ title: "IKP", url: "https://pacjent.gov.pl" }],
    analysis,
    ...rest,
  };
}

const context = {
  glossaryIds: new Set(["aplikacja"]),
  internalPaths: new Set(["/lekcje/ikp/logowanie-do-ikp"]),
  today: new Date("2026-11-26"),
};

describe("content rules", () => {
  it("accept a lesson that follows them", () => {
    expect(checkLesson(lesson(), context)).toEqual([]);
  });

  it.each([
    ["too few steps", lesson({ steps: [] }), /has 0 steps/],
    ["a repeated step id", lesson({ steps: [...lesson().analysis.steps, { id: "krok-0", title: "x", number: 6, terms: [] }] }), /step id "krok-0" is used twice/],
    ["a short quiz", lesson({ quiz: [question("a")] }), /has 1 quiz questions/],
    ["two correct answers", lesson({ quiz: [question("a", 2), question("b"), question("c")] }), /has 2 correct answers/],
    ["an answer without explanation", lesson({ quiz: [{ ...question("a"), options: question("a").options.map((o) => ({ ...o, explanation: "" })) }, question("b"), question("c")] }), /needs an <Explanation>/],
    ["no summary", lesson({ hasSummary: false }), /has no <Summary>/],
    ["sources written into the summary", lesson({ texts: [{ where: "summary", kind: "prose", text: "Gdzie sprawdzić aktualne informacje:" }] }), /<Summary> says „Gdzie sprawdzić/],
    ["the next lesson written into the summary", lesson({ texts: [{ where: "summary", kind: "prose", text: "Następna lekcja: Hasła" }] }), /<Summary> says „Następna lekcja”/],
    ["facts checked in the future", lesson({}, { checkedOn: new Date("2026-12-01") }), /checkedOn is in the future/],
    ["an unofficial source", lesson({}, { sources: [{ title: "Blog", url: "https://blog.example.com/ikp" }] }), /not https on an official/],
    ["a Screen without description", lesson({ screens: [{ step: "krok-0", description: "", highlights: 1 }] }), /needs a description/],
    ["a Screen with two highlights", lesson({ screens: [{ step: "krok-0", description: "Ekran z dwoma przyciskami.", highlights: 2 }] }), /highlights 2 things/],
    ["an image without alt", lesson({ images: [{ alt: "" }] }), /no text alternative/],
    ["a broken internal link", lesson({ links: ["/lekcje/ikp/nie-ma"] }), /leads nowhere/],
    ["an unknown term", lesson({ terms: ["nieznane"] }), /not in any slowniczek/],
    ["long sentences", lesson({ sentenceLengths: [16, 18, 20] }), /median sentence is 18 words/],
    ["an emoji typed on a drawn button", lesson({ texts: [{ where: 'step "krok-0"', kind: "button", text: "🗑 Kosz" }] }), /types the symbol „🗑”.*icon=/],
    ["an arrow typed on a drawn screen", lesson({ texts: [{ where: 'step "krok-0"', kind: "screen", text: "← Wstecz" }] }), /types the symbol „←”/],
    ["placeholder text", lesson({}, { source: "Tu będzie tekst. TODO" }), /placeholder text "TODO"/],
  ])("report %s", (_case, input, message) => {
    expect(checkLesson(input, context).join("\n")).toMatch(message);
  });

  it("treat old facts as a review to do, not as a broken lesson", () => {
    expect(checkLesson(lesson({}, { checkedOn: new Date("2025-10-01") }), context)).toEqual([]);
  });

  it.each([
    ["https://pacjent.gov.pl", true],
    ["https://www.gov.pl/web/mobywatel", true],
    ["https://incydent.cert.pl", true],
    ["https://faq.whatsapp.com", true],
    ["http://pacjent.gov.pl", false],
    ["https://gov.pl.example.com", false],
    ["https://fakegov.pl", false],
  ])("treat %s as official: %s", (url, official) => {
    expect(isOfficialSource(url)).toBe(official);
  });

  it("compute the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe("review dates", () => {
  const today = new Date("2026-11-26");
  const checked = (day: string) => ({ checkedOn: new Date(day) });

  it("fall due 12 months after the facts were checked", () => {
    expect(reviewDueOn(checked("2025-10-01")).toISOString().slice(0, 10)).toBe("2026-10-01");
    expect(reviewDue(checked("2025-10-01"), today)).toBe(true);
    expect(reviewDue(checked("2026-03-31"), today)).toBe(false);
  });

  it("give one warning for a lesson past its date and none otherwise", () => {
    expect(reviewWarnings(checked("2025-10-01"), today)).toEqual([
      "checkedOn 2025-10-01 is over 12 months old (review was due on 2026-10-01): check the facts again",
    ]);
    expect(reviewWarnings(checked("2026-03-31"), today)).toEqual([]);
  });

  it("list the lessons past their date first, the longest overdue at the top", () => {
    const lessons = [
      { slug: "recent", ...checked("2026-06-01") },
      { slug: "overdue", ...checked("2025-10-01") },
      { slug: "oldest", ...checked("2024-02-01") },
      { slug: "soon-due", ...checked("2026-01-01") },
    ];
    expect(byReviewDate(lessons, today).map((lesson) => lesson.slug)).toEqual(["oldest", "overdue", "soon-due", "recent"]);
  });
});
