import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { queryWithCachedPlan } from "../db/cached-plan";
import { gradeQuiz } from "../content/quiz";
import type { QuizQuestion } from "../content/analyse";

/** Activity within this long of the last continues the same visit (time spent, "stuck" checks). */
export const VISIT_GAP_MINUTES = 30;

/** A signed-in session as the cookie states it; the database decides whether it still counts. */
export type SessionClaim = { userId: string; sessionVersion: number };

export type RecordableLesson = { slug: string; stepIds: string[]; quizQuestions: number };

type Sql = Pick<Db, "$queryRawUnsafe">;

// Timestamps go in as UTC text cast to timestamp(3), the way Prisma stores DateTime, so the
// database server's time zone never matters.
const iso = (date: Date) => date.toISOString();

/**
 * Marks a lesson complete when the rule holds (all current steps + a passed quiz), counting
 * `pendingStep` as done: it is being inserted by the same statement, which cannot see it yet.
 */
const completionInsert = (pendingStepSql: string) => `
  completion AS (
    INSERT INTO "LessonCompletion" ("id", "userId", "lessonSlug", "completedAt")
    SELECT $completionId::text, u."id", $slug::text, $now::timestamp(3) FROM u
    WHERE (SELECT count(*) FROM "StepProgress" s
            WHERE s."userId" = u."id" AND s."lessonSlug" = $slug::text
              AND s."stepId" = ANY(string_to_array($stepIds::text, ','))) ${pendingStepSql} >= $stepCount::int
      AND ($quizQuestions::int = 0 OR EXISTS (SELECT 1 FROM "QuizAttempt" q
            WHERE q."userId" = u."id" AND q."lessonSlug" = $slug::text AND q."passed"))
    ON CONFLICT ("userId", "lessonSlug") DO NOTHING
    RETURNING 1)`;

/**
 * The visit goes on if the last activity was recent, otherwise a new one starts — atomically, in
 * one statement, however many posts from one learner arrive at once. A plain "continue, or else
 * insert" is not: simultaneous statements each see no recent visit in their snapshot and each
 * insert one. (Nor would a per-learner lock taken inside the statement help: its snapshot is
 * taken before the lock is granted, so it still misses the visit the lock holder just started.)
 * So a new visit's id is not random but follows from the visit it succeeds (the learner's latest,
 * or none): everyone starting "the visit after that one" inserts the same primary key, and
 * ON CONFLICT makes the first insert win and the others continue it — the database waits for the
 * first to commit and then updates the row it wrote. Posts may land out of order, so a visit only
 * ever widens, and the last position is the one with the latest time.
 */
const visitUpsert = `
  latest AS (
    SELECT v."id", v."lastActivityAt" FROM "LearningVisit" v, u
    WHERE v."userId" = u."id"
    ORDER BY v."lastActivityAt" DESC, v."id" DESC LIMIT 1),
  recent AS (
    SELECT "id" FROM latest WHERE "lastActivityAt" > $visitSince::timestamp(3)),
  continued AS (
    UPDATE "LearningVisit" SET
      "startedAt" = LEAST("startedAt", $now::timestamp(3)),
      "lastActivityAt" = GREATEST("lastActivityAt", $now::timestamp(3)),
      "lastLessonSlug" = CASE WHEN $now::timestamp(3) >= "lastActivityAt" THEN $slug::text ELSE "lastLessonSlug" END,
      "lastStepId" = CASE WHEN $now::timestamp(3) >= "lastActivityAt" THEN $lastStepId::text ELSE "lastStepId" END
    WHERE "id" IN (SELECT "id" FROM recent)
    RETURNING 1),
  started AS (
    INSERT INTO "LearningVisit" ("id", "userId", "startedAt", "lastActivityAt", "lastLessonSlug", "lastStepId")
    SELECT md5(u."id" || '/' || COALESCE((SELECT l."id" || '/' || (extract(epoch FROM l."lastActivityAt") * 1000)::bigint FROM latest l), ''))::uuid::text,
           u."id", $now::timestamp(3), $now::timestamp(3), $slug::text, $lastStepId::text FROM u
    WHERE NOT EXISTS (SELECT 1 FROM recent)
    ON CONFLICT ("id") DO UPDATE SET
      "startedAt" = LEAST("LearningVisit"."startedAt", EXCLUDED."startedAt"),
      "lastActivityAt" = GREATEST("LearningVisit"."lastActivityAt", EXCLUDED."lastActivityAt"),
      "lastLessonSlug" = CASE WHEN EXCLUDED."lastActivityAt" >= "LearningVisit"."lastActivityAt" THEN EXCLUDED."lastLessonSlug" ELSE "LearningVisit"."lastLessonSlug" END,
      "lastStepId" = CASE WHEN EXCLUDED."lastActivityAt" >= "LearningVisit"."lastActivityAt" THEN EXCLUDED."lastStepId" ELSE "LearningVisit"."lastStepId" END
    RETURNING 1)`;

/** Named parameters ($name) to positional ones ($1…), in one place, so the SQL reads plainly. */
function bind(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const names = Object.keys(values);
  const text = sql.replace(/\$([a-zA-Z]+)/g, (match, name: string) => {
    const index = names.indexOf(name);
    if (index === -1) throw new Error(`No value for $${name}`);
    return `$${index + 1}`;
  });
  return [text, names.map((name) => values[name])];
}

function commonValues(claim: SessionClaim, lesson: RecordableLesson, now: Date, lastStepId: string | null) {
  return {
    userId: claim.userId,
    sessionVersion: claim.sessionVersion,
    slug: lesson.slug,
    now: iso(now),
    visitSince: iso(new Date(now.getTime() - VISIT_GAP_MINUTES * 60_000)),
    completionId: randomUUID(),
    stepIds: lesson.stepIds.join(","),
    stepCount: lesson.stepIds.length,
    quizQuestions: lesson.quizQuestions,
    lastStepId,
  };
}

// The session check is part of the statement: a deactivated account, or one signed out
// everywhere, writes nothing.
const currentUser = `u AS (SELECT "id" FROM "User" WHERE "id" = $userId::text AND "active" AND "sessionVersion" = $sessionVersion::int)`;

export type StepRecord = { signedIn: boolean; recorded: boolean; lessonCompleted: boolean };

/**
 * Records one finished step, idempotently: a double submit, a retry or a second tab finds the
 * row already there and changes nothing. One statement, one round trip, its plan cached per
 * connection — this is the hottest write in the app.
 */
export async function recordStep(db: Sql, claim: SessionClaim, lesson: RecordableLesson, stepId: string, now = new Date()): Promise<StepRecord> {
  if (!lesson.stepIds.includes(stepId)) throw new Error(`Unknown step ${stepId} in ${lesson.slug}`);
  const [sql, values] = bind(
    `WITH ${currentUser},
      step AS (
        INSERT INTO "StepProgress" ("id", "userId", "lessonSlug", "stepId", "completedAt")
        SELECT $stepRowId::text, u."id", $slug::text, $stepId::text, $now::timestamp(3) FROM u
        ON CONFLICT ("userId", "lessonSlug", "stepId") DO NOTHING
        RETURNING 1),
      ${visitUpsert},
      ${completionInsert(`+ (SELECT count(*) FROM step)`)}
    SELECT (SELECT count(*) FROM u)::int AS "signedIn", (SELECT count(*) FROM step)::int AS "recorded",
           (SELECT count(*) FROM completion)::int AS "completed"`,
    { ...commonValues(claim, lesson, now, stepId), stepId, stepRowId: randomUUID() },
  );
  const [row] = await queryWithCachedPlan<{ signedIn: number; recorded: number; completed: number }>(
    db, "klub_record_step", sql, values, `"signedIn" int, "recorded" int, "completed" int`,
  );
  return { signedIn: row!.signedIn === 1, recorded: row!.recorded === 1, lessonCompleted: row!.completed === 1 };
}

export type QuizRecord = { signedIn: boolean; attemptId: string | null; passed: boolean; lessonCompleted: boolean };

/** A resubmitted identical attempt within this many seconds is the same attempt (a double click). */
const SAME_ATTEMPT_SECONDS = 10;

/** Stores a quiz attempt (every one, right or wrong) and completes the lesson if the rule now holds. */
export async function recordQuizAttempt(
  db: Sql,
  claim: SessionClaim,
  lesson: RecordableLesson & { quiz: QuizQuestion[] },
  answers: Record<string, string>,
  now = new Date(),
): Promise<QuizRecord> {
  const result = gradeQuiz(lesson.quiz, answers);
  const attemptId = randomUUID();
  const [sql, values] = bind(
    `WITH ${currentUser},
      repeated AS (
        SELECT q."id" FROM "QuizAttempt" q, u
        WHERE q."userId" = u."id" AND q."lessonSlug" = $slug::text AND q."answers" = $answers::jsonb
          AND q."createdAt" > $repeatSince::timestamp(3)
        ORDER BY q."createdAt" DESC LIMIT 1),
      attempt AS (
        INSERT INTO "QuizAttempt" ("id", "userId", "lessonSlug", "answers", "correctCount", "questionCount", "passed", "createdAt")
        SELECT $attemptId::text, u."id", $slug::text, $answers::jsonb, $correct::int, $total::int, $passed::boolean, $now::timestamp(3) FROM u
        WHERE NOT EXISTS (SELECT 1 FROM repeated)
        RETURNING "id"),
      ${visitUpsert},
      ${completionInsert("")}
    SELECT (SELECT count(*) FROM u)::int AS "signedIn",
           COALESCE((SELECT "id" FROM attempt), (SELECT "id" FROM repeated)) AS "attemptId",
           (SELECT count(*) FROM completion)::int AS "completed"`,
    {
      ...commonValues(claim, lesson, now, null),
      attemptId,
      answers: JSON.stringify(result.answers),
      correct: result.correct,
      total: result.total,
      passed: result.passed,
      repeatSince: iso(new Date(now.getTime() - SAME_ATTEMPT_SECONDS * 1000)),
    },
  );
  const [row] = await db.$queryRawUnsafe<{ signedIn: number; attemptId: string | null; completed: number }[]>(sql, ...values);
  // The completion check runs in the same statement as the insert and cannot see it: a passing
  // attempt that completes the lesson is finished by a second, idempotent statement.
  let lessonCompleted = row!.completed === 1;
  if (row!.signedIn === 1 && result.passed && !lessonCompleted) {
    lessonCompleted = (await completeLessonIfDone(db, claim.userId, lesson, now)) > 0;
  }
  return { signedIn: row!.signedIn === 1, attemptId: row!.attemptId, passed: result.passed, lessonCompleted };
}

/** Writes the completion when the rule holds now; returns 1 if it was written, 0 otherwise. */
export async function completeLessonIfDone(db: Sql, userId: string, lesson: RecordableLesson, now = new Date()): Promise<number> {
  const [sql, values] = bind(
    `WITH u AS (SELECT "id" FROM "User" WHERE "id" = $userId::text), ${completionInsert("")}
     SELECT (SELECT count(*) FROM completion)::int AS "completed"`,
    {
      userId,
      slug: lesson.slug,
      now: iso(now),
      completionId: randomUUID(),
      stepIds: lesson.stepIds.join(","),
      stepCount: lesson.stepIds.length,
      quizQuestions: lesson.quizQuestions,
    },
  );
  const [row] = await db.$queryRawUnsafe<{ completed: number }[]>(sql, ...values);
  return row!.completed;
}

/** Continues the learner's visit or starts one, with the same atomic statement as every step post. */
export async function continueVisit(db: Sql, userId: string, lessonSlug: string, stepId: string | null, now = new Date()): Promise<void> {
  const [sql, values] = bind(`WITH u AS (SELECT "id" FROM "User" WHERE "id" = $userId::text), ${visitUpsert} SELECT 1 AS "done"`, {
    userId,
    now: iso(now),
    visitSince: iso(new Date(now.getTime() - VISIT_GAP_MINUTES * 60_000)),
    slug: lessonSlug,
    lastStepId: stepId,
  });
  await db.$queryRawUnsafe(sql, ...values);
}

/**
 * After lessons change (steps added or removed), completes every lesson whose rule now holds
 * for someone. Existing completions stay. Runs at start-up; safe to run any number of times.
 */
export async function recomputeCompletions(db: Sql, lessons: RecordableLesson[], now = new Date()): Promise<number> {
  let written = 0;
  for (const lesson of lessons) {
    const [sql, values] = bind(
      `WITH candidates AS (
         SELECT s."userId" FROM "StepProgress" s
         WHERE s."lessonSlug" = $slug::text AND s."stepId" = ANY(string_to_array($stepIds::text, ','))
         GROUP BY s."userId" HAVING count(*) >= $stepCount::int),
       completion AS (
         INSERT INTO "LessonCompletion" ("id", "userId", "lessonSlug", "completedAt")
         SELECT gen_random_uuid()::text, c."userId", $slug::text, $now::timestamp(3) FROM candidates c
         WHERE $quizQuestions::int = 0 OR EXISTS (SELECT 1 FROM "QuizAttempt" q
                 WHERE q."userId" = c."userId" AND q."lessonSlug" = $slug::text AND q."passed")
         ON CONFLICT ("userId", "lessonSlug") DO NOTHING
         RETURNING 1)
       SELECT (SELECT count(*) FROM completion)::int AS "completed"`,
      { slug: lesson.slug, stepIds: lesson.stepIds.join(","), stepCount: lesson.stepIds.length, quizQuestions: lesson.quizQuestions, now: iso(now) },
    );
    const [row] = await db.$queryRawUnsafe<{ completed: number }[]>(sql, ...values);
    written += row!.completed;
  }
  return written;
}
