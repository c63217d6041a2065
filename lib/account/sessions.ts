import type { Actor } from "../access/policy";
import { audit } from "../auth/audit";
import type { Db } from "../db/client";

/** Bumps the session version (every cookie issued before is refused) and ends open club-device sessions. */
export async function signOutEverywhere(db: Db, actor: Actor, now = new Date()): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } }),
    db.deviceSession.updateMany({ where: { userId: actor.userId, endedAt: null }, data: { endedAt: now, endReason: "everywhere" } }),
  ]);
  await audit(db, { action: "auth.sign-out-everywhere", actorId: actor.userId });
}
