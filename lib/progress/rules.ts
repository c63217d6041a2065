// What progress means, in one place. Records are keyed by lesson slug and stable step id, so
// everything here is computed against the lessons as they are now: a removed step no longer
// counts, a new step shows as not done, and a completion once earned is never taken away
// (certificates are built on it).

export type LessonShape = { slug: string; stepIds: string[]; quizQuestions: number };

export type LessonFacts = {
  doneStepIds: ReadonlySet<string>;
  quizPassed: boolean;
  quizAttempts: number;
  /** A LessonCompletion row exists. */
  completedAt: Date | null;
};

export type LessonStatus = "done" | "in-progress" | "not-started";

export const noFacts: LessonFacts = { doneStepIds: new Set(), quizPassed: false, quizAttempts: 0, completedAt: null };

/** The completion rule: every current step done and the quiz passed (see QUIZ_PASS_RATIO). */
export function meetsCompletionRule(lesson: LessonShape, facts: Pick<LessonFacts, "doneStepIds" | "quizPassed">): boolean {
  return lesson.stepIds.every((id) => facts.doneStepIds.has(id)) && (facts.quizPassed || lesson.quizQuestions === 0);
}

export function stepsDone(lesson: LessonShape, facts: Pick<LessonFacts, "doneStepIds">): number {
  return lesson.stepIds.filter((id) => facts.doneStepIds.has(id)).length;
}

export function lessonStatus(lesson: LessonShape, facts: LessonFacts): LessonStatus {
  if (facts.completedAt || meetsCompletionRule(lesson, facts)) return "done";
  if (stepsDone(lesson, facts) > 0 || facts.quizAttempts > 0) return "in-progress";
  return "not-started";
}

export function moduleStatus(statuses: LessonStatus[]): LessonStatus {
  if (statuses.length > 0 && statuses.every((status) => status === "done")) return "done";
  return statuses.some((status) => status !== "not-started") ? "in-progress" : "not-started";
}

/** Where in a lesson to go on: a step number, the quiz, or the summary. */
export type LessonPlace = { kind: "step"; number: number } | { kind: "quiz" } | { kind: "summary" };

function firstStepNotDone(lesson: LessonShape, facts: Pick<LessonFacts, "doneStepIds">): number | null {
  const index = lesson.stepIds.findIndex((id) => !facts.doneStepIds.has(id));
  return index === -1 ? null : index + 1;
}

/**
 * The exact place to continue a lesson: the step after the one the person last pressed
 * "Dalej" on; after the last step, the quiz until it is passed. If that step no longer exists
 * (the lesson was edited), the first step not done yet.
 */
export function placeInLesson(lesson: LessonShape, facts: LessonFacts, lastStepId: string | null): LessonPlace {
  const lastIndex = lastStepId ? lesson.stepIds.indexOf(lastStepId) : -1;
  if (lastIndex !== -1 && lastIndex + 1 < lesson.stepIds.length) return { kind: "step", number: lastIndex + 2 };
  const missing = firstStepNotDone(lesson, facts);
  const atTheEnd = lastIndex === lesson.stepIds.length - 1 || (lastStepId === null && facts.quizAttempts > 0);
  if (atTheEnd && !facts.quizPassed && lesson.quizQuestions > 0) return { kind: "quiz" };
  if (missing !== null) return { kind: "step", number: missing };
  return facts.quizPassed || lesson.quizQuestions === 0 ? { kind: "summary" } : { kind: "quiz" };
}

/**
 * "Where she is" in a lesson, in words — the one definition the learner's pages and the
 * educator's matrix both print: the place she continues from ("krok 4 z 9"), not a count of steps done.
 */
export function placeWords(place: LessonPlace, stepCount: number): string {
  if (place.kind === "step") return `krok ${place.number} z ${stepCount}`;
  return place.kind === "quiz" ? "quiz" : "podsumowanie";
}

export type ResumeTarget = { lessonSlug: string; place: LessonPlace; startsNewLesson: boolean };

/**
 * The one "Kontynuuj" target: where the person left off in the lesson they worked on last;
 * if that lesson is done, the next lesson in course order that is not. Null before any
 * activity, or when every lesson is done.
 */
export function resumeTarget(
  lessons: LessonShape[],
  factsBySlug: ReadonlyMap<string, LessonFacts>,
  last: { lessonSlug: string; stepId: string | null } | null,
): ResumeTarget | null {
  if (!last) return null;
  const factsOf = (slug: string) => factsBySlug.get(slug) ?? noFacts;
  const index = lessons.findIndex((lesson) => lesson.slug === last.lessonSlug);
  const current = lessons[index];
  if (current && lessonStatus(current, factsOf(current.slug)) !== "done") {
    return { lessonSlug: current.slug, place: placeInLesson(current, factsOf(current.slug), last.stepId), startsNewLesson: false };
  }
  // Done (or removed from the course): the next unfinished lesson after it, then from the top.
  const start = index === -1 ? 0 : index + 1;
  const ordered = [...lessons.slice(start), ...lessons.slice(0, start)];
  const next = ordered.find((lesson) => lessonStatus(lesson, factsOf(lesson.slug)) !== "done");
  if (!next) return null;
  const facts = factsOf(next.slug);
  return {
    lessonSlug: next.slug,
    place: placeInLesson(next, facts, null),
    startsNewLesson: lessonStatus(next, facts) === "not-started",
  };
}

/** Minutes spent learning: visits merged where they overlap, each counting one extra minute for reading its last step. */
export function learningMinutes(visits: { startedAt: Date; lastActivityAt: Date }[]): number {
  const spans = visits
    .map((visit) => [visit.startedAt.getTime(), visit.lastActivityAt.getTime() + 60_000] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [start, end] of spans) {
    if (current && start <= current[1]) {
      current[1] = Math.max(current[1], end);
      continue;
    }
    if (current) total += current[1] - current[0];
    current = [start, end];
  }
  if (current) total += current[1] - current[0];
  return Math.round(total / 60_000);
}
