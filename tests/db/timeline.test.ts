/** @jest-environment node */
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { learnerTimeline } from "@/lib/reports/timeline";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

let unique = 0;

describe.each(databaseKinds)("a learner's history on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let educator: Actor;
  let outsider: Actor;
  let learnerId: string;

  async function newClub(name: string) {
    return db.club.create({
      data: { name, kind: "LIBRARY", addressLine: "ul. Polna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "LUBELSKIE", joinCode: `T-${++unique}` },
    });
  }
  async function staffOf(club: string): Promise<Actor> {
    const user = await db.user.create({ data: { displayName: `Edukator ${++unique}`, username: `te${unique}`, memberships: { create: { clubId: club, role: "EDUCATOR" } } } });
    return { userId: user.id, displayName: user.displayName, username: user.username, isAdmin: false, memberships: [{ clubId: club, clubName: "", role: "EDUCATOR" }], activeClubId: club };
  }

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    const club = await newClub("Lipowa");
    educator = await staffOf(club.id);
    outsider = await staffOf((await newClub("Dębowa")).id);
    const learner = await db.user.create({ data: { displayName: "Halina Hak", username: `th${++unique}`, memberships: { create: { clubId: club.id, role: "LEARNER" } } } });
    learnerId = learner.id;
    const slug = "ikp/logowanie-do-ikp";
    await db.learningVisit.create({ data: { userId: learnerId, startedAt: new Date("2026-05-12T08:00:00Z"), lastActivityAt: new Date("2026-05-12T08:25:00Z"), lastLessonSlug: slug } });
    await db.stepProgress.createMany({
      data: [
        { userId: learnerId, lessonSlug: slug, stepId: "a", completedAt: new Date("2026-05-12T08:05:00Z"), assisted: true },
        { userId: learnerId, lessonSlug: slug, stepId: "b", completedAt: new Date("2026-05-12T08:10:00Z") },
        { userId: learnerId, lessonSlug: slug, stepId: "c", completedAt: new Date("2026-05-13T09:00:00Z") },
      ],
    });
    await db.quizAttempt.create({ data: { userId: learnerId, lessonSlug: slug, answers: {}, correctCount: 1, questionCount: 3, passed: false, createdAt: new Date("2026-05-13T09:05:00Z") } });
    await db.lessonCompletion.create({ data: { userId: learnerId, lessonSlug: slug, completedAt: new Date("2026-05-13T09:10:00Z"), assisted: false } });
  });
  afterAll(() => database.dispose());

  it("lists visits, steps per lesson and day, quizzes and completions, newest first", async () => {
    const events = await learnerTimeline(db, educator, learnerId);
    expect(events.map((event) => event.kind)).toEqual(["completion", "quiz", "steps", "steps", "visit"]);
    expect(events[2]).toMatchObject({ kind: "steps", count: 1, assisted: 0, lessonTitle: "Zaloguj się do Internetowego Konta Pacjenta" });
    expect(events[3]).toMatchObject({ kind: "steps", count: 2, assisted: 1 });
    expect(events[4]).toMatchObject({ kind: "visit", minutes: 25, onClubDevice: false });
    expect(events[1]).toMatchObject({ kind: "quiz", correct: 1, of: 3, passed: false });
  });

  it("shows the club sessions attended, with whether help was needed, and none of another club's", async () => {
    const clubId = educator.activeClubId!;
    await db.clubSession.create({ data: { clubId, educatorId: educator.userId, date: new Date("2026-05-14T00:00:00Z"), durationMinutes: 90, topics: "Konto pacjenta", attendance: { create: { userId: learnerId, neededHelp: true } } } });
    await db.clubSession.create({ data: { clubId: outsider.activeClubId!, date: new Date("2026-05-15T00:00:00Z"), durationMinutes: 60, topics: "Cudze zajęcia", attendance: { create: { userId: learnerId } } } });
    const events = await learnerTimeline(db, educator, learnerId);
    expect(events.filter((event) => event.kind === "session")).toEqual([{ kind: "session", at: new Date("2026-05-14T00:00:00Z"), topics: "Konto pacjenta", minutes: 90, neededHelp: true }]);
    expect(events[0]!.kind).toBe("session");
  });

  it("shows the practice simulators finished, for the lesson they belong to, and how often", async () => {
    await db.practiceResult.create({
      data: { userId: learnerId, simulatorSlug: "logowanie-login-gov", lessonSlug: "ikp/logowanie-do-ikp", timesCompleted: 3, lastCompletedAt: new Date("2026-05-16T10:00:00Z") },
    });
    const events = await learnerTimeline(db, educator, learnerId);
    expect(events[0]).toEqual({ kind: "practice", at: new Date("2026-05-16T10:00:00Z"), lessonTitle: "Zaloguj się do Internetowego Konta Pacjenta", times: 3 });
  });

  it("is a 404 for another club's educator", async () => {
    await expect(learnerTimeline(db, outsider, learnerId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
