import { z } from "zod";
import type { Lesson } from "../content/catalogue";
import { gradeQuiz } from "../content/quiz";
import type { Db } from "../db/client";
import { completeLessonIfDone, continueVisit } from "./record";
import { lessonShape } from "./lessons";

// A guest's progress, kept by their browser (localStorage) and merged into their account when
// they sign in. The payload is untrusted: it names no user (the session does), every lesson,
// step and answer must exist, quiz results are graded again here, and any fault refuses all
// of it, so nothing half-written remains.

/** Larger than any real guest's record (26 lessons, 239 steps, a few attempts each) by far. */
export const GUEST_PAYLOAD_MAX_BYTES = 64 * 1024;

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = z.string().max(120).regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "nieznana lekcja");
const id = z.string().max(120).regex(kebab);

export const guestProgressSchema = z
  .object({
    v: z.literal(1),
    steps: z.record(slug, z.array(id).max(200)).refine((steps) => Object.keys(steps).length <= 200, "za dużo lekcji"),
    quizzes: z
      .array(
        z
          .object({ lesson: slug, answers: z.record(id, z.string().regex(/^[a-z]$/)), at: z.iso.datetime() })
          .strict(),
      )
      .max(200),
    last: z.object({ lesson: slug, step: id.nullable() }).strict().nullable().default(null),
  })
  .strict();

export type GuestProgress = z.infer<typeof guestProgressSchema>;

export class GuestProgressError extends Error {
  override name = "GuestProgressError";
}

/** Checks every entry against the lessons as they are now; throws with a message for a person. */
export function checkAgainstLessons(payload: GuestProgress, lessons: ReadonlyMap<string, Lesson>, now = new Date()): void {
  const unknown = () => new GuestProgressError("Zapisane postępy dotyczą lekcji, których nie znamy. Nic nie zostało zapisane.");
  for (const [lessonSlug, stepIds] of Object.entries(payload.steps)) {
    const lesson = lessons.get(lessonSlug);
    if (!lesson) throw unknown();
    const known = new Set(lesson.analysis.steps.map((step) => step.id));
    if (!stepIds.every((stepId) => known.has(stepId))) throw unknown();
  }
  for (const attempt of payload.quizzes) {
    const lesson = lessons.get(attempt.lesson);
    if (!lesson) throw unknown();
    for (const [questionId, value] of Object.entries(attempt.answers)) {
      const question = lesson.analysis.quiz.find((candidate) => candidate.id === questionId);
      if (!question?.options.some((option) => option.value === value)) throw unknown();
    }
    if (new Date(attempt.at).getTime() > now.getTime() + 5 * 60_000) {
      throw new GuestProgressError("Zapisane postępy mają datę z przyszłości. Nic nie zostało zapisane.");
    }
  }
  if (payload.last) {
    const lesson = lessons.get(payload.last.lesson);
    if (!lesson || (payload.last.step && !lesson.analysis.steps.some((step) => step.id === payload.last!.step))) throw unknown();
  }
}

export type MergeResult = { steps: number; quizzes: number; lessonsCompleted: number };

/**
 * Union of the guest's progress and the account's, in one transaction. Idempotent: merging the
 * same payload again adds nothing (steps by their unique key, attempts by lesson and moment).
 */
export async function mergeGuestProgress(
  db: Db,
  userId: string,
  payload: GuestProgress,
  lessons: ReadonlyMap<string, Lesson>,
  now = new Date(),
): Promise<MergeResult> {
  checkAgainstLessons(payload, lessons, now);
  return db.$transaction(async (tx) => {
    // One merge per learner at a time (a double tap, two tabs signing in): the next one waits,
    // then its statements see the first one's attempts and add none of them again.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}))`;
    const steps = await tx.stepProgress.createMany({
      data: Object.entries(payload.steps).flatMap(([lessonSlug, stepIds]) =>
        [...new Set(stepIds)].map((stepId) => ({ userId, lessonSlug, stepId, completedAt: now })),
      ),
      skipDuplicates: true,
    });
    let quizzes = 0;
    for (const attempt of payload.quizzes) {
      const lesson = lessons.get(attempt.lesson)!;
      const createdAt = new Date(attempt.at);
      if (await tx.quizAttempt.findFirst({ where: { userId, lessonSlug: lesson.slug, createdAt }, select: { id: true } })) continue;
      const result = gradeQuiz(lesson.analysis.quiz, attempt.answers);
      await tx.quizAttempt.create({
        data: { userId, lessonSlug: lesson.slug, answers: result.answers, correctCount: result.correct, questionCount: result.total, passed: result.passed, createdAt },
      });
      quizzes += 1;
    }
    // Where the guest stopped becomes where "Kontynuuj" leads.
    if (payload.last) await continueVisit(tx, userId, payload.last.lesson, payload.last.step, now);
    let lessonsCompleted = 0;
    const touched = new Set([...Object.keys(payload.steps), ...payload.quizzes.map((attempt) => attempt.lesson)]);
    for (const lessonSlug of touched) {
      lessonsCompleted += await completeLessonIfDone(tx, userId, lessonShape(lessons.get(lessonSlug)!), now);
    }
    return { steps: steps.count, quizzes, lessonsCompleted };
  });
}
