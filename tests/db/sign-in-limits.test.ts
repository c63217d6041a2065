/** @jest-environment node */
import { SIGN_IN_LIMIT } from "@/lib/auth/rate-limit";
import { attemptSignIn, clientIp, SignInLockedError, type SignInRequest } from "@/lib/auth/sign-in";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { hashSecret, hashToken, verifySecret } from "@/lib/auth/secrets";
import type { Db } from "@/lib/db/client";
import { liftStaffSignInLock, listStaff } from "@/lib/access/clubs";
import { NotFoundError } from "@/lib/access/guard";
import { createLearner, resetPin } from "@/lib/access/learners";
import { testClub, testStaff } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const PIN = "246810";
const CARD = "a".repeat(64);

describe.each(databaseKinds)("sign-in limits on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let pinHash: string;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    pinHash = await hashSecret(PIN);
  });
  afterAll(() => database.dispose());

  async function learner(username: string) {
    return db.user.create({ data: { displayName: username, username, pinHash, loginCardTokenHash: hashToken(`${CARD}${username}`) } });
  }

  /** Sends the attempts all at once and counts how many reached the PIN check. */
  async function race(requests: SignInRequest[]) {
    let checked = 0;
    const verify = (hash: string, secret: string) => {
      checked++;
      return verifySecret(hash, secret);
    };
    const outcomes = await Promise.all(
      requests.map((request) =>
        attemptSignIn(db, request, async () => {
          const user = await db.user.findUnique({ where: { username: request.account } });
          return user && { ...user, hash: user.pinHash };
        }, verify).then(
          (user) => (user ? "signed-in" : "wrong"),
          (error: unknown) => {
            if (!(error instanceof SignInLockedError)) throw error;
            expect(signInErrorMessage(error.message, "learner")).toMatch(/^Było za dużo nieudanych prób\. .*Spróbuj ponownie za \d+ min/);
            return "locked";
          },
        ),
      ),
    );
    return { checked, wrong: outcomes.filter((o) => o === "wrong").length, locked: outcomes.filter((o) => o === "locked").length, outcomes };
  }

  const wrongPin = (account: string, ip: string | null, i: number): SignInRequest => ({ kind: "learner", account, secret: String(100000 + i), ip });

  it("lets at most 10 of 100 concurrent wrong PINs for one account reach the PIN check", async () => {
    await learner("zofia.race");
    const result = await race(Array.from({ length: 100 }, (_, i) => wrongPin("zofia.race", `10.1.0.${i + 1}`, i)));
    expect(result.checked).toBeLessThanOrEqual(SIGN_IN_LIMIT);
    expect(result.wrong).toBe(result.checked);
    expect(result.locked).toBe(100 - result.checked);
    // and the right PIN is now refused as well, without being checked
    const after = await race([{ kind: "learner", account: "zofia.race", secret: PIN, ip: "10.1.1.1" }]);
    expect(after).toMatchObject({ checked: 0, locked: 1 });
  });

  it("lets at most 10 of 100 concurrent wrong PINs from one address reach the check, across 100 accounts", async () => {
    const result = await race(Array.from({ length: 100 }, (_, i) => wrongPin(`nobody.${i}`, "10.2.0.1", i)));
    expect(result.checked).toBeLessThanOrEqual(SIGN_IN_LIMIT);
    expect(result.locked).toBe(100 - result.checked);
  });

  it("does not count a successful sign-in against the address", async () => {
    await learner("jan.ok");
    for (let i = 0; i < 30; i++) {
      expect((await race([{ kind: "learner", account: "jan.ok", secret: PIN, ip: "10.3.0.1" }])).outcomes).toEqual(["signed-in"]);
    }
  });

  it("lets the holder of the login card in while strangers' guesses lock the username", async () => {
    const user = await learner("halina.card");
    await race(Array.from({ length: 30 }, (_, i) => wrongPin("halina.card", `10.4.0.${i + 1}`, i)));
    expect((await race([{ kind: "learner", account: "halina.card", secret: PIN, ip: "10.4.1.1" }])).outcomes).toEqual(["locked"]);
    // a forged card token is no way around the lock
    expect((await race([{ kind: "learner", account: "halina.card", secret: PIN, ip: "10.4.1.2", cardToken: "b".repeat(64) }])).outcomes).toEqual(["locked"]);
    const own = { kind: "learner", account: "halina.card", secret: PIN, ip: "10.4.1.3", cardToken: `${CARD}halina.card` } as const;
    expect((await race([own])).outcomes).toEqual(["signed-in"]);
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeTruthy();
  });

  it("lets the educator lift a lock by giving a new PIN, and says so in the audit log", async () => {
    const club = await testClub(db, "lock");
    const educator = await testStaff(db, "edu.lock", club.id, "EDUCATOR");
    const { user } = await createLearner(db, educator, club.id, { displayName: "Teresa Zamek", username: "" });
    await race(Array.from({ length: 12 }, (_, i) => wrongPin(user.username!, `10.6.0.${i + 1}`, i)));
    const { pin } = await resetPin(db, educator, user.id);
    expect((await race([{ kind: "learner", account: user.username!, secret: pin, ip: "10.6.1.1" }])).outcomes).toEqual(["signed-in"]);
    const entry = await db.auditEvent.findFirst({ where: { action: "learner.reset-pin", targetId: user.id } });
    expect(entry?.details).toEqual({ signInLockLifted: true });
  });

  it("lets the club's manager lift a lock that strangers put on an educator, audited; no one else can", async () => {
    const club = await testClub(db, "staff-lock");
    const other = await testClub(db, "other-lock");
    const manager = await testStaff(db, "Kierownik Zamka", club.id, "MANAGER");
    const colleague = await testStaff(db, "Edukator Obok", club.id, "EDUCATOR");
    const otherManager = await testStaff(db, "Kierownik Obcy", other.id, "MANAGER");
    const email = `ewa.${kind}@biblioteka.example`;
    const educator = await db.user.create({
      data: { displayName: "Ewa Zamek", username: `ewa.zamek.${kind}`, email, passwordHash: pinHash, memberships: { create: { clubId: club.id, role: "EDUCATOR" } } },
    });
    const staffRequest = (secret: string, ip: string): SignInRequest => ({ kind: "staff", account: email, secret, ip });
    const staffRace = (requests: SignInRequest[]) =>
      Promise.all(
        requests.map((request) =>
          attemptSignIn(db, request, async () => {
            const user = await db.user.findUnique({ where: { email: request.account } });
            return user && { ...user, hash: user.passwordHash! };
          }).then(
            (user) => (user ? "signed-in" : "wrong"),
            (error: unknown) => (error instanceof SignInLockedError ? "locked" : Promise.reject(error)),
          ),
        ),
      );

    await staffRace(Array.from({ length: 30 }, (_, i) => staffRequest(`zgadywanie-${i}`, `10.7.0.${i + 1}`)));
    expect(await staffRace([staffRequest(PIN, "10.7.1.1")])).toEqual(["locked"]);
    const listed = (await listStaff(db, manager, club.id)).members.find((member) => member.userId === educator.id);
    expect(listed?.signInLockedUntil).toBeInstanceOf(Date);

    await expect(liftStaffSignInLock(db, colleague, club.id, educator.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(liftStaffSignInLock(db, otherManager, other.id, educator.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(liftStaffSignInLock(db, otherManager, club.id, educator.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await staffRace([staffRequest(PIN, "10.7.1.2")])).toEqual(["locked"]);

    expect(await liftStaffSignInLock(db, manager, club.id, educator.id)).toBe(true);
    expect(await liftStaffSignInLock(db, manager, club.id, educator.id)).toBe(false);
    const entries = await db.auditEvent.findMany({ where: { action: "educator.unlock-sign-in", targetId: educator.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: manager.userId, clubId: club.id });
    expect((await listStaff(db, manager, club.id)).members.find((member) => member.userId === educator.id)?.signInLockedUntil).toBeNull();
    expect(await staffRace([staffRequest(PIN, "10.7.1.3")])).toEqual(["signed-in"]);

    // The bound holds after a lift: the next ten guesses lock the account again.
    const again = await staffRace(Array.from({ length: 40 }, (_, i) => staffRequest(`znowu-${i}`, `10.7.2.${i + 1}`)));
    expect(again.filter((outcome) => outcome === "wrong").length).toBeLessThanOrEqual(SIGN_IN_LIMIT);
  });

  it("still bounds guesses made with a stolen card", async () => {
    await learner("jozef.card");
    const card = `${CARD}jozef.card`;
    const result = await race(Array.from({ length: 50 }, (_, i) => ({ ...wrongPin("jozef.card", `10.5.0.${i + 1}`, i), cardToken: card })));
    expect(result.checked).toBeLessThanOrEqual(SIGN_IN_LIMIT);
    expect(result.locked).toBe(50 - result.checked);
  });
});

describe("the client's address", () => {
  it("is read only from the header our server sets, never from X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
    expect(clientIp({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" })).toBeNull();
    expect(clientIp({ "x-kc-client-ip": "192.0.2.7" })).toBe("192.0.2.7");
    expect(clientIp(new Headers({ "x-kc-client-ip": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientIp({ "x-kc-client-ip": "not an address" })).toBeNull();
  });
});
