import { z } from "zod";
import type { Lesson } from "../content/catalogue";
import { gradeQuiz } from "../content/quiz";
import type { Db } from "../db/client";
import { completeLessonIfDone, continueVisit } from "./record";
import { lessonShape } from "./lessons";

// A guest's progress, kept by their browser (localStorage) and merged into their account when
// they sign in. The payload is untrusted: it names no user (the session does), quiz results are
// graded again here, and a date from the future refuses all of it. Lessons change while a
// browser keeps its record (a step merged into another, a quiz question replaced), so what no
// longer exists is left out and the rest is kept: nothing unknown is ever stored.

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

/**
 * The part of the payload that still matches the lessons as they are now: known lessons and
 * steps, attempts whose every answer is a current option, a resume place that exists. Throws,
 * with a message for a person, only on a date from the future (a tampered record).
 */
export function keepKnown(payload: GuestProgress, lessons: ReadonlyMap<string, Lesson>, now = new Date()): GuestProgress {
  if (payload.quizzes.some((attempt) => new Date(attempt.at).getTime() > now.getTime() + 5 * 60_000)) {
    throw new GuestProgressError("Zapisane postępy mają datę z przyszłości. Nic nie zostało zapisane.");
  }
  const stepIdsOf = (lessonSlug: string) => new Set(lessons.get(lessonSlug)?.analysis.steps.map((step) => step.id) ?? []);
  const steps = Object.fromEntries(
    Object.entries(payload.steps)
      .map(([lessonSlug, stepIds]) => {
        const known = stepIdsOf(lessonSlug);
        return [lessonSlug, stepIds.filter((stepId) => known.has(stepId))] as const;
      })
      .filter(([, stepIds]) => stepIds.length > 0),
  );
  const quizzes = payload.quizzes.filter((attempt) => {
    const quiz = lessons.get(attempt.lesson)?.analysis.quiz;
    if (!quiz) return false;
    return Object.entries(attempt.answers).every(([questionId, value]) =>
      quiz.find((question) => question.id === questionId)?.options.some((option) => option.value === value),
    );
  });
  const last = payload.last && lessons.has(payload.last.lesson) && (payload.last.step === null || stepIdsOf(payload.last.lesson).has(payload.last.step)) ? payload.last : null;
  return { v: payload.v, steps, quizzes, last };
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
  const known = keepKnown(payload, lessons, now);
  return db.$transaction(async (tx) => {
    // One merge per learner at a time (a double tap, two tabs signing in): the next one waits,
    // then its statements see the first one's attempts and add none of them again.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}))`;
    const steps = await tx.stepProgress.createMany({
      data: Object.entries(known.steps).flatMap(([lessonSlug, stepIds]) =>
        [...new Set(stepIds)].map((stepId) => ({ userId, lessonSlug, stepId, completedAt: now })),
      ),
      skipDuplicates: true,
    });
    let quizzes = 0;
    for (const attempt of known.quizzes) {
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
    if (known.last) await continueVisit(tx, userId, known.last.lesson, known.last.step, now);
    let lessonsCompleted = 0;
    const touched = new Set([...Object.keys(known.steps), ...known.quizzes.map((attempt) => attempt.lesson)]);
    for (const lessonSlug of touched) {
      lessonsCompleted += await completeLessonIfDone(tx, userId, lessonShape(lessons.get(lessonSlug)!), now);
    }
    return { steps: steps.count, quizzes, lessonsCompleted };
  });
}
