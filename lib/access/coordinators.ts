import { z } from "zod";
import { areaCodeSchema, voivodeshipByCode } from "../areas/teryt";
import { audit } from "../auth/audit";
import type { Db } from "../db/client";
import { voivodeships } from "./clubs";
import { assertCan } from "./guard";
import type { Actor } from "./policy";

// Regional coordinators: a staff account given one or more areas (voivodeship, powiat, gmina by
// TERYT code) by an administrator, audited both ways, like the editor role.

export const coordinatorGrantSchema = z.object({
  email: z.string().trim().toLowerCase().email("Wpisz adres e-mail, na przykład anna.nowak@biblioteka.pl."),
  area: areaCodeSchema,
});

export const coordinatorAreaIdSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) });

export class NoCoordinatorAccountError extends Error {
  override name = "NoCoordinatorAccountError";
}

/** What an area code means to a person: "województwo podlaskie", "powiat 2002", "gmina 2002113". */
export async function describeArea(db: Db, code: string): Promise<string> {
  if (code === "") return "cała Polska";
  const voivodeship = voivodeshipByCode.get(code.slice(0, 2));
  const region = voivodeship ? `województwo ${voivodeships[voivodeship]}` : `kod ${code}`;
  if (code.length === 2) return region;
  // The names come from the clubs that carry the code; an area without a club yet shows its code.
  const club = await db.club.findFirst({ where: { terytCode: { startsWith: code } }, select: { powiat: true, gmina: true } });
  if (code.length === 4) return club ? `powiat ${club.powiat} (${region})` : `powiat o kodzie ${code} (${region})`;
  return club ? `gmina ${club.gmina} (${region})` : `gmina o kodzie ${code} (${region})`;
}

export async function listCoordinators(db: Db, actor: Actor) {
  assertCan(actor, "coordinator.manage", { kind: "global" });
  const areas = await db.coordinatorArea.findMany({
    include: { user: { select: { id: true, displayName: true, email: true } } },
    orderBy: [{ user: { displayName: "asc" } }, { terytCode: "asc" }],
  });
  return Promise.all(areas.map(async (area) => ({ ...area, areaName: await describeArea(db, area.terytCode) })));
}

/** Only a staff account (e-mail and password) can coordinate; the same area twice changes nothing. */
export async function grantCoordinator(db: Db, actor: Actor, input: z.infer<typeof coordinatorGrantSchema>) {
  assertCan(actor, "coordinator.manage", { kind: "global" });
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, displayName: true, passwordHash: true, active: true } });
  if (!user || !user.passwordHash || !user.active) throw new NoCoordinatorAccountError(input.email);
  const existing = await db.coordinatorArea.findUnique({ where: { userId_terytCode: { userId: user.id, terytCode: input.area } } });
  if (!existing) {
    const area = await db.coordinatorArea.create({ data: { userId: user.id, terytCode: input.area, grantedById: actor.userId } });
    await audit(db, { action: "coordinator.grant", actorId: actor.userId, targetType: "user", targetId: user.id, details: { area: input.area, areaId: area.id } });
  }
  return { name: user.displayName, areaName: await describeArea(db, input.area) };
}

export async function revokeCoordinator(db: Db, actor: Actor, areaId: string) {
  assertCan(actor, "coordinator.manage", { kind: "global" });
  const area = await db.coordinatorArea.findUnique({ where: { id: areaId } });
  if (!area) return false;
  await db.coordinatorArea.delete({ where: { id: areaId } });
  await audit(db, { action: "coordinator.revoke", actorId: actor.userId, targetType: "user", targetId: area.userId, details: { area: area.terytCode } });
  return true;
}
