/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";
import {
  deleteAccount,
  deleteOwnAccount,
  DeletionLockedError,
  deletionBlocker,
  deletionSchema,
  StaffAccountError,
  WrongSecretError,
} from "@/lib/account/delete";
import { exportPersonalData, exportFileName } from "@/lib/account/export";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import { recordFailure, SIGN_IN_LIMIT, signInKeys } from "@/lib/auth/rate-limit";
import { hashSecret } from "@/lib/auth/secrets";
import type { Db } from "@/lib/db/client";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

// The schema is read here, not listed by hand: a new table that holds a person's data fails
// these tests until the export and the deletion know about it.
type Field = { name: string; type: string; rest: string };
const schemaText = fs.readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
const models = new Map<string, Field[]>(
  [...schemaText.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((match) => [
    match[1]!,
    match[2]!
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("//") && !line.startsWith("@@"))
      .map((line) => {
        const [name = "", type = "", ...rest] = line.split(/\s+/);
        return { name, type, rest: rest.join(" ") };
      }),
  ]),
);
const isUser = (type: string) => /^User(\?|\[\])?$/.test(type);
const modelsWithPeople = [...models].filter(([name, fields]) => name === "User" || fields.some((f) => isUser(f.type))).map(([name]) => name);
/** [table, column] for every foreign key to User. */
const userColumns = [...models].flatMap(([model, fields]) =>
  fields.filter((f) => /^User\??$/.test(f.type)).map((f) => [model, /fields:\s*\[(\w+)\]/.exec(f.rest)![1]!] as const),
);

const PIN = "482915";
const PASSWORD = "Biblioteka w Lipowej ma zielone drzwi";

function actorOf(user: { id: string; username: string }, memberships: Actor["memberships"], isAdmin = false): Actor {
  return { userId: user.id, displayName: user.username, username: user.username, isAdmin, memberships, activeClubId: memberships[0]?.clubId ?? null };
}

describe("the schema as the tests read it", () => {
  it("finds the tables that hold people's data", () => {
    expect(modelsWithPeople).toEqual(expect.arrayContaining(["User", "Membership", "Certificate", "AuditEvent", "ClubSessionAttendance"]));
    expect(modelsWithPeople).not.toContain("Club");
    expect(userColumns).toEqual(expect.arrayContaining([["Certificate", "userId"], ["Certificate", "issuedById"], ["AuditEvent", "actorId"]]));
  });

  it("asks for the PIN and the tick, in Polish", () => {
    const missing = deletionSchema("pin").safeParse({ secret: "", confirm: "" });
    expect(missing.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["secret", "Wpisz swój PIN: te same 6 cyfr, co przy logowaniu."],
      ["confirm", "Zaznacz pole „Rozumiem, że tego nie da się cofnąć”."],
    ]);
    expect(deletionSchema("pin").safeParse({ secret: "12ab", confirm: "tak" }).error?.issues[0]?.message).toBe("PIN to 6 cyfr.");
    expect(deletionSchema("pin").safeParse({ secret: " 482915 ", confirm: "tak" }).data).toEqual({ secret: "482915", confirm: "tak" });
    expect(exportFileName(new Date("2026-11-26T23:30:00Z"))).toBe("klub-cyfrowy-moje-dane-2026-11-27.json");
  });
});

describe.each(databaseKinds)("a person's data on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let clubId: string;
  let learner: { id: string; username: string };
  let other: { id: string; username: string };
  let educator: { id: string; username: string };
  let manager: { id: string; username: string };
  let admin: { id: string; username: string };
  let certificateCode: string;

  async function count(table: string, column: string, value: string): Promise<number> {
    const [row] = await database.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = '${value}'`);
    return row!.n;
  }

  /** Every row, in every table, that still points at the person. */
  async function remaining(userId: string, username: string) {
    const found: Record<string, number> = {};
    for (const [table, column] of [...userColumns, ["User", "id"], ["AuditEvent", "targetId"], ["StepProgress", "assistedById"]] as const) {
      const n = await count(table, column, userId);
      if (n) found[`${table}.${column}`] = n;
    }
    const [named] = await database.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "details"::text LIKE '%${username}%'`,
    );
    if (named!.n) found["AuditEvent.details"] = named!.n;
    const [buckets] = await database.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "RateLimitBucket" WHERE "key" LIKE '%${username}%'`);
    if (buckets!.n) found["RateLimitBucket.key"] = buckets!.n;
    return found;
  }

  /** Something in every table for `person`: created through Prisma as the app would. */
  async function learnerWithEverything(username: string, pin: string) {
    const person = await db.user.create({
      data: { displayName: `Osoba ${username}`, username, pinHash: await hashSecret(pin), memberships: { create: { clubId, role: "LEARNER" } } },
    });
    const group = await db.group.create({ data: { clubId, name: `Grupa ${username}`, createdById: educator.id, members: { create: { userId: person.id } } } });
    const lessonPath = await db.lessonPath.create({ data: { clubId, title: `Zestaw ${username}`, createdById: educator.id } });
    await db.assignment.create({ data: { clubId, pathId: lessonPath.id, learnerId: person.id, assignedById: educator.id } });
    await db.assignment.create({ data: { clubId, pathId: lessonPath.id, groupId: group.id, assignedById: educator.id } });
    await db.stepProgress.create({ data: { userId: person.id, lessonSlug: "ikp/logowanie-do-ikp", stepId: "s1", assisted: true, assistedById: educator.id } });
    await db.lessonCompletion.create({ data: { userId: person.id, lessonSlug: "ikp/logowanie-do-ikp" } });
    await db.quizAttempt.create({ data: { userId: person.id, lessonSlug: "ikp/logowanie-do-ikp", answers: { q1: "a" }, correctCount: 1, questionCount: 1, passed: true } });
    const device = await db.clubDevice.create({ data: { clubId, name: `Komputer ${username}`, tokenHash: `device-${username}`, createdById: educator.id } });
    await db.learningVisit.create({ data: { userId: person.id, clubDeviceId: device.id, lastLessonSlug: "ikp/logowanie-do-ikp" } });
    await db.deviceSession.create({ data: { userId: person.id, clubDeviceId: device.id, endedAt: new Date(), endReason: "sign-out" } });
    await db.practiceResult.create({ data: { userId: person.id, simulatorSlug: "logowanie-login-gov", lessonSlug: "profil-zaufany/logowanie-login-gov-pl" } });
    await db.coordinatorArea.create({ data: { userId: person.id, terytCode: "20", grantedById: educator.id } });
    await db.clubImport.create({ data: { createdById: person.id, fileName: `kluby-${username}.csv`, rows: 1, created: 1, updated: 0, unchanged: 0 } });
    await db.contentReport.create({ data: { reporterId: person.id, clubId, lessonSlug: "ikp/logowanie-do-ikp", stepId: "s1", contentVersion: "0123456789abcdef", problem: `Inny przycisk ${username}` } });
    const session = await db.clubSession.create({
      data: { clubId, educatorId: educator.id, date: new Date("2026-11-20"), durationMinutes: 90, topics: `Zajęcia ${username}`, attendance: { create: { userId: person.id, neededHelp: true } } },
    });
    const certificate = await db.certificate.create({
      data: {
        clubId,
        year: 2026,
        sequence: (await db.certificate.count()) + 1,
        number: `KC/2026/${username}`,
        verificationCode: `KOD${username.toUpperCase().replace(/\W/g, "")}`,
        userId: person.id,
        recipientName: `Osoba ${username}`,
        kind: "MODULE",
        subjectKey: "ikp",
        subjectTitle: "Internetowe Konto Pacjenta",
        lessonTitles: ["Logowanie do IKP"],
        learningMinutes: 30,
        completedAt: new Date(),
        issuedById: educator.id,
        issuerName: "Edukator",
        issuerRole: "edukator",
      },
    });
    await db.auditEvent.createMany({
      data: [
        { action: "learner.create", actorId: educator.id, clubId, targetType: "user", targetId: person.id },
        { action: "learner.update", actorId: educator.id, clubId, targetType: "User", targetId: person.id },
        { action: "auth.sign-in", actorId: person.id, details: { kind: "learner", ip: "10.1.2.3" } },
        { action: "auth.sign-in-failed", details: { kind: "learner", account: username, reason: "locked", ip: "10.1.2.3" } },
        // Something the person did that is not about them: it stays, without their id.
        { action: "invitation.accept", actorId: person.id, clubId, targetType: "invitation", targetId: "inv-1" },
      ],
    });
    await recordFailure(db, signInKeys(`learner:${username}`, null));
    return { person, certificate, session, device };
  }

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubId = (
      await db.club.create({
        data: { name: "Klub Alfa", kind: "LIBRARY", addressLine: "ul. Szkolna 1", postalCode: "00-001", city: "Alfa", gmina: "Alfa", powiat: "p", voivodeship: "MAZOWIECKIE", joinCode: "ALFA-1" },
      })
    ).id;
    const passwordHash = await hashSecret(PASSWORD);
    educator = await db.user.create({
      data: { displayName: "Edukator", username: "edukator", email: "edukator@example.pl", passwordHash, memberships: { create: { clubId, role: "EDUCATOR" } } },
    });
    manager = await db.user.create({
      data: { displayName: "Kierownik", username: "kierownik", email: "kierownik@example.pl", passwordHash, memberships: { create: { clubId, role: "MANAGER" } } },
    });
    admin = await db.user.create({ data: { displayName: "Admin", username: "admin", email: "admin@example.pl", passwordHash, isAdmin: true } });
    await db.invitation.create({ data: { clubId, role: "EDUCATOR", email: "zaproszona@example.pl", tokenHash: "t1", expiresAt: new Date(Date.now() + 86_400_000), invitedById: manager.id } });
    const made = await learnerWithEverything("zofia.test", PIN);
    learner = made.person;
    certificateCode = made.certificate.verificationCode;
    const second = await learnerWithEverything("jan.inny", PIN);
    other = second.person;
    await db.certificate.update({ where: { id: second.certificate.id }, data: { revokedAt: new Date(), revokedById: manager.id, revokeReason: "pomyłka" } });
  });
  afterAll(() => database.dispose());

  it("exports one key for every table with a relation to User, and the person's rows in it", async () => {
    const exported = await exportPersonalData(db, learner.id);
    expect(Object.keys(exported.tables).sort()).toEqual([...modelsWithPeople].sort());
    const { tables } = exported;
    expect(tables.User).toMatchObject({ id: learner.id, username: "zofia.test", hashesStoredButNotShown: { pinHash: true, passwordHash: false } });
    expect(tables.User).not.toHaveProperty("pinHash");
    expect(tables.Membership).toEqual([expect.objectContaining({ clubId, role: "LEARNER", clubName: "Klub Alfa" })]);
    expect(tables.GroupMember).toEqual([expect.objectContaining({ groupName: "Grupa zofia.test" })]);
    expect(tables.Assignment.received).toEqual([expect.objectContaining({ learnerId: learner.id, pathTitle: "Zestaw zofia.test" })]);
    expect(tables.StepProgress.own).toHaveLength(1);
    expect(tables.LessonCompletion).toHaveLength(1);
    expect(tables.CoordinatorArea.held).toEqual([expect.objectContaining({ terytCode: "20", grantedById: educator.id })]);
    expect(tables.QuizAttempt).toEqual([expect.objectContaining({ answers: { q1: "a" }, passed: true })]);
    expect(tables.LearningVisit).toEqual([expect.objectContaining({ clubDeviceName: "Komputer zofia.test" })]);
    expect(tables.Certificate.held).toEqual([expect.objectContaining({ verificationCode: certificateCode, clubName: "Klub Alfa" })]);
    expect(tables.ClubSessionAttendance).toEqual([expect.objectContaining({ neededHelp: true, sessionTopics: "Zajęcia zofia.test" })]);
    expect(tables.AuditEvent.map((event) => event.action).sort()).toEqual(
      ["auth.sign-in", "auth.sign-in-failed", "invitation.accept", "learner.create", "learner.update"].sort(),
    );

    const json = JSON.stringify(exported);
    const stored = await db.user.findUniqueOrThrow({ where: { id: learner.id } });
    expect(json).not.toContain(stored.pinHash!);
    expect(json).not.toContain("jan.inny");
    expect(json).not.toContain(other.id);
  });

  it("exports what staff created as references, without other people's data", async () => {
    const { tables } = await exportPersonalData(db, educator.id);
    expect(tables.User.hashesStoredButNotShown).toEqual({ passwordHash: true, pinHash: false, loginCardTokenHash: false });
    expect(tables.Group).toHaveLength(2);
    expect(tables.LessonPath).toHaveLength(2);
    expect(tables.ClubSession).toHaveLength(2);
    expect(tables.ClubDevice).toHaveLength(2);
    expect(tables.CoordinatorArea.granted).toEqual([expect.objectContaining({ terytCode: "20" }), expect.objectContaining({ terytCode: "20" })]);
    expect(tables.CoordinatorArea.granted[0]).not.toHaveProperty("userId");
    expect(tables.Certificate.issued).toHaveLength(2);
    expect(tables.Assignment.given).toHaveLength(4);
    expect(tables.StepProgress.stepsAssistedCount).toBe(2);
    const json = JSON.stringify(tables);
    expect(json).not.toContain("Osoba zofia.test");
    const sent = (await exportPersonalData(db, manager.id)).tables.Invitation.sent;
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent)).not.toContain("zaproszona@example.pl");
  });

  it("has test data in every table, so the checks above and below mean something", async () => {
    const exports = await Promise.all([learner, educator, manager].map((person) => exportPersonalData(db, person.id)));
    const size = (value: unknown): number =>
      Array.isArray(value) ? value.length : typeof value === "number" ? value : value && typeof value === "object" ? Object.values(value).reduce<number>((sum, part) => sum + size(part), 0) : 0;
    for (const model of modelsWithPeople.filter((name) => name !== "User")) {
      const key = model as keyof (typeof exports)[number]["tables"];
      const rows = exports.reduce((sum, exported) => sum + size(exported.tables[key]), 0);
      expect([model, rows]).not.toEqual([model, 0]);
    }
    for (const [table, column] of userColumns) {
      const [row] = await database.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" IS NOT NULL`);
      expect([table, column, row!.n]).not.toEqual([table, column, 0]);
    }
  });

  it("counts a wrong PIN like a failed sign-in and deletes nothing", async () => {
    const actor = actorOf(learner, [{ clubId, clubName: "Klub Alfa", role: "LEARNER" }]);
    await expect(deleteOwnAccount(db, actor, { secret: "000000", confirm: "tak" }, "10.9.9.9")).rejects.toBeInstanceOf(WrongSecretError);
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);
    // One failure from the setup, one now: the same bucket the sign-in form fills.
    expect((await db.rateLimitBucket.findUnique({ where: { key: "sign-in:account:learner:zofia.test" } }))?.count).toBe(2);
    expect((await db.rateLimitBucket.findUnique({ where: { key: "sign-in:ip:10.9.9.9" } }))?.count).toBe(1);
  });

  it("refuses even the right PIN while the account is locked", async () => {
    const locked = await db.user.create({ data: { displayName: "Zablokowana", username: "zablokowana", pinHash: await hashSecret(PIN) } });
    for (let i = 0; i < SIGN_IN_LIMIT; i++) await recordFailure(db, signInKeys("learner:zablokowana", null));
    await expect(deleteOwnAccount(db, actorOf(locked, []), { secret: PIN, confirm: "tak" }, null)).rejects.toBeInstanceOf(DeletionLockedError);
    expect(await db.user.count({ where: { id: locked.id } })).toBe(1);
  });

  it("deletes the person with the right PIN and leaves no row pointing at them", async () => {
    const before = await remaining(learner.id, learner.username);
    expect(Object.keys(before).length).toBeGreaterThan(8);
    const otherBefore = await remaining(other.id, other.username);

    const actor = actorOf(learner, [{ clubId, clubName: "Klub Alfa", role: "LEARNER" }]);
    expect(await deleteOwnAccount(db, actor, { secret: PIN, confirm: "tak" }, null)).toEqual({ clubIds: [clubId] });

    expect(await remaining(learner.id, learner.username)).toEqual({});
    // The other learner and the staff keep everything.
    expect(await remaining(other.id, other.username)).toEqual(otherBefore);
    expect(await db.user.count({ where: { id: { in: [educator.id, manager.id] } } })).toBe(2);
    expect(await db.stepProgress.count({ where: { assistedById: educator.id } })).toBe(1);
  });

  it("keeps certificates verifiable by code, without the person's name", async () => {
    const certificate = await db.certificate.findUniqueOrThrow({ where: { verificationCode: certificateCode } });
    expect(certificate).toMatchObject({ userId: null, recipientName: "", number: "KC/2026/zofia.test", subjectTitle: "Internetowe Konto Pacjenta", issuedById: educator.id });
  });

  it("keeps the person's other actions in the log without their id, and records the deletion without personal data", async () => {
    const kept = await db.auditEvent.findFirstOrThrow({ where: { action: "invitation.accept", targetId: "inv-1", clubId, actorId: null } });
    expect(kept.targetType).toBe("invitation");
    const deletions = await db.auditEvent.findMany({ where: { action: "account.delete" } });
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ actorId: null, clubId, targetType: null, targetId: null, details: { clubIds: [clubId] } });
    expect(JSON.stringify(deletions)).not.toMatch(/zofia|Osoba/);
  });

  it("never lets staff or an administrator delete their own account, even with the right password", async () => {
    expect(await deletionBlocker(db, educator.id)).toBe("staff");
    expect(await deletionBlocker(db, manager.id)).toBe("staff");
    expect(await deletionBlocker(db, admin.id)).toBe("admin");
    expect(await deletionBlocker(db, other.id)).toBeNull();

    const educatorActor = actorOf(educator, [{ clubId, clubName: "Klub Alfa", role: "EDUCATOR" }]);
    await expect(deleteOwnAccount(db, educatorActor, { secret: PASSWORD, confirm: "tak" }, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOwnAccount(db, actorOf(admin, [], true), { secret: PASSWORD, confirm: "tak" }, null)).rejects.toBeInstanceOf(NotFoundError);
    // A session read before the manager role was given still does not get through.
    await expect(deleteOwnAccount(db, actorOf(manager, []), { secret: PASSWORD, confirm: "tak" }, null)).rejects.toBeInstanceOf(StaffAccountError);
    await expect(deleteAccount(db, manager.id)).rejects.toBeInstanceOf(StaffAccountError);
    expect(await db.user.count({ where: { id: { in: [educator.id, manager.id, admin.id] } } })).toBe(3);
  });

  it("lets a former staff member without a club role confirm with their password", async () => {
    const former = await db.user.create({ data: { displayName: "Była", username: "byla", email: "byla@example.pl", passwordHash: await hashSecret(PASSWORD) } });
    await expect(deleteOwnAccount(db, actorOf(former, []), { secret: "zle haslo", confirm: "tak" }, null)).rejects.toBeInstanceOf(WrongSecretError);
    expect((await db.rateLimitBucket.findUnique({ where: { key: "sign-in:account:staff:byla@example.pl" } }))?.count).toBe(1);
    await deleteOwnAccount(db, actorOf(former, []), { secret: PASSWORD, confirm: "tak" }, null);
    expect(await remaining(former.id, former.username)).toEqual({});
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "byla@example.pl" } } })).toBe(0);
  });
});
