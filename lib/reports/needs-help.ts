import { countLabel } from "../format";

// "Kto potrzebuje pomocy": the three rules an educator asked for, as pure functions over what the
// database holds about one learner, so each rule and its boundaries are tested on their own.

export const IDLE_DAYS = 14;
export const IDLE_WITHOUT_PATH_DAYS = 30;
export const STUCK_VISITS = 2;
export const FAILED_ATTEMPTS = 2;

const DAY = 24 * 60 * 60 * 1000;

export type LearnerActivity = {
  /** Lessons of the paths assigned to them (directly or through a group), and whether each is done. */
  assignedLessons: { slug: string; title: string; done: boolean }[];
  lastActivityAt: Date | null;
  /** Visits, newest first: where each one ended. */
  visits: { lastLessonSlug: string | null; lastStepId: string | null; lastActivityAt: Date }[];
  /** Quiz attempts per lesson: failed ones and whether it was passed since. */
  quizzes: { slug: string; title: string; failed: number; passed: boolean }[];
  completedSlugs: ReadonlySet<string>;
  lessonTitle: (slug: string) => string;
  stepNumber: (slug: string, stepId: string) => number | null;
};

export type HelpReason =
  | { rule: "idle"; days: number; unfinished: number }
  | { rule: "idle-no-path"; days: number }
  | { rule: "stuck"; lessonSlug: string; lessonTitle: string; step: number | null; visits: number }
  | { rule: "failed-quiz"; lessonSlug: string; lessonTitle: string; attempts: number };

/** Assigned work not finished and nothing done for 14 days or more (never active counts as idle). */
export function idleWithAssignedWork(activity: LearnerActivity, now: Date): HelpReason | null {
  const unfinished = activity.assignedLessons.filter((lesson) => !lesson.done).length;
  if (!unfinished) return null;
  if (activity.lastActivityAt && now.getTime() - activity.lastActivityAt.getTime() < IDLE_DAYS * DAY) return null;
  const days = activity.lastActivityAt ? Math.floor((now.getTime() - activity.lastActivityAt.getTime()) / DAY) : Infinity;
  return { rule: "idle", days, unfinished };
}

/**
 * Nothing assigned (neither to them nor to their group) and no learning for 30 days or more: the
 * rule above never sees them, and an educator wants to hear about them too — as its own reason.
 * Someone who never learned at all is new, not idle, and is left out.
 */
export function idleWithoutPath(activity: LearnerActivity, now: Date): HelpReason | null {
  if (activity.assignedLessons.length || !activity.lastActivityAt) return null;
  const idleMs = now.getTime() - activity.lastActivityAt.getTime();
  if (idleMs < IDLE_WITHOUT_PATH_DAYS * DAY) return null;
  return { rule: "idle-no-path", days: Math.floor(idleMs / DAY) };
}

/** The last two or more visits ended on the same step of a lesson that is still not complete. */
export function stuckOnStep(activity: LearnerActivity): HelpReason | null {
  const [latest, ...earlier] = activity.visits;
  if (!latest?.lastLessonSlug || !latest.lastStepId || activity.completedSlugs.has(latest.lastLessonSlug)) return null;
  let visits = 1;
  for (const visit of earlier) {
    if (visit.lastLessonSlug !== latest.lastLessonSlug || visit.lastStepId !== latest.lastStepId) break;
    visits += 1;
  }
  if (visits < STUCK_VISITS) return null;
  return {
    rule: "stuck",
    lessonSlug: latest.lastLessonSlug,
    lessonTitle: activity.lessonTitle(latest.lastLessonSlug),
    step: activity.stepNumber(latest.lastLessonSlug, latest.lastStepId),
    visits,
  };
}

/** The same quiz failed twice or more and not passed since. */
export function failedQuizTwice(activity: LearnerActivity): HelpReason[] {
  return activity.quizzes
    .filter((quiz) => quiz.failed >= FAILED_ATTEMPTS && !quiz.passed)
    .map((quiz) => ({ rule: "failed-quiz", lessonSlug: quiz.slug, lessonTitle: quiz.title, attempts: quiz.failed }));
}

export function helpReasons(activity: LearnerActivity, now: Date): HelpReason[] {
  return [idleWithAssignedWork(activity, now), idleWithoutPath(activity, now), stuckOnStep(activity), ...failedQuizTwice(activity)].filter((reason): reason is HelpReason => reason !== null);
}

/** The reason in words, as the educator reads it (no verbs that assume the learner's gender). */
export function describeReason(reason: HelpReason): string {
  const lessons = (count: number) => countLabel(count, ["zadaną lekcję", "zadane lekcje", "zadanych lekcji"]);
  switch (reason.rule) {
    case "idle":
      return Number.isFinite(reason.days)
        ? `Od ${countLabel(reason.days, ["dnia", "dni", "dni"])} bez nauki, a ma do zrobienia ${lessons(reason.unfinished)}.`
        : `Jeszcze bez nauki, a ma do zrobienia ${lessons(reason.unfinished)}.`;
    case "idle-no-path":
      return `Od ${countLabel(reason.days, ["dnia", "dni", "dni"])} bez nauki. Nie ma zadanej ścieżki — ani osobno, ani w grupie.`;
    case "stuck":
      return `Kolejne posiedzenia kończą się na tym samym kroku: lekcja „${reason.lessonTitle}”${reason.step ? `, krok ${reason.step}` : ""} (${countLabel(reason.visits, ["raz", "razy", "razy"])} z rzędu).`;
    case "failed-quiz":
      return `Quiz w lekcji „${reason.lessonTitle}” niezaliczony — ${countLabel(reason.attempts, ["próba", "próby", "prób"])}.`;
  }
}
