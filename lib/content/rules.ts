// The content rules, as pure functions: `npm run content:check` and the content tests apply
// the same ones. Each returns problems in words an author can act on.
import { UNDRAWABLE_SYMBOL } from "./pictograms";
import type { LessonAnalysis, LessonText } from "./analyse";
import { addressRuleStatements, genderedForms, placeholderLabels } from "./wording";

export const STEP_RANGE = { min: 5, max: 12 } as const;
export const QUIZ_RANGE = { min: 3, max: 5 } as const;
export const MAX_MEDIAN_SENTENCE_WORDS = 15;
export const FACTS_MAX_AGE_MONTHS = 12;

/** Official or primary sources: the state's domains, CERT Polska, and services' own help pages. */
const officialDomains = [
  "gov.pl",
  "cert.pl",
  "facebook.com",
  "whatsapp.com",
  "support.google.com",
  "support.microsoft.com",
  "support.zoom.com",
  "support.mozilla.org",
  "support.apple.com",
] as const;

export function isOfficialSource(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:") return false;
  return officialDomains.some((domain) => parsed.hostname === domain || parsed.hostname.endsWith(`.${domain}`));
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

export type LessonForRules = {
  slug: string;
  source: string;
  /** The frontmatter a learner reads in the catalogue. */
  frontmatter: { title: string; summary: string; objectives: string[] };
  checkedOn: Date;
  sources: { title: string; url: string }[];
  analysis: LessonAnalysis;
};

export type RuleContext = { glossaryIds: Set<string>; internalPaths: Set<string>; today: Date };

export function checkStructure({ analysis }: LessonForRules): string[] {
  const problems = [...analysis.problems];
  const { steps, quiz } = analysis;
  if (steps.length < STEP_RANGE.min || steps.length > STEP_RANGE.max) {
    problems.push(`has ${steps.length} steps; a lesson needs ${STEP_RANGE.min}–${STEP_RANGE.max}`);
  }
  for (const id of duplicates(steps.map((step) => step.id))) problems.push(`step id "${id}" is used twice`);
  if (quiz.length < QUIZ_RANGE.min || quiz.length > QUIZ_RANGE.max) {
    problems.push(`has ${quiz.length} quiz questions; a lesson needs ${QUIZ_RANGE.min}–${QUIZ_RANGE.max}`);
  }
  for (const id of duplicates(quiz.map((question) => question.id))) problems.push(`question id "${id}" is used twice`);
  for (const question of quiz) {
    if (question.options.length < 2) problems.push(`question "${question.id}" needs at least two answers`);
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== 1) problems.push(`question "${question.id}" has ${correct} correct answers; it needs exactly one`);
    for (const option of question.options) {
      if (!option.text) problems.push(`question "${question.id}", answer ${option.value}: the answer has no text`);
      if (option.explanation.length < 10) {
        problems.push(`question "${question.id}", answer ${option.value}: every answer needs an <Explanation>`);
      }
    }
  }
  if (!analysis.hasSummary) problems.push("has no <Summary>");
  // The summary page adds both itself (from `sources` and the catalogue): written here too,
  // the learner reads them twice.
  for (const { text } of analysis.texts.filter((entry) => entry.where === "summary")) {
    const repeated = /Gdzie sprawdzić aktualne informacje|Następna lekcja/.exec(text);
    if (repeated) problems.push(`<Summary> says „${repeated[0]}”: the summary page adds it from the frontmatter's sources and the next lesson; leave it out`);
  }
  return problems;
}

// An old checkedOn is a warning (lib/content/review.ts), not an error: a build must not break on a date.
export function checkFacts(lesson: LessonForRules, { today }: RuleContext): string[] {
  const problems: string[] = [];
  if (lesson.checkedOn > today) problems.push("checkedOn is in the future");
  for (const source of lesson.sources) {
    if (!isOfficialSource(source.url)) problems.push(`source ${source.url} is not https on an official or primary domain`);
  }
  for (const href of lesson.analysis.sourceLinks) {
    if (!isOfficialSource(href)) problems.push(`<Source href="${href}"> is not https on an official or primary domain`);
  }
  return problems;
}

export function checkAccessibility({ analysis }: LessonForRules): string[] {
  const problems: string[] = [];
  for (const { where, kind, text } of analysis.texts) {
    const symbol = kind !== "prose" ? UNDRAWABLE_SYMBOL.exec(text) : null;
    if (symbol) problems.push(`a drawn screen in ${where} types the symbol „${symbol[0]}”, which many fonts show as an empty box: use <ScreenButton icon="…"> or words`);
  }
  for (const screen of analysis.screens) {
    if (screen.description.trim().length < 15) problems.push(`a <Screen> in step "${screen.step}" needs a description (its text alternative)`);
    if (screen.highlights > 1) problems.push(`a <Screen> in step "${screen.step}" highlights ${screen.highlights} things; mark one`);
  }
  for (const image of analysis.images) {
    if (!image.alt.trim()) problems.push("an image has no text alternative");
  }
  return problems;
}

export function checkLinks({ analysis }: LessonForRules, { glossaryIds, internalPaths }: RuleContext): string[] {
  const problems: string[] = [];
  for (const url of analysis.links) {
    if (url.startsWith("/")) {
      if (!internalPaths.has(url.replace(/[#?].*$/, "").replace(/\/$/, ""))) problems.push(`link ${url} leads nowhere`);
    } else if (!url.startsWith("https://") && !url.startsWith("#")) {
      problems.push(`link ${url} must be https:// or a path such as /lekcje/ikp/logowanie-do-ikp`);
    }
  }
  for (const id of new Set(analysis.terms)) {
    if (!glossaryIds.has(id)) problems.push(`<Term id="${id}"> is not in any slowniczek.json`);
  }
  return problems;
}

const placeholder = /\b(lorem|ipsum|TODO|TBD|FIXME|XXX)\b/;

export function checkLanguage({ analysis, source }: LessonForRules): string[] {
  const problems: string[] = [];
  const middle = median(analysis.sentenceLengths);
  if (middle > MAX_MEDIAN_SENTENCE_WORDS) {
    problems.push(`median sentence is ${middle} words; keep it at ${MAX_MEDIAN_SENTENCE_WORDS} or fewer`);
  }
  const found = source.match(placeholder);
  if (found) problems.push(`contains placeholder text "${found[0]}"`);
  return problems;
}

/** Everything a learner reads, the frontmatter included, each with where it stands. */
export function lessonTexts({ frontmatter, analysis }: LessonForRules): LessonText[] {
  const where = "frontmatter";
  return [
    { where, kind: "prose" as const, text: frontmatter.title },
    { where, kind: "prose" as const, text: frontmatter.summary },
    ...frontmatter.objectives.map((text) => ({ where, kind: "prose" as const, text })),
    ...analysis.texts,
  ];
}

function findings(texts: LessonText[], find: (text: LessonText) => string[], hint: string): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const found of find(text)) {
      const message = `${text.where}: „${found}” ${hint}`;
      if (!seen.has(message.toLowerCase())) seen.set(message.toLowerCase(), message);
    }
  }
  return [...seen.values()];
}

/** Lessons fit women and men alike: no "Sprawdziłeś", "Gotowa?", "Wpisz sam". */
export function checkNeutralWords(lesson: LessonForRules): string[] {
  return findings(
    lessonTexts(lesson).filter((text) => text.kind === "prose"),
    (text) => genderedForms(text.text),
    "fits only a man or only a woman: use an imperative or impersonal form (e.g. „Udało się”, „Sprawdź”, „samodzielnie”)",
  );
}

/** A button is named by the words on the real screen, never by a description or a hedge. */
export function checkButtonLabels(lesson: LessonForRules): string[] {
  return findings(
    lessonTexts(lesson),
    (text) => placeholderLabels(text.text, text.kind),
    "is not the label the screen shows: write the button's exact words in quotes (e.g. „Zaloguj się”, see content-brief.md), or describe its icon",
  );
}

/** The address rule is stated by <CheckAddress> only: short versions let fakes through. */
export function checkAddressRule(lesson: LessonForRules): string[] {
  return findings(
    lessonTexts(lesson).filter((text) => text.kind === "prose"),
    (text) => addressRuleStatements(text.text),
    'states an address rule in the lesson\'s own words: use <CheckAddress kind="email" /> or <CheckAddress kind="web" /> instead',
  );
}

export const lessonRules = {
  structure: checkStructure,
  facts: checkFacts,
  accessibility: checkAccessibility,
  links: checkLinks,
  language: checkLanguage,
  neutralWords: checkNeutralWords,
  buttonLabels: checkButtonLabels,
  addressRule: checkAddressRule,
} as const;

export function checkLesson(lesson: LessonForRules, context: RuleContext): string[] {
  return Object.values(lessonRules).flatMap((rule) => rule(lesson, context));
}

/** The modules that teach a service a person can practise safely: each links to a simulator. */
export const PRACTICE_MODULES = [
  "internet-i-bezpieczenstwo",
  "rozmowy-wideo",
  "profil-zaufany",
  "mobywatel",
  "ikp",
  "e-pit",
  "podpis-elektroniczny",
] as const;

export type SimulatorForRules = { slug: string; lessonSlug: string };

/** Practice links across the content: every link leads to a simulator, every simulator is linked from its lesson. */
export function checkPractice(
  lessons: Pick<LessonForRules, "slug" | "analysis">[],
  simulators: SimulatorForRules[],
  practiceModules: readonly string[] = PRACTICE_MODULES,
): string[] {
  const problems: string[] = [];
  const known = new Set(simulators.map((simulator) => simulator.slug));
  for (const lesson of lessons) {
    for (const link of lesson.analysis.practice) {
      if (!known.has(link.simulator)) problems.push(`${lesson.slug}: <Practice simulator="${link.simulator}"> names no simulator`);
    }
  }
  for (const simulator of simulators) {
    const lesson = lessons.find((candidate) => candidate.slug === simulator.lessonSlug);
    if (!lesson) problems.push(`simulator ${simulator.slug} belongs to ${simulator.lessonSlug}, which is not a lesson`);
    else if (!lesson.analysis.practice.some((link) => link.simulator === simulator.slug)) {
      problems.push(`${lesson.slug} has no <Practice simulator="${simulator.slug}"> step for its simulator`);
    }
  }
  for (const moduleSlug of practiceModules) {
    const linked = lessons.some((lesson) => lesson.slug.startsWith(`${moduleSlug}/`) && lesson.analysis.practice.length > 0);
    if (!linked) problems.push(`module ${moduleSlug} links to no simulator ("Spróbuj samodzielnie — bez ryzyka")`);
  }
  return problems;
}
