/** @jest-environment node */
import type { Actor } from "@/lib/access/policy";
import { demoRegionClubs } from "@/lib/db/demo-regions";
import { demoClub, demoGroups, demoLearners, demoStaff } from "@/lib/db/demo-seed";
import { idleClubs } from "@/lib/reports/programme/idle";
import { periodQuerySchema, resolvePeriod } from "@/lib/reports/programme/period";
import { programmeReport, tableTexts } from "@/lib/reports/programme/report";
import { DEMO_PATH_TITLE, seedDemo } from "@/lib/db/seed";
import { demoLessonsFromReport } from "../helpers/content-report";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const tables = [
  "Club",
  "User",
  "Membership",
  "Group",
  "GroupMember",
  "LessonPath",
  "LessonPathItem",
  "Assignment",
  "StepProgress",
  "LessonCompletion",
  "QuizAttempt",
  "LearningVisit",
  "ClubSession",
  "ClubSessionAttendance",
] as const;

async function snapshot(database: TestDatabase) {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await database.rows(`SELECT * FROM "${table}" ORDER BY 1`);
  }
  return result;
}

const lessons = demoLessonsFromReport();

describe.each(databaseKinds)("the demo seed on a %s database", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    await seedDemo(database.client(), lessons);
  });
  afterAll(() => database.dispose());

  it("creates the demo club with its manager, two educators, two groups and a dozen learners, and three small clubs elsewhere", async () => {
    const db = database.client();
    expect(await db.club.count()).toBe(1 + demoRegionClubs.length);
    expect(await db.membership.count({ where: { role: "MANAGER" } })).toBe(1);
    expect(await db.membership.count({ where: { role: "EDUCATOR" } })).toBe(2);
    expect(await db.group.count()).toBe(2);
    expect(await db.membership.count({ where: { role: "LEARNER", club: { joinCode: demoClub.joinCode } } })).toBe(demoLearners.length);
    expect(demoLearners.length).toBeGreaterThanOrEqual(12);
    expect(await db.user.count({ where: { isAdmin: true } })).toBe(1);
    const regional = demoRegionClubs.reduce((sum, entry) => sum + entry.learners, 0);
    expect(await db.user.count()).toBe(demoStaff.length + demoLearners.length + regional);
  });

  it("gives the learners varied progress on real lessons and steps", async () => {
    const db = database.client();
    const known = new Set(lessons.flatMap((lesson) => lesson.steps.map((step) => `${lesson.slug}#${step}`)));
    const steps = await db.stepProgress.findMany();
    expect(steps.length).toBeGreaterThan(100);
    expect(steps.every((row) => known.has(`${row.lessonSlug}#${row.stepId}`))).toBe(true);
    const completions = await db.lessonCompletion.groupBy({ by: ["userId"], _count: true });
    const counts = new Set(completions.map((row) => row._count));
    expect(counts.size).toBeGreaterThan(4);
    expect(await db.quizAttempt.count({ where: { passed: false } })).toBeGreaterThan(0);
    const started = await db.stepProgress.groupBy({ by: ["userId"], where: { user: { memberships: { some: { club: { joinCode: demoClub.joinCode } } } } } });
    expect(started.length).toBeLessThan(demoLearners.length);
  });

  it("gives the club one path of its own with the first three lessons in course order", async () => {
    const db = database.client();
    const paths = await db.lessonPath.findMany({ where: { slug: null }, include: { items: { orderBy: { position: "asc" } } } });
    expect(paths.map((path) => [path.title, path.items.map((item) => item.lessonSlug)])).toEqual([[DEMO_PATH_TITLE, lessons.slice(0, 3).map((lesson) => lesson.slug)]]);
  });

  it("logs a few past club sessions with who came and who needed help, and gives the first group the club's path", async () => {
    const db = database.client();
    const sessions = await db.clubSession.findMany({ include: { attendance: true } });
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    expect(sessions.every((session) => session.date.getTime() < Date.now() && session.attendance.length > 0)).toBe(true);
    expect(sessions.some((session) => session.attendance.some((row) => row.neededHelp))).toBe(true);
    expect(await db.lessonCompletion.count({ where: { assisted: true } })).toBeGreaterThan(0);
    const assignment = await db.assignment.findFirstOrThrow({ include: { path: true, group: true } });
    expect([assignment.path.title, assignment.group?.name]).toEqual([DEMO_PATH_TITLE, demoGroups[0]]);
  });

  it("gives the programme reports Podlaskie clubs: six people finished a lesson with help last quarter, Michałowo idle", async () => {
    const db = database.client();
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: "koordynator@demo.klubcyfrowy.pl" }, include: { coordinatorAreas: true, memberships: true } });
    expect([coordinator.coordinatorAreas.map((area) => area.terytCode), coordinator.memberships]).toEqual([["20"], []]);
    const actor: Actor = { userId: coordinator.id, displayName: coordinator.displayName, username: coordinator.username, isAdmin: false, coordinatorAreas: ["20"], memberships: [], activeClubId: null };
    const period = resolvePeriod(periodQuerySchema.parse({ okres: "poprzedni-kwartal" }));
    const report = await programmeReport(db, actor, { obszar: "20" }, period);
    const { rows } = tableTexts(report.table);
    expect(rows.map((row) => row[0])).toEqual(["powiat białostocki", "Razem"]);
    expect(rows.at(-1)![10]).toBe("6"); // Osoby, które ukończyły lekcję z pomocą
    expect((await idleClubs(db, actor, "20")).map((club) => club.name)).toEqual(["Klub Rozwoju Cyfrowego w Domu Kultury w Michałowie"]);
  });

  it("stores no PIN or password in clear", async () => {
    const users = await database.client().user.findMany();
    for (const user of users) {
      for (const secret of [user.pinHash, user.passwordHash]) {
        if (secret) expect(secret).toMatch(/^\$argon2id\$/);
      }
    }
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot(database);
    await seedDemo(database.client(), lessons);
    expect(await snapshot(database)).toEqual(before);
  });
});
