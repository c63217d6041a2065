/** @jest-environment node */
import type { QuizQuestion } from "@/lib/content/analyse";
import type { Db } from "@/lib/db/client";
import type { Lesson } from "@/lib/content/catalogue";
import { GuestProgressError, guestProgressSchema, mergeGuestProgress, type GuestProgress } from "@/lib/progress/guest";
import { assignedPaths, readLearnerProgress } from "@/lib/progress/read";
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
// What the merge reads from a catalogue lesson: slug and analysis.
const catalogueLesson = (slug: string) =>
  ({ slug, analysis: { steps: lesson.stepIds.map((id, index) => ({ id, number: index + 1, title: id, terms: [] })), quiz } }) as unknown as Lesson;
const lessons = new Map([catalogueLesson("modul/lekcja"), catalogueLesson("modul/druga")].map((entry) => [entry.slug, entry]));
const guest = (extra: Partial<GuestProgress> = {}): GuestProgress => ({
  v: 1,
  steps: { "modul/lekcja": ["jeden", "dwa", "trzy"], "modul/druga": ["dwa"] },
  quizzes: [
    { lesson: "modul/lekcja", answers: { q1: "b" }, at: "2026-05-04T10:00:00.000Z" },
    { lesson: "modul/lekcja", answers: right, at: "2026-05-04T10:05:00.000Z" },
  ],
  last: { lesson: "modul/druga", step: "dwa" },
  ...extra,
});
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

  it("merges a guest's progress as a union, idempotently, and resumes where the guest stopped", async () => {
    await recordStep(db, claim, lesson, "jeden");
    const first = await mergeGuestProgress(db, claim.userId, guest(), lessons);
    expect(first).toEqual({ steps: 3, quizzes: 2, lessonsCompleted: 1 });
    const again = await mergeGuestProgress(db, claim.userId, guest(), lessons);
    expect(again).toEqual({ steps: 0, quizzes: 0, lessonsCompleted: 0 });
    const { steps, attempts, completions } = await rows();
    expect(steps).toHaveLength(4);
    expect(attempts.map((attempt) => attempt.passed).sort()).toEqual([false, true]);
    expect(completions).toBe(1);
    const progress = await readLearnerProgress(db, claim.userId);
    expect(progress.last).toMatchObject({ lessonSlug: "modul/druga", stepId: "dwa" });
  });

  it("merges the same guest progress sent 20 times at once exactly once, with one visit", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => mergeGuestProgress(db, claim.userId, guest(), lessons)));
    expect(results.reduce((sum, result) => sum + result.quizzes, 0)).toBe(2);
    expect(results.reduce((sum, result) => sum + result.steps, 0)).toBe(4);
    const { steps, attempts, completions, visits } = await rows();
    expect(steps).toHaveLength(4);
    expect(attempts).toHaveLength(2);
    expect(completions).toBe(1);
    expect(visits).toHaveLength(1);

    // Without steps nothing else makes the merges wait for each other.
    const quizOnly = guest({ steps: {}, quizzes: [{ lesson: "modul/druga", answers: right, at: "2026-05-04T11:00:00.000Z" }] });
    const again = await Promise.all(Array.from({ length: 20 }, () => mergeGuestProgress(db, claim.userId, quizOnly, lessons)));
    expect(again.reduce((sum, result) => sum + result.quizzes, 0)).toBe(1);
    expect((await rows()).attempts).toHaveLength(3);
  });

  it("grades a guest's quiz again instead of trusting it", async () => {
    const claimed = guest({ quizzes: [{ lesson: "modul/lekcja", answers: { q1: "b", q2: "b", q3: "b" }, at: "2026-05-04T10:00:00.000Z" }] });
    await mergeGuestProgress(db, claim.userId, claimed, lessons);
    expect((await rows()).attempts.map((attempt) => [attempt.correctCount, attempt.passed])).toEqual([[0, false]]);
    expect((await rows()).completions).toBe(0);
  });

  it("refuses a record with a date in the future and writes nothing", async () => {
    const payload = guest({ quizzes: [{ lesson: "modul/lekcja", answers: right, at: "2099-01-01T00:00:00.000Z" }] });
    await expect(mergeGuestProgress(db, claim.userId, payload, lessons)).rejects.toThrow(GuestProgressError);
    expect(await rows()).toEqual({ steps: [], completions: 0, attempts: [], visits: [] });
  });

  // Lessons change while a browser keeps its record: what no longer exists is left out, never stored.
  it.each([
    ["an unknown lesson", guest({ steps: { "modul/nieznana": ["jeden"], "modul/lekcja": ["jeden"] }, quizzes: [], last: null }), { steps: 1, quizzes: 0 }],
    ["an unknown step", guest({ steps: { "modul/lekcja": ["jeden", "sto"] }, quizzes: [], last: null }), { steps: 1, quizzes: 0 }],
    ["an unknown question", guest({ steps: {}, quizzes: [{ lesson: "modul/lekcja", answers: { q9: "a" }, at: "2026-05-04T10:00:00.000Z" }, { lesson: "modul/lekcja", answers: right, at: "2026-05-04T10:01:00.000Z" }], last: null }), { steps: 0, quizzes: 1 }],
    ["an unknown option", guest({ steps: {}, quizzes: [{ lesson: "modul/lekcja", answers: { q1: "z" }, at: "2026-05-04T10:00:00.000Z" }], last: null }), { steps: 0, quizzes: 0 }],
    ["an unknown lesson's quiz", guest({ steps: {}, quizzes: [{ lesson: "modul/nieznana", answers: { q1: "a" }, at: "2026-05-04T10:00:00.000Z" }], last: null }), { steps: 0, quizzes: 0 }],
  ])("leaves out %s and keeps the rest", async (_name, payload, expected) => {
    expect(await mergeGuestProgress(db, claim.userId, payload, lessons)).toMatchObject(expected);
    const { steps, attempts } = await rows();
    expect(steps.map((step) => `${step.lessonSlug}#${step.stepId}`)).toEqual(expected.steps ? ["modul/lekcja#jeden"] : []);
    expect(attempts).toHaveLength(expected.quizzes);
  });

  it("ignores a place to resume that no longer exists", async () => {
    await mergeGuestProgress(db, claim.userId, guest({ last: { lesson: "modul/lekcja", step: "sto" } }), lessons);
    expect((await rows()).visits).toEqual([]);
    expect((await rows()).steps).toHaveLength(4);
  });

  it("accepts only the payload's own shape: no user ids, no extra fields, no floods", () => {
    const valid = { v: 1, steps: { "modul/lekcja": ["jeden"] }, quizzes: [], last: null };
    expect(guestProgressSchema.safeParse(valid).success).toBe(true);
    expect(guestProgressSchema.safeParse({ ...valid, userId: "someone-else" }).success).toBe(false);
    expect(guestProgressSchema.safeParse({ ...valid, quizzes: [{ lesson: "modul/lekcja", answers: {}, at: "2026-05-04T10:00:00Z", userId: "x" }] }).success).toBe(false);
    expect(guestProgressSchema.safeParse({ ...valid, steps: { "../../etc": ["jeden"] } }).success).toBe(false);
    expect(guestProgressSchema.safeParse({ ...valid, steps: { "modul/lekcja": Array.from({ length: 201 }, (_, i) => `k-${i}`) } }).success).toBe(false);
    const manyLessons = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`m/l-${i}`, ["jeden"]]));
    expect(guestProgressSchema.safeParse({ ...valid, steps: manyLessons }).success).toBe(false);
    expect(guestProgressSchema.safeParse({ ...valid, v: 2 }).success).toBe(false);
  });

  it("lists the paths given to the learner and to their groups, with who gave them", async () => {
    const club = await db.club.create({
      data: { name: `Klub ${claim.userId}`, kind: "LIBRARY", addressLine: "ul. Polna 1", postalCode: "00-001", city: "X", gmina: "X", powiat: "X", voivodeship: "MAZOWIECKIE", joinCode: `K-${claim.userId}` },
    });
    const educator = await db.user.create({ data: { displayName: "Marek Nowak", username: `marek-${claim.userId}` } });
    const group = await db.group.create({ data: { clubId: club.id, name: "Wtorki", members: { create: { userId: claim.userId } } } });
    const otherGroup = await db.group.create({ data: { clubId: club.id, name: "Czwartki" } });
    const path = (title: string) =>
      db.lessonPath.create({ data: { clubId: club.id, title, items: { create: [{ position: 2, lessonSlug: "modul/druga" }, { position: 1, lessonSlug: "modul/lekcja" }] } } });
    const [forGroup, forMe, forOthers] = await Promise.all([path("Dla grupy"), path("Dla mnie"), path("Dla innych")]);
    await db.assignment.create({ data: { clubId: club.id, pathId: forGroup.id, groupId: group.id, assignedById: educator.id, createdAt: new Date("2026-05-01") } });
    await db.assignment.create({ data: { clubId: club.id, pathId: forMe.id, learnerId: claim.userId, dueDate: new Date("2026-06-30"), createdAt: new Date("2026-05-02") } });
    await db.assignment.create({ data: { clubId: club.id, pathId: forOthers.id, groupId: otherGroup.id } });
    const assigned = await assignedPaths(db, claim.userId);
    expect(assigned.map((entry) => [entry.pathTitle, entry.assignedBy, entry.lessonSlugs])).toEqual([
      ["Dla grupy", "Marek Nowak", ["modul/lekcja", "modul/druga"]],
      ["Dla mnie", null, ["modul/lekcja", "modul/druga"]],
    ]);
  });
});
