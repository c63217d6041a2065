/** @jest-environment node */
import { NotFoundError } from "@/lib/access/guard";
import { BatchAlreadyCreatedError, BatchNamesQuestion, createLearnerBatch, learnerBatchSchema, MAX_BATCH } from "@/lib/access/learner-batch";
import { createLearner, issueLoginCards } from "@/lib/access/learners";
import { selectCardLearners } from "@/lib/access/login-cards";
import type { Actor } from "@/lib/access/policy";
import { SameNameError } from "@/lib/access/same-name";
import { verifySecret } from "@/lib/auth/secrets";
import type { Db } from "@/lib/db/client";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

async function club(db: Db, name: string) {
  return db.club.create({
    data: { name, kind: "LIBRARY", addressLine: "ul. Szkolna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "MAZOWIECKIE", joinCode: `${name.toUpperCase()}-1` },
  });
}

async function staff(db: Db, name: string, clubIds: string[], activeClubId: string): Promise<Actor> {
  const user = await db.user.create({ data: { displayName: name, username: name, memberships: { create: clubIds.map((clubId) => ({ clubId, role: "EDUCATOR" as const })) } } });
  return { userId: user.id, displayName: name, username: name, isAdmin: false, memberships: clubIds.map((clubId) => ({ clubId, clubName: "", role: "EDUCATOR" as const })), activeClubId };
}

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix} Nazwisko${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
const batch = (imiona: string[], klucz: string, extra: { potwierdzam?: string; groupId?: string } = {}) => ({ imiona, klucz, ...extra });

describe("the bulk form's list of names", () => {
  const parse = (imiona: string) => learnerBatchSchema.safeParse({ imiona, klucz: "k".repeat(24) });

  it("takes one name per line, trims them and skips empty lines", () => {
    expect(parse("  Anna   Nowak \r\n\n Jan Kowalski\n").data?.imiona).toEqual(["Anna Nowak", "Jan Kowalski"]);
  });

  it("refuses an empty list, 31 names and a bad line, saying which", () => {
    expect(parse(" \n ").error?.issues[0]?.message).toMatch(/co najmniej jednej osoby/);
    expect(parse(names("Ola", MAX_BATCH + 1).join("\n")).error?.issues[0]?.message).toBe(
      "Na liście jest 31 osób, a za jednym razem możesz dodać najwyżej 30. Podziel listę na części.",
    );
    expect(parse(names("Ola", MAX_BATCH).join("\n")).success).toBe(true);
    expect(parse(`Anna Nowak\nX\n`).error?.issues[0]?.message).toBe("Wiersz 2: wpisz imię i nazwisko.");
    expect(learnerBatchSchema.safeParse({ imiona: "Anna Nowak", klucz: "" }).success).toBe(false);
  });
});

describe.each(databaseKinds)("learners of the same name and bulk creation on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let educator: Actor;
  let other: Actor;
  let clubA: { id: string };
  let clubB: { id: string };

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubA = await club(db, "alfa");
    clubB = await club(db, "beta");
    educator = await staff(db, "edu.a", [clubA.id], clubA.id);
    other = await staff(db, "edu.b", [clubB.id], clubB.id);
  });
  afterAll(() => database.dispose());

  const learnersIn = (clubId: string) => db.user.count({ where: { memberships: { some: { clubId, role: "LEARNER" } } } });

  it("asks before a second „Genowefa Testowa” in the club, and creates her once confirmed", async () => {
    const first = await createLearner(db, educator, clubA.id, { displayName: "Genowefa Testowa", username: "" });
    expect(first.user.username).toBe("genowefa.testowa");
    const asked = await createLearner(db, educator, clubA.id, { displayName: "  genowefa   TESTOWA " .trim(), username: "" }).catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(SameNameError);
    expect([...(asked as SameNameError).existing.values()][0]).toEqual([{ displayName: "Genowefa Testowa", username: "genowefa.testowa" }]);
    expect(await db.user.count({ where: { username: { startsWith: "genowefa.testowa" } } })).toBe(1);
    const second = await createLearner(db, educator, clubA.id, { displayName: "Genowefa Testowa", username: "", potwierdzam: "tak" });
    expect(second.user.username).toBe("genowefa.testowa2");
  });

  it("does not count a namesake in another club", async () => {
    const { user } = await createLearner(db, other, clubB.id, { displayName: "Genowefa Testowa", username: "" });
    expect(user.username).toBe("genowefa.testowa3");
  });

  it("creates 30 accounts at once with PINs stored only hashed, in the group, audited", async () => {
    const group = await db.group.create({ data: { clubId: clubA.id, name: "Środy" } });
    const list = names("Trzydzieści", 30);
    const created = await createLearnerBatch(db, educator, clubA.id, batch(list, "klucz-trzydziestu-osob", { groupId: group.id }));
    expect(created.map((learner) => learner.displayName)).toEqual(list);
    expect(new Set(created.map((learner) => learner.username)).size).toBe(30);
    const stored = await db.user.findMany({ where: { id: { in: created.map((learner) => learner.id) } }, include: { groupMemberships: true, memberships: true } });
    expect(stored).toHaveLength(30);
    const byId = new Map(stored.map((user) => [user.id, user]));
    for (const learner of created.slice(0, 3)) {
      const user = byId.get(learner.id)!;
      expect(learner.pin).toMatch(/^\d{6}$/);
      expect(user.pinHash).not.toContain(learner.pin);
      expect(await verifySecret(user.pinHash!, learner.pin)).toBe(true);
      expect(user.memberships).toMatchObject([{ clubId: clubA.id, role: "LEARNER" }]);
      expect(user.groupMemberships).toMatchObject([{ groupId: group.id }]);
    }
    expect(await db.auditEvent.count({ where: { action: "learner.create-batch", actorId: educator.userId } })).toBe(1);
    // Nothing the server keeps can show the PINs again: the batch record has no PIN in it.
    const record = await db.auditEvent.findFirstOrThrow({ where: { action: "learner.create-batch" } });
    for (const learner of created) expect(JSON.stringify(record.details)).not.toContain(learner.pin);
  });

  it("asks about names on the list twice and names already in the club, creating nobody until confirmed", async () => {
    const before = await learnersIn(clubA.id);
    const asked = await createLearnerBatch(db, educator, clubA.id, batch(["Jan Nowy", "jan nowy", "Genowefa Testowa"], "klucz-pytania-o-imiona")).catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(BatchNamesQuestion);
    expect((asked as BatchNamesQuestion).questions).toEqual([
      "Jan Nowy jest na liście 2 razy. To różne osoby?",
      "Jest już Genowefa Testowa (genowefa.testowa, genowefa.testowa2). To inna osoba?",
    ]);
    expect(await learnersIn(clubA.id)).toBe(before);
    const created = await createLearnerBatch(db, educator, clubA.id, batch(["Jan Nowy", "jan nowy", "Genowefa Testowa"], "klucz-pytania-o-imiona", { potwierdzam: "tak" }));
    expect(created.map((learner) => learner.username)).toEqual(["jan.nowy", "jan.nowy2", "genowefa.testowa4"]);
  });

  it("creates all or none: a name the database refuses halfway leaves no account behind", async () => {
    const before = await learnersIn(clubA.id);
    // NUL passes no form (the schema refuses it) but PostgreSQL refuses it too: the 3rd insert fails.
    await expect(createLearnerBatch(db, educator, clubA.id, batch(["Pierwsza Osoba", "Druga Osoba", "Trzecia\u0000Osoba", "Czwarta Osoba"], "klucz-wszystko-albo-nic"))).rejects.toThrow();
    expect(await learnersIn(clubA.id)).toBe(before);
    expect(await db.user.count({ where: { username: { in: ["pierwsza.osoba", "druga.osoba"] } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "learner.create-batch", details: { path: ["count"], equals: 4 } } })).toBe(0);
  });

  it("creates the accounts once when the same form is posted twice at once (30, not 60)", async () => {
    const before = await learnersIn(clubA.id);
    const list = names("Podwójny", 30);
    const results = await Promise.allSettled([
      createLearnerBatch(db, educator, clubA.id, batch(list, "klucz-wyslany-dwa-razy")),
      createLearnerBatch(db, educator, clubA.id, batch(list, "klucz-wyslany-dwa-razy")),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(BatchAlreadyCreatedError);
    expect(await learnersIn(clubA.id)).toBe(before + 30);
    // Sent once more later (the browser's „resend”): still nothing new, and no PINs.
    await expect(createLearnerBatch(db, educator, clubA.id, batch(list, "klucz-wyslany-dwa-razy", { potwierdzam: "tak" }))).rejects.toBeInstanceOf(BatchAlreadyCreatedError);
    expect(await learnersIn(clubA.id)).toBe(before + 30);
  });

  it("lets an educator add learners only to a club where they work", async () => {
    await expect(createLearnerBatch(db, other, clubA.id, batch(["Obca Osoba"], "klucz-innego-klubu"))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.count({ where: { displayName: "Obca Osoba" } })).toBe(0);
  });

  it("prints cards only for learners of the active club and marks the ones a print would cancel", async () => {
    const [a, b] = await createLearnerBatch(db, educator, clubA.id, batch(["Karta Pierwsza", "Karta Druga"], "klucz-karty-drukowane"));
    const fresh = await selectCardLearners(db, educator, clubA.id, { learnerIds: [a!.id, b!.id] });
    expect(fresh.learners.map((learner) => learner.id)).toEqual([a!.id, b!.id]);
    expect(fresh.reprints).toEqual([]);
    await issueLoginCards(db, educator, [a!.id], "http://localhost:3000");
    const again = await selectCardLearners(db, educator, clubA.id, { learnerIds: [a!.id, b!.id] });
    expect(again.reprints.map((learner) => learner.username)).toEqual(["karta.pierwsza"]);
    // An educator of two clubs prints in the active one only; another club's educator sees nothing.
    const both = await staff(db, "edu.ab", [clubA.id, clubB.id], clubB.id);
    await expect(selectCardLearners(db, both, clubB.id, { learnerIds: [a!.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(selectCardLearners(db, other, clubB.id, { learnerIds: [a!.id, b!.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(selectCardLearners(db, other, clubA.id, { learnerIds: [a!.id] })).rejects.toBeInstanceOf(NotFoundError);
    expect((await selectCardLearners(db, both, clubA.id, { learnerIds: [a!.id] })).learners).toHaveLength(1);
  });
});
