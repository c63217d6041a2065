/** @jest-environment node */
import { NotFoundError } from "@/lib/access/guard";
import { createLearner, getLearner, issueLoginCards, listLearners, readLoginCard, resetPin, setLearnerActive } from "@/lib/access/learners";
import type { Actor } from "@/lib/access/policy";
import { isGuessablePin, staffPasswordSchema, usernameFromName } from "@/lib/auth/credentials";
import { checkLockout, recordFailure, SIGN_IN_LIMIT, SIGN_IN_WINDOW_MS } from "@/lib/auth/rate-limit";
import { registerLearner } from "@/lib/auth/register";
import { hashSecret, verifySecret } from "@/lib/auth/secrets";
import type { Db } from "@/lib/db/client";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

async function club(db: Db, name: string) {
  return db.club.create({
    data: { name, kind: "LIBRARY", addressLine: "ul. Szkolna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "MAZOWIECKIE", joinCode: `${name.toUpperCase()}-1` },
  });
}

async function staff(db: Db, name: string, clubId: string, role: "EDUCATOR" | "MANAGER"): Promise<Actor> {
  const user = await db.user.create({ data: { displayName: name, username: name, memberships: { create: { clubId, role } } } });
  return { userId: user.id, displayName: name, username: name, isAdmin: false, memberships: [{ clubId, clubName: "", role }], activeClubId: clubId };
}

describe("secrets", () => {
  it("hash with argon2id and verify only the right secret", async () => {
    const hash = await hashSecret("246810");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifySecret(hash, "246810")).toBe(true);
    expect(await verifySecret(hash, "246811")).toBe(false);
    expect(await verifySecret("not a hash", "246810")).toBe(false);
  });

  it("refuse short and common staff passwords, accept a long sentence", () => {
    expect(staffPasswordSchema.safeParse("krotkie").success).toBe(false);
    expect(staffPasswordSchema.safeParse("qwerty123456").error?.issues[0]?.message).toMatch(/liście często używanych haseł/);
    expect(staffPasswordSchema.safeParse("Biblioteka w Lipowej ma zielone drzwi").success).toBe(true);
  });

  it("spot guessable PINs and make usernames from Polish names", () => {
    expect(isGuessablePin("111111")).toBe(true);
    expect(isGuessablePin("123456")).toBe(true);
    expect(isGuessablePin("654321")).toBe(true);
    expect(isGuessablePin("246810")).toBe(false);
    expect(usernameFromName("Józef Łęcki-Żółć")).toBe("jozef.lecki.zolc");
  });
});

describe.each(databaseKinds)("accounts on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let educatorA: Actor;
  let educatorB: Actor;
  let clubA: { id: string };

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubA = await club(db, "alfa");
    const clubB = await club(db, "beta");
    educatorA = await staff(db, "edu.a", clubA.id, "EDUCATOR");
    educatorB = await staff(db, "edu.b", clubB.id, "EDUCATOR");
  });
  afterAll(() => database.dispose());

  it("locks an account after 10 failures in 15 minutes, and opens it when the window ends", async () => {
    const keys = ["sign-in:account:learner:zofia", "sign-in:ip:10.0.0.1"];
    const start = new Date("2026-11-26T10:00:00Z");
    for (let i = 0; i < SIGN_IN_LIMIT - 1; i++) await recordFailure(db, keys, start);
    expect((await checkLockout(db, keys, start)).locked).toBe(false);
    await recordFailure(db, keys, start);
    const locked = await checkLockout(db, keys, new Date(start.getTime() + 60_000));
    expect(locked).toEqual({ locked: true, retryAt: new Date(start.getTime() + SIGN_IN_WINDOW_MS) });
    expect((await checkLockout(db, keys, new Date(start.getTime() + SIGN_IN_WINDOW_MS + 1))).locked).toBe(false);
    await recordFailure(db, keys, new Date(start.getTime() + SIGN_IN_WINDOW_MS + 1));
    expect((await db.rateLimitBucket.findUnique({ where: { key: keys[0]! } }))?.count).toBe(1);
  });

  it("lets a club behind one shared address raise the per-address limit", async () => {
    const keys = ["sign-in:ip:10.0.0.9"];
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMIT; i++) await recordFailure(db, keys, now);
    expect((await checkLockout(db, keys, now)).locked).toBe(true);
    process.env.SIGN_IN_IP_LIMIT = "50";
    try {
      expect((await checkLockout(db, keys, now)).locked).toBe(false);
      expect((await checkLockout(db, ["sign-in:account:learner:x", ...keys], now)).locked).toBe(false);
    } finally {
      delete process.env.SIGN_IN_IP_LIMIT;
    }
  });

  it("counts concurrent failures without losing any", async () => {
    const keys = ["sign-in:ip:10.0.0.2"];
    const now = new Date();
    await Promise.all(Array.from({ length: 8 }, () => recordFailure(db, keys, now)));
    expect((await db.rateLimitBucket.findUnique({ where: { key: keys[0]! } }))?.count).toBe(8);
  });

  it("lets an educator create a learner with a one-time PIN that is stored only hashed", async () => {
    const { user, pin } = await createLearner(db, educatorA, clubA.id, { displayName: "Zażółć Gęślą", username: "" });
    expect(user.username).toBe("zazolc.gesla");
    expect(pin).toMatch(/^\d{6}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.pinHash).not.toContain(pin);
    expect(await verifySecret(stored.pinHash!, pin)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "learner.create", targetId: user.id } })).toBe(1);
  });

  it("never shows one club's learners to another club's educator (404, not 403)", async () => {
    const { user } = await createLearner(db, educatorA, clubA.id, { displayName: "Halina Alfa", username: "halina.alfa" });
    expect((await listLearners(db, educatorA, clubA.id)).map((l) => l.id)).toContain(user.id);
    await expect(listLearners(db, educatorB, clubA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLearner(db, educatorB, user.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetPin(db, educatorB, user.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueLoginCards(db, educatorB, [user.id], "http://localhost")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("revokes the old login card when a new one is printed", async () => {
    const { user } = await createLearner(db, educatorA, clubA.id, { displayName: "Karta Test", username: "karta.test" });
    const [first] = await issueLoginCards(db, educatorA, [user.id], "http://localhost:3000");
    const firstToken = new URL(first!.signInUrl).searchParams.get("t")!;
    expect(Buffer.from(firstToken, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(await readLoginCard(db, "karta.test", firstToken)).toEqual({ username: "karta.test", displayName: "Karta Test" });
    const [second] = await issueLoginCards(db, educatorA, [user.id], "http://localhost:3000");
    expect(await readLoginCard(db, "karta.test", firstToken)).toBeNull();
    expect(await readLoginCard(db, "karta.test", new URL(second!.signInUrl).searchParams.get("t")!)).not.toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.loginCardTokenHash).not.toContain(firstToken);
  });

  it("ends sessions when a PIN is reset or an account is deactivated", async () => {
    const { user } = await createLearner(db, educatorA, clubA.id, { displayName: "Sesja Test", username: "sesja.test" });
    await resetPin(db, educatorA, user.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    await setLearnerActive(db, educatorA, user.id, false);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ active: false, sessionVersion: 2, loginCardTokenHash: null });
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: { in: ["learner.reset-pin", "learner.deactivate"] } } })).toBe(2);
  });

  it("lets a learner register at home and join a club with its code", async () => {
    const { user, club: joined } = await registerLearner(db, { displayName: "Jan Domowy", username: "jan.domowy", pin: "482915", pinAgain: "482915", joinCode: "ALFA-1" });
    expect(joined?.id).toBe(clubA.id);
    expect((await listLearners(db, educatorA, clubA.id)).map((l) => l.id)).toContain(user.id);
    await expect(
      registerLearner(db, { displayName: "Jan Drugi", username: "jan.domowy", pin: "482915", pinAgain: "482915" }),
    ).rejects.toThrow(/zajęta/);
  });
});
