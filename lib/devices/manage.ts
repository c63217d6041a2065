import type { z } from "zod";
import { assertCan, NotFoundError } from "../access/guard";
import type { Actor } from "../access/policy";
import { audit } from "../auth/audit";
import { hashToken, randomToken } from "../auth/secrets";
import type { Db } from "../db/client";
import type { deviceNameSchema } from "./club-device";

/** Marks the actor's club's browser as a club device; returns the cookie value to set. */
export async function markClubDevice(db: Db, actor: Actor, clubId: string, input: z.infer<typeof deviceNameSchema>): Promise<string> {
  assertCan(actor, "device.manage", { kind: "club", clubId });
  const token = randomToken(32);
  const device = await db.clubDevice.create({ data: { clubId, name: input.name, tokenHash: hashToken(token), createdById: actor.userId, lastSeenAt: new Date() } });
  await audit(db, { action: "device.mark", actorId: actor.userId, clubId, targetType: "club-device", targetId: device.id, details: { name: input.name }, viaClubDevice: true });
  return `${device.id}.${token}`;
}

export async function listClubDevices(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "device.manage", { kind: "club", clubId });
  return db.clubDevice.findMany({
    where: { clubId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      createdBy: { select: { displayName: true } },
      _count: { select: { sessions: true } },
    },
  });
}

/** Revoking ends every session still open on the device: it is an ordinary browser from now on. */
export async function revokeClubDevice(db: Db, actor: Actor, deviceId: string) {
  const device = await db.clubDevice.findUnique({ where: { id: deviceId } });
  if (!device) throw new NotFoundError("club device");
  assertCan(actor, "device.manage", { kind: "club", clubId: device.clubId });
  const now = new Date();
  const [revoked] = await db.$transaction([
    db.clubDevice.updateMany({ where: { id: deviceId, revokedAt: null }, data: { revokedAt: now } }),
    db.deviceSession.updateMany({ where: { clubDeviceId: deviceId, endedAt: null }, data: { endedAt: now, endReason: "device-revoked" } }),
  ]);
  if (!revoked.count) return;
  await audit(db, { action: "device.revoke", actorId: actor.userId, clubId: device.clubId, targetType: "club-device", targetId: deviceId, details: { name: device.name } });
}
