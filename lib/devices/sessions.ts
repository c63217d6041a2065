import type { Db } from "../db/client";
import { deviceIdleSeconds } from "./club-device";

// Sessions on club devices, kept in the database: the JWT cookie only names one (claim "ds"), and
// it counts while it is not ended and was active recently. Activity is any page or post the
// person makes, and the page's own "still here" signal while they read (InactivityGuard).

/** The page's timer pings at most once a minute, so the server allows that much on top of the limit. */
const PING_GRACE_SECONDS = 60;

export async function startDeviceSession(db: Db, userId: string, clubDeviceId: string): Promise<string> {
  const session = await db.deviceSession.create({ data: { userId, clubDeviceId } });
  await db.clubDevice.update({ where: { id: clubDeviceId }, data: { lastSeenAt: session.startedAt } });
  return session.id;
}

/**
 * Counts activity in a club-device session if it is still open and recent; ends it if it is
 * past the limit. One statement each way, so two tabs cannot both revive an ended session.
 */
export async function touchDeviceSession(db: Db, sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - (deviceIdleSeconds() + PING_GRACE_SECONDS) * 1000);
  const touched = await db.deviceSession.updateMany({
    where: { id: sessionId, userId, endedAt: null, lastActivityAt: { gt: since }, clubDevice: { revokedAt: null } },
    data: { lastActivityAt: now },
  });
  if (touched.count) return true;
  await db.deviceSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now, endReason: "idle" } });
  return false;
}

export async function endDeviceSession(db: Db, sessionId: string, reason: "sign-out" | "idle", now = new Date()): Promise<void> {
  await db.deviceSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}
