/** @jest-environment node */
import type { Db } from "@/lib/db/client";
import { recordQuizAttempt, recordStep, VISIT_GAP_MINUTES, type SessionClaim } from "@/lib/progress/record";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

// Steps posted at the same moment (two tabs, a quick double tap, a burst of retries) continue or
// start one learning visit, never two: the decision and the write are one atomic step.
const stepIds = Array.from({ length: 50 }, (_, index) => `krok-${index + 1}`);
const lesson = { slug: "modul/wizyta", stepIds, quizQuestions: 0 };
const quizLesson = {
  ...lesson,
  quizQuestions: 1,
  quiz: [{ id: "q1", prompt: "q1", options: [{ value: "a", text: "dobrze", correct: true, explanation: "" }] }],
};

describe.each(databaseKinds)("learning visits under concurrent posts on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
  });
  afterAll(() => database.dispose());

  const learner = async (): Promise<SessionClaim> => {
    const user = await db.user.create({ data: { displayName: "Anna", username: `anna-${Math.random().toString(36).slice(2)}` } });
    return { userId: user.id, sessionVersion: 0 };
  };
  const visits = (claim: SessionClaim) => db.learningVisit.findMany({ where: { userId: claim.userId }, orderBy: { startedAt: "asc" } });
  const steps = (claim: SessionClaim) => db.stepProgress.count({ where: { userId: claim.userId, lessonSlug: lesson.slug } });
  // 50 posts, each a different step, a millisecond apart, all in flight at once.
  const burst = (claim: SessionClaim, start: Date) =>
    Promise.all(stepIds.map((stepId, index) => recordStep(db, claim, lesson, stepId, new Date(start.getTime() + index))));

  // A burst on fresh connections barely overlaps; a few rounds make a race show every time.
  const rounds = 8;

  it("starts one visit for 50 steps posted at once by one learner, and records every step", async () => {
    for (let round = 0; round < rounds; round++) {
      const claim = await learner();
      const start = new Date("2026-05-04T10:00:00.000Z");
      const results = await burst(claim, start);
      expect(results.every((result) => result.signedIn && result.recorded)).toBe(true);
      expect(await steps(claim)).toBe(50);
      const [visit, ...more] = await visits(claim);
      expect(more).toHaveLength(0);
      expect(visit!.startedAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(visit!.lastActivityAt.getTime()).toBeGreaterThanOrEqual(visit!.startedAt.getTime());
      expect(visit!.lastActivityAt.getTime()).toBeLessThanOrEqual(start.getTime() + 49);
      expect(visit).toMatchObject({ lastLessonSlug: lesson.slug, lastStepId: expect.stringMatching(/^krok-/) });
    }
  });

  it("starts one visit each for two learners posting at once", async () => {
    for (let round = 0; round < rounds; round++) {
      const [anna, jan] = await Promise.all([learner(), learner()]);
      const start = new Date("2026-05-04T10:00:00.000Z");
      await Promise.all([burst(anna, start), burst(jan, start)]);
      expect(await Promise.all([steps(anna), steps(jan)])).toEqual([50, 50]);
      expect((await visits(anna)).length).toBe(1);
      expect((await visits(jan)).length).toBe(1);
    }
  });

  it("after a break, starts exactly one new visit however many posts arrive at once", async () => {
    for (let round = 0; round < rounds; round++) {
      const claim = await learner();
      const start = new Date("2026-05-04T10:00:00.000Z");
      await recordStep(db, claim, lesson, "krok-1", start);
      const later = new Date(start.getTime() + (VISIT_GAP_MINUTES + 5) * 60_000);
      await Promise.all([
        ...stepIds.slice(1, 40).map((stepId, index) => recordStep(db, claim, lesson, stepId, new Date(later.getTime() + index))),
        ...Array.from({ length: 5 }, (_, index) => recordQuizAttempt(db, claim, quizLesson, { q1: "a" }, new Date(later.getTime() + index))),
      ]);
      const rows = await visits(claim);
      expect(rows.map((visit) => visit.startedAt.toISOString())).toEqual([start.toISOString(), expect.any(String)]);
      expect(rows[0]!.lastActivityAt).toEqual(start);
      expect(rows[1]!.startedAt.getTime()).toBeGreaterThanOrEqual(later.getTime());

      // And carries on as one visit: a later burst within the window continues the second one.
      await burst(claim, new Date(later.getTime() + 10 * 60_000));
      const after = await visits(claim);
      expect(after).toHaveLength(2);
      expect(after[1]!.startedAt).toEqual(rows[1]!.startedAt);
      expect(after[1]!.lastActivityAt.getTime()).toBeGreaterThanOrEqual(later.getTime() + 10 * 60_000);
    }
  });

  it("keeps a visit whole when posts land out of order: a late-arriving earlier step neither shortens it nor moves the place", async () => {
    const claim = await learner();
    const start = new Date("2026-05-04T10:00:00.000Z");
    await recordStep(db, claim, lesson, "krok-2", new Date(start.getTime() + 2_000));
    await recordStep(db, claim, lesson, "krok-3", new Date(start.getTime() + 3_000));
    await recordStep(db, claim, lesson, "krok-1", start);
    const [visit, ...more] = await visits(claim);
    expect(more).toHaveLength(0);
    expect(visit).toMatchObject({ startedAt: start, lastActivityAt: new Date(start.getTime() + 3_000), lastStepId: "krok-3" });
  });
});
