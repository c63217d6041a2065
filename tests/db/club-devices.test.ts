/** @jest-environment node */
import { createHash } from "node:crypto";
import { signOutEverywhere } from "@/lib/account/sessions";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { findClubDevice, parseDeviceCookie } from "@/lib/devices/club-device";
import { listClubDevices, markClubDevice, revokeClubDevice } from "@/lib/devices/manage";
import { endDeviceSession, startDeviceSession, touchDeviceSession } from "@/lib/devices/sessions";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const unique = () => Math.random().toString(36).slice(2, 10);

async function club(db: Db, name: string) {
  return db.club.create({
    data: { name, kind: "LIBRARY", addressLine: "ul. Szkolna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "MAZOWIECKIE", joinCode: `${name.toUpperCase()}-${unique()}` },
  });
}

async function member(db: Db, clubId: string, role: "LEARNER" | "EDUCATOR" | "MANAGER"): Promise<Actor> {
  const username = `${role.toLowerCase()}.${unique()}`;
  const user = await db.user.create({ data: { displayName: username, username, memberships: { create: { clubId, role } } } });
  return { userId: user.id, displayName: username, username, isAdmin: false, memberships: [{ clubId, clubName: "", role }], activeClubId: clubId };
}

/** Replaces the character at `index` with a different one of the same alphabet. */
function tamper(text: string, index: number): string {
  const swapped = text[index] === "A" ? "B" : "A";
  return text.slice(0, index) + swapped + text.slice(index + 1);
}

describe.each(databaseKinds)("club devices on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let clubA: { id: string; name: string };
  let educatorA: Actor;
  let managerA: Actor;
  let learnerA: Actor;
  let educatorB: Actor;
  let managerB: Actor;
  const savedIdle = process.env.CLUB_DEVICE_IDLE_SECONDS;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubA = await club(db, "alfa");
    const clubB = await club(db, "beta");
    educatorA = await member(db, clubA.id, "EDUCATOR");
    managerA = await member(db, clubA.id, "MANAGER");
    learnerA = await member(db, clubA.id, "LEARNER");
    educatorB = await member(db, clubB.id, "EDUCATOR");
    managerB = await member(db, clubB.id, "MANAGER");
  });
  afterAll(() => database.dispose());

  afterEach(() => {
    if (savedIdle === undefined) delete process.env.CLUB_DEVICE_IDLE_SECONDS;
    else process.env.CLUB_DEVICE_IDLE_SECONDS = savedIdle;
  });

  const mark = async (name = `Komputer ${unique()}`) => {
    const cookie = await markClubDevice(db, educatorA, clubA.id, { name });
    return { cookie, id: parseDeviceCookie(cookie)!.id };
  };
  const deviceSession = (sessionId: string) => db.deviceSession.findUniqueOrThrow({ where: { id: sessionId } });

  describe("marking and finding", () => {
    it("gives a cookie value that finds the device again", async () => {
      const cookie = await markClubDevice(db, educatorA, clubA.id, { name: "Komputer przy oknie" });
      const parsed = parseDeviceCookie(cookie);
      expect(parsed).not.toBeNull();
      const found = await findClubDevice(db, cookie);
      expect(found).toEqual({ id: parsed!.id, clubId: clubA.id, name: "Komputer przy oknie", clubName: clubA.name });
      const row = await db.clubDevice.findUniqueOrThrow({ where: { id: parsed!.id } });
      expect(row).toMatchObject({ clubId: clubA.id, createdById: educatorA.userId, revokedAt: null });
      expect(row.lastSeenAt).toBeInstanceOf(Date);
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "device.mark", targetId: parsed!.id } });
      expect(event).toMatchObject({ actorId: educatorA.userId, clubId: clubA.id, targetType: "club-device", viaClubDevice: true, details: { name: "Komputer przy oknie" } });
    });

    it("lets a manager mark a device too", async () => {
      const cookie = await markClubDevice(db, managerA, clubA.id, { name: "Tablet 2" });
      expect((await findClubDevice(db, cookie))?.clubId).toBe(clubA.id);
    });

    it("stores only the SHA-256 of the token, never the token itself", async () => {
      const { cookie, id } = await mark();
      const { token } = parseDeviceCookie(cookie)!;
      const row = await db.clubDevice.findUniqueOrThrow({ where: { id } });
      expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(JSON.stringify(row)).not.toContain(token);
      const [raw] = await database.rows<Record<string, unknown>>(`SELECT * FROM "ClubDevice" WHERE id = '${id}'`);
      expect(raw).toBeDefined();
      expect(JSON.stringify(raw)).not.toContain(token);
      const events = await db.auditEvent.findMany({ where: { targetId: id } });
      expect(events.length).toBeGreaterThan(0);
      expect(JSON.stringify(events)).not.toContain(token);
    });

    it("gives every device its own token", async () => {
      const first = parseDeviceCookie((await mark("Ten sam")).cookie)!;
      const second = parseDeviceCookie((await mark("Ten sam")).cookie)!;
      expect(first.id).not.toBe(second.id);
      expect(first.token).not.toBe(second.token);
      // One device's id with another's token is no device.
      expect(await findClubDevice(db, `${first.id}.${second.token}`)).toBeNull();
      expect(await findClubDevice(db, `${second.id}.${second.token}`)).not.toBeNull();
    });

    it("finds nothing for a tampered token, an unknown id, junk or no cookie", async () => {
      const { cookie, id } = await mark();
      const { token } = parseDeviceCookie(cookie)!;
      expect(await findClubDevice(db, `${id}.${tamper(token, 0)}`)).toBeNull();
      expect(await findClubDevice(db, `${id}.${tamper(token, token.length - 1)}`)).toBeNull();
      expect(await findClubDevice(db, `${id}.${token.slice(0, -1)}`)).toBeNull();
      const unknownId = `${id.slice(0, -4)}${id.endsWith("zzzz") ? "aaaa" : "zzzz"}`;
      expect(parseDeviceCookie(`${unknownId}.${token}`)).not.toBeNull();
      expect(await findClubDevice(db, `${unknownId}.${token}`)).toBeNull();
      expect(await findClubDevice(db, "junk")).toBeNull();
      expect(await findClubDevice(db, undefined)).toBeNull();
      // The real cookie still works: only the changes were refused.
      expect(await findClubDevice(db, cookie)).not.toBeNull();
    });

    it("finds nothing once the device is revoked", async () => {
      const { cookie, id } = await mark();
      expect(await findClubDevice(db, cookie)).not.toBeNull();
      await revokeClubDevice(db, educatorA, id);
      expect(await findClubDevice(db, cookie)).toBeNull();
    });
  });

  describe("who may manage devices", () => {
    it.each([
      ["an educator of another club", () => educatorB],
      ["a manager of another club", () => managerB],
      ["a learner of the club", () => learnerA],
    ])("%s gets NotFoundError for mark, list and revoke", async (_who, who) => {
      const outsider = who();
      const { cookie, id } = await mark();
      const before = await db.clubDevice.count();
      await expect(markClubDevice(db, outsider, clubA.id, { name: "Obcy komputer" })).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.clubDevice.count()).toBe(before);
      await expect(listClubDevices(db, outsider, clubA.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokeClubDevice(db, outsider, id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await db.clubDevice.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
      expect(await findClubDevice(db, cookie)).not.toBeNull();
      expect(await db.auditEvent.count({ where: { targetId: id, action: "device.revoke" } })).toBe(0);
    });

    it("an unknown device is NotFoundError for staff too", async () => {
      await expect(revokeClubDevice(db, educatorA, "nosuchdevice0000000000000")).rejects.toBeInstanceOf(NotFoundError);
    });

    it("lists the club's devices, revoked last, without their token hashes", async () => {
      const kept = await mark("Zostaje");
      const gone = await mark("Odwołany");
      await revokeClubDevice(db, managerA, gone.id);
      const devices = await listClubDevices(db, educatorA, clubA.id);
      const ids = devices.map((device) => device.id);
      expect(ids).toEqual(expect.arrayContaining([kept.id, gone.id]));
      const firstRevoked = devices.findIndex((device) => device.revokedAt);
      expect(devices.slice(firstRevoked).every((device) => device.revokedAt)).toBe(true);
      expect(ids.indexOf(kept.id)).toBeLessThan(ids.indexOf(gone.id));
      expect(devices.find((device) => device.id === kept.id)).toMatchObject({ name: "Zostaje", createdBy: { displayName: educatorA.displayName } });
      expect(devices.every((device) => !("tokenHash" in device))).toBe(true);
      // Another club's staff see their own (empty) list, never club A's.
      expect(await listClubDevices(db, educatorB, educatorB.activeClubId!)).toEqual([]);
    });
  });

  describe("revoking", () => {
    it("ends the sessions still open on the device and writes device.revoke", async () => {
      const device = await mark();
      const other = await mark();
      const first = await startDeviceSession(db, learnerA.userId, device.id);
      const second = await startDeviceSession(db, educatorA.userId, device.id);
      const signedOut = await startDeviceSession(db, learnerA.userId, device.id);
      await endDeviceSession(db, signedOut, "sign-out");
      const elsewhere = await startDeviceSession(db, learnerA.userId, other.id);

      await revokeClubDevice(db, managerA, device.id);

      const row = await db.clubDevice.findUniqueOrThrow({ where: { id: device.id } });
      expect(row.revokedAt).toBeInstanceOf(Date);
      for (const id of [first, second]) {
        expect(await deviceSession(id)).toMatchObject({ endedAt: row.revokedAt, endReason: "device-revoked" });
        expect(await touchDeviceSession(db, id, (await deviceSession(id)).userId)).toBe(false);
        expect((await deviceSession(id)).endReason).toBe("device-revoked");
      }
      expect((await deviceSession(signedOut)).endReason).toBe("sign-out");
      expect(await deviceSession(elsewhere)).toMatchObject({ endedAt: null, endReason: null });
      expect(await touchDeviceSession(db, elsewhere, learnerA.userId)).toBe(true);

      const events = await db.auditEvent.findMany({ where: { action: "device.revoke", targetId: device.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: managerA.userId, clubId: clubA.id, targetType: "club-device", details: { name: row.name } });
      expect(await db.auditEvent.count({ where: { action: "device.revoke", targetId: other.id } })).toBe(0);
    });

    it("keeps the first revocation time when revoked twice", async () => {
      const device = await mark();
      await revokeClubDevice(db, educatorA, device.id);
      const first = (await db.clubDevice.findUniqueOrThrow({ where: { id: device.id } })).revokedAt;
      await new Promise((resolve) => setTimeout(resolve, 5));
      await revokeClubDevice(db, educatorA, device.id);
      expect((await db.clubDevice.findUniqueOrThrow({ where: { id: device.id } })).revokedAt).toEqual(first);
    });
  });

  describe("sessions on a device", () => {
    const idle = 120;
    let device: { cookie: string; id: string };

    beforeEach(async () => {
      process.env.CLUB_DEVICE_IDLE_SECONDS = String(idle);
      device = await mark();
    });

    /** A new session and the moment its last activity was recorded (by the database's clock). */
    const start = async (userId = learnerA.userId) => {
      const id = await startDeviceSession(db, userId, device.id);
      return { id, at: (await deviceSession(id)).lastActivityAt };
    };
    const after = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

    it("starts an open session and marks the device as seen", async () => {
      const { id } = await start();
      const row = await deviceSession(id);
      expect(row).toMatchObject({ userId: learnerA.userId, clubDeviceId: device.id, endedAt: null, endReason: null });
      expect((await db.clubDevice.findUniqueOrThrow({ where: { id: device.id } })).lastSeenAt).toEqual(row.startedAt);
    });

    it("counts recent activity and moves lastActivityAt", async () => {
      const { id, at } = await start();
      const now = after(at, 30);
      expect(await touchDeviceSession(db, id, learnerA.userId, now)).toBe(true);
      expect(await deviceSession(id)).toMatchObject({ lastActivityAt: now, endedAt: null, endReason: null });
      // Each touch starts the idle time again: 100 s later, then 100 s after that, is still open.
      expect(await touchDeviceSession(db, id, learnerA.userId, after(now, 100))).toBe(true);
      expect(await touchDeviceSession(db, id, learnerA.userId, after(now, 200))).toBe(true);
      expect((await deviceSession(id)).lastActivityAt).toEqual(after(now, 200));
    });

    it("allows a minute on top of the idle limit for the page's ping", async () => {
      const { id, at } = await start();
      expect(await touchDeviceSession(db, id, learnerA.userId, after(at, idle + 59))).toBe(true);
      expect((await deviceSession(id)).endedAt).toBeNull();
    });

    it("ends the session as idle when the last activity is older than the limit and the grace", async () => {
      const { id, at } = await start();
      const now = after(at, idle + 61);
      expect(await touchDeviceSession(db, id, learnerA.userId, now)).toBe(false);
      expect(await deviceSession(id)).toMatchObject({ endedAt: now, endReason: "idle", lastActivityAt: at });
      // And it stays ended: a later touch does not revive it nor change when or why it ended.
      expect(await touchDeviceSession(db, id, learnerA.userId, after(at, 1))).toBe(false);
      expect(await deviceSession(id)).toMatchObject({ endedAt: now, endReason: "idle", lastActivityAt: at });
    });

    it("uses the configured limit, not the 15-minute default", async () => {
      const { id, at } = await start();
      // 10 minutes is within the default limit but far past 120 s.
      expect(await touchDeviceSession(db, id, learnerA.userId, after(at, 600))).toBe(false);
      delete process.env.CLUB_DEVICE_IDLE_SECONDS;
      const other = await start();
      expect(await touchDeviceSession(db, other.id, learnerA.userId, after(other.at, 600))).toBe(true);
      expect(await touchDeviceSession(db, other.id, learnerA.userId, after(other.at, 600 + 900 + 61))).toBe(false);
    });

    it("refuses a session ended with Zakończ i wyloguj, and keeps the reason sign-out", async () => {
      const { id, at } = await start();
      const ended = after(at, 10);
      await endDeviceSession(db, id, "sign-out", ended);
      expect(await deviceSession(id)).toMatchObject({ endedAt: ended, endReason: "sign-out" });
      expect(await touchDeviceSession(db, id, learnerA.userId, after(at, 20))).toBe(false);
      expect(await touchDeviceSession(db, id, learnerA.userId, after(at, idle + 600))).toBe(false);
      await endDeviceSession(db, id, "idle", after(at, 30));
      expect(await deviceSession(id)).toMatchObject({ endedAt: ended, endReason: "sign-out", lastActivityAt: at });
    });

    it("ends a session with the reason it is given", async () => {
      const { id, at } = await start();
      await endDeviceSession(db, id, "idle", after(at, 10));
      expect(await deviceSession(id)).toMatchObject({ endedAt: after(at, 10), endReason: "idle" });
    });

    it("refuses a session on a revoked device even if revoking missed it", async () => {
      // A sign-in that raced the revocation: its session was written after the device was revoked.
      const { id, at } = await start();
      await db.clubDevice.update({ where: { id: device.id }, data: { revokedAt: new Date() } });
      expect(await touchDeviceSession(db, id, learnerA.userId, after(at, 5))).toBe(false);
      expect((await deviceSession(id)).endedAt).toEqual(after(at, 5));
      expect((await deviceSession(id)).lastActivityAt).toEqual(at);
    });

    it("refuses another person's session and does not count it as their activity", async () => {
      const { id, at } = await start(learnerA.userId);
      expect(await touchDeviceSession(db, id, educatorA.userId, after(at, 30))).toBe(false);
      expect((await deviceSession(id)).lastActivityAt).toEqual(at);
      expect(await touchDeviceSession(db, id, "nobody", after(at, 30))).toBe(false);
      expect(await touchDeviceSession(db, "no-such-session", learnerA.userId, after(at, 30))).toBe(false);
    });

    it("never revives an ended session, however many touches arrive at once", async () => {
      const { id, at } = await start();
      await endDeviceSession(db, id, "sign-out", after(at, 5));
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => touchDeviceSession(db, id, learnerA.userId, after(at, 10 + i))));
      expect(results.every((result) => result === false)).toBe(true);
      expect(await deviceSession(id)).toMatchObject({ endedAt: after(at, 5), endReason: "sign-out", lastActivityAt: at });
    });

    it("ends an idle session once when many tabs touch it at once, and none of them revives it", async () => {
      const { id, at } = await start();
      const late = Array.from({ length: 10 }, (_, i) => touchDeviceSession(db, id, learnerA.userId, after(at, idle + 61 + i)));
      expect((await Promise.all(late)).some(Boolean)).toBe(false);
      const row = await deviceSession(id);
      expect(row.endReason).toBe("idle");
      expect(row.endedAt).not.toBeNull();
      expect(row.lastActivityAt).toEqual(at);
      const recent = Array.from({ length: 10 }, (_, i) => touchDeviceSession(db, id, learnerA.userId, after(at, 1 + i)));
      expect((await Promise.all(recent)).some(Boolean)).toBe(false);
      expect(await deviceSession(id)).toEqual(row);
    });
  });

  describe("signing out everywhere", () => {
    it("bumps the session version, ends the person's open device sessions and writes the audit event", async () => {
      const device = await mark();
      const other = await mark();
      const person = await member(db, clubA.id, "LEARNER");
      const neighbour = await member(db, clubA.id, "LEARNER");
      const open = [await startDeviceSession(db, person.userId, device.id), await startDeviceSession(db, person.userId, other.id)];
      const signedOut = await startDeviceSession(db, person.userId, device.id);
      const signedOutAt = new Date(Date.now() - 60_000);
      await endDeviceSession(db, signedOut, "sign-out", signedOutAt);
      const theirs = await startDeviceSession(db, neighbour.userId, device.id);
      const now = new Date(Date.now() + 1_000);

      await signOutEverywhere(db, person, now);

      expect((await db.user.findUniqueOrThrow({ where: { id: person.userId } })).sessionVersion).toBe(1);
      expect((await db.user.findUniqueOrThrow({ where: { id: neighbour.userId } })).sessionVersion).toBe(0);
      for (const id of open) {
        expect(await deviceSession(id)).toMatchObject({ endedAt: now, endReason: "everywhere" });
        expect(await touchDeviceSession(db, id, person.userId)).toBe(false);
        expect((await deviceSession(id)).endReason).toBe("everywhere");
      }
      expect(await deviceSession(signedOut)).toMatchObject({ endedAt: signedOutAt, endReason: "sign-out" });
      expect(await deviceSession(theirs)).toMatchObject({ endedAt: null, endReason: null });
      expect(await touchDeviceSession(db, theirs, neighbour.userId)).toBe(true);

      const events = await db.auditEvent.findMany({ where: { action: "auth.sign-out-everywhere", actorId: person.userId } });
      expect(events).toHaveLength(1);
      expect(events[0]!.viaClubDevice).toBe(false);
      expect(await db.auditEvent.count({ where: { action: "auth.sign-out-everywhere", actorId: neighbour.userId } })).toBe(0);

      await signOutEverywhere(db, person);
      expect((await db.user.findUniqueOrThrow({ where: { id: person.userId } })).sessionVersion).toBe(2);
      expect(await db.auditEvent.count({ where: { action: "auth.sign-out-everywhere", actorId: person.userId } })).toBe(2);
    });
  });
});
