/** @jest-environment node */
import type { QuizQuestion } from "@/lib/content/analyse";
import type { Db } from "@/lib/db/client";
import { completeLessonIfDone, recomputeCompletions, recordQuizAttempt, recordStep, type SessionClaim } from "@/lib/progress/record";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const quiz: QuizQuestion[] = ["q1", "q2", "q3"].map((id) => ({
  id,
  prompt: id,
  options: [
    { value: "a", text: "dobrze", correct: true, explanation: "" },
    { value: "b", text: "źle", correct: false, explanation: "" },
  ],
}));
const lesson = { slug: "modul/lekcja", stepIds: ["jeden", "dwa", "trzy"], quizQuestions: 3, quiz };
const right = { q1: "a", q2: "a", q3: "a" };
const wrong = { q1: "b", q2: "b", q3: "a" };

describe.each(databaseKinds)("progress on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let claim: SessionClaim;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
  });
  afterAll(() => database.dispose());

  beforeEach(async () => {
    const user = await db.user.create({ data: { displayName: "Anna", username: `anna-${Math.random().toString(36).slice(2)}` } });
    claim = { userId: user.id, sessionVersion: 0 };
  });

  const rows = async () => ({
    steps: await db.stepProgress.findMany({ where: { userId: claim.userId }, orderBy: { stepId: "asc" } }),
    completions: await db.lessonCompletion.count({ where: { userId: claim.userId } }),
    attempts: await db.quizAttempt.findMany({ where: { userId: claim.userId } }),
    visits: await db.learningVisit.findMany({ where: { userId: claim.userId } }),
  });

  it("records a step once, however often and however concurrently it is sent", async () => {
    expect(await recordStep(db, claim, lesson, "jeden")).toEqual({ signedIn: true, recorded: true, lessonCompleted: false });
    expect(await recordStep(db, claim, lesson, "jeden")).toEqual({ signedIn: true, recorded: false, lessonCompleted: false });
    const results = await Promise.all(Array.from({ length: 20 }, () => recordStep(db, claim, lesson, "dwa")));
    expect(results.filter((result) => result.recorded)).toHaveLength(1);
    const { steps, visits } = await rows();
    expect(steps.map((step) => step.stepId)).toEqual(["dwa", "jeden"]);
    expect(visits.length).toBeGreaterThanOrEqual(1);
    expect(visits.every((visit) => visit.lastLessonSlug === lesson.slug)).toBe(true);
  });

  it("writes nothing for a deactivated account or a session signed out everywhere", async () => {
    await db.user.update({ where: { id: claim.userId }, data: { sessionVersion: 1 } });
    expect(await recordStep(db, claim, lesson, "jeden")).toEqual({ signedIn: false, recorded: false, lessonCompleted: false });
    await db.user.update({ where: { id: claim.userId }, data: { sessionVersion: 0, active: false } });
    expect((await recordQuizAttempt(db, claim, lesson, right)).signedIn).toBe(false);
    expect(await rows()).toEqual({ steps: [], completions: 0, attempts: [], visits: [] });
    expect(await recordStep(db, { userId: "someone-else", sessionVersion: 0 }, lesson, "jeden")).toMatchObject({ signedIn: false });
  });

  it("completes a lesson only with every step done and the quiz passed, in either order", async () => {
    for (const step of lesson.stepIds) expect((await recordStep(db, claim, lesson, step)).lessonCompleted).toBe(false);
    const failed = await recordQuizAttempt(db, claim, lesson, wrong);
    expect(failed).toMatchObject({ signedIn: true, passed: false, lessonCompleted: false });
    const passed = await recordQuizAttempt(db, claim, lesson, right);
    expect(passed).toMatchObject({ passed: true, lessonCompleted: true });
    const { attempts, completions } = await rows();
    expect(attempts.map((attempt) => [attempt.correctCount, attempt.passed])).toEqual(expect.arrayContaining([[1, false], [3, true]]));
    expect(completions).toBe(1);

    // Quiz first, steps after: the last step completes the lesson.
    const other = { ...lesson, slug: "modul/druga" };
    await recordQuizAttempt(db, claim, other, right);
    await recordStep(db, claim, other, "jeden");
    await recordStep(db, claim, other, "dwa");
    expect((await recordStep(db, claim, other, "trzy")).lessonCompleted).toBe(true);
    expect((await rows()).completions).toBe(2);
  });

  it("stores every attempt, but one double-click is one attempt", async () => {
    const first = await recordQuizAttempt(db, claim, lesson, wrong);
    const again = await recordQuizAttempt(db, claim, lesson, wrong);
    expect(again.attemptId).toBe(first.attemptId);
    const later = await recordQuizAttempt(db, claim, lesson, wrong, new Date(Date.now() + 60_000));
    expect(later.attemptId).not.toBe(first.attemptId);
    expect((await rows()).attempts).toHaveLength(2);
  });

  it("continues a visit while active and starts a new one after a break", async () => {
    const start = new Date("2026-05-04T10:00:00Z");
    await recordStep(db, claim, lesson, "jeden", start);
    await recordStep(db, claim, lesson, "dwa", new Date(start.getTime() + 10 * 60_000));
    await recordStep(db, claim, lesson, "trzy", new Date(start.getTime() + 3 * 60 * 60_000));
    const visits = (await rows()).visits.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    expect(visits.map((visit) => [visit.startedAt.toISOString(), visit.lastActivityAt.toISOString(), visit.lastStepId])).toEqual([
      ["2026-05-04T10:00:00.000Z", "2026-05-04T10:10:00.000Z", "dwa"],
      ["2026-05-04T13:00:00.000Z", "2026-05-04T13:00:00.000Z", "trzy"],
    ]);
  });

  it("recomputes completion when a lesson changes, and never takes a completion away", async () => {
    await recordStep(db, claim, lesson, "jeden");
    await recordStep(db, claim, lesson, "dwa");
    await recordQuizAttempt(db, claim, lesson, right);
    expect((await rows()).completions).toBe(0);
    // Step "trzy" is removed from the lesson: what the learner did now covers it all.
    const edited = { ...lesson, stepIds: ["jeden", "dwa"] };
    expect(await recomputeCompletions(db, [edited])).toBeGreaterThanOrEqual(1);
    expect(await recomputeCompletions(db, [edited])).toBe(0);
    expect((await rows()).completions).toBe(1);
    // A step is added later: the earned completion stays, the old records stay.
    const grown = { ...lesson, stepIds: ["jeden", "dwa", "cztery"] };
    await recomputeCompletions(db, [grown]);
    expect(await completeLessonIfDone(db, claim.userId, grown)).toBe(0);
    const { steps, completions } = await rows();
    expect(completions).toBe(1);
    expect(steps.map((step) => step.stepId)).toEqual(["dwa", "jeden"]);
  });
});
