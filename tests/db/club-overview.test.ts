/** @jest-environment node */
import { assignPath, createGroup, addToGroup } from "@/lib/access/groups";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { clubOverview } from "@/lib/reports/club-home";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const NOW = new Date("2026-11-20T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
let unique = 0;

describe.each(databaseKinds)("the club home on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let educator: Actor;
  let outsider: Actor;
  let clubId: string;

  async function newClub(name: string) {
    return db.club.create({
      data: { name, kind: "LIBRARY", addressLine: "ul. Polna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "LUBELSKIE", joinCode: `K-${++unique}` },
    });
  }
  async function staffOf(club: string, name: string): Promise<Actor> {
    const user = await db.user.create({ data: { displayName: name, username: `s${++unique}`, memberships: { create: { clubId: club, role: "EDUCATOR" } } } });
    return { userId: user.id, displayName: name, username: user.username, isAdmin: false, memberships: [{ clubId: club, clubName: "", role: "EDUCATOR" }], activeClubId: club };
  }
  async function learnerOf(club: string, displayName: string) {
    return db.user.create({ data: { displayName, username: `l${++unique}`, memberships: { create: { clubId: club, role: "LEARNER" } } } });
  }
  const visit = (userId: string, daysAgo: number, lastLessonSlug: string, lastStepId: string) =>
    db.learningVisit.create({ data: { userId, startedAt: ago(daysAgo), lastActivityAt: ago(daysAgo), lastLessonSlug, lastStepId } });
  const failedQuiz = (userId: string, lessonSlug: string) =>
    db.quizAttempt.create({ data: { userId, lessonSlug, answers: {}, correctCount: 0, questionCount: 3, passed: false, createdAt: ago(2) } });

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubId = (await newClub("Lipowa")).id;
    educator = await staffOf(clubId, "Marek Nowak");
    const other = (await newClub("Dębowa")).id;
    outsider = await staffOf(other, "Obcy Edukator");

    const idle = await learnerOf(clubId, "Anna Idle");
    const stuck = await learnerOf(clubId, "Bogdan Stuck");
    const quiz = await learnerOf(clubId, "Celina Quiz");
    const fine = await learnerOf(clubId, "Damian Dobrze");
    const elsewhere = await learnerOf(other, "Ewa Gdzieindziej");
    // In no group and with nothing assigned: idle for 35 days is its own reason; a newcomer who never learned is not listed.
    const noPath = await learnerOf(clubId, "Filip Bezścieżki");
    await learnerOf(clubId, "Genowefa Nowa");

    const group = await createGroup(db, educator, clubId, { name: "Wtorki" });
    await addToGroup(db, educator, group.id, [idle.id, fine.id]);
    await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: "urzad-w-telefonie", due: "" });

    await visit(idle.id, 20, "ikp/logowanie-do-ikp", "x");
    await visit(stuck.id, 1, "ikp/e-recepta-i-e-skierowanie", "s3");
    await visit(stuck.id, 5, "ikp/e-recepta-i-e-skierowanie", "s3");
    await failedQuiz(quiz.id, "ikp/logowanie-do-ikp");
    await failedQuiz(quiz.id, "ikp/logowanie-do-ikp");
    await visit(quiz.id, 2, "ikp/logowanie-do-ikp", "x");
    await visit(fine.id, 3, "ikp/logowanie-do-ikp", "y");
    await visit(noPath.id, 35, "ikp/logowanie-do-ikp", "y");
    await visit(elsewhere.id, 30, "ikp/logowanie-do-ikp", "z");
    await failedQuiz(elsewhere.id, "ikp/logowanie-do-ikp");
    await failedQuiz(elsewhere.id, "ikp/logowanie-do-ikp");

    await db.lessonCompletion.create({ data: { userId: fine.id, lessonSlug: "ikp/logowanie-do-ikp", completedAt: ago(3) } });
    await db.lessonCompletion.create({ data: { userId: fine.id, lessonSlug: "ikp/aplikacja-mojeikp", completedAt: ago(40) } });
  });
  afterAll(() => database.dispose());

  it("lists who needs help with the reason, only from the club, and counts this week's and this month's work", async () => {
    const overview = await clubOverview(db, educator, clubId, NOW);
    expect(overview.needsHelp.map((entry) => [entry.learner.displayName, entry.reasons.map((reason) => reason.rule)])).toEqual([
      ["Anna Idle", ["idle"]],
      ["Bogdan Stuck", ["stuck"]],
      ["Celina Quiz", ["failed-quiz"]],
      ["Filip Bezścieżki", ["idle-no-path"]],
    ]);
    expect(overview.learners).toBe(6);
    // Bogdan (1 day), Celina (2), Damian (3); Anna was last here 20 days ago.
    expect(overview.activeThisWeek).toBe(3);
    // Damian's two completions: one this month (November), one in October.
    expect(overview.lessonsCompletedThisMonth).toBe(1);
    expect(overview.assistedThisMonth).toBe(0);
    expect(overview.certificatesThisYear).toBe(0);
  });

  it("is the same 404 as anything else for another club's educator", async () => {
    await expect(clubOverview(db, outsider, clubId, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});
