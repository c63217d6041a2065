import { assertCan } from "../../access/guard";
import type { Actor } from "../../access/policy";
import { voivodeshipCodes } from "../../areas/teryt";
import type { Db } from "../../db/client";
import type { Voivodeship } from "../../db/generated/enums";

// Clubs of an area with nothing in the last 30 days — no lesson step by any of their learners,
// no session logged — for a coordinator to call. Only the club's own public details: its name,
// place and contact; never when a particular person last learned.

export const IDLE_DAYS = 30;

export type IdleClub = {
  id: string;
  name: string;
  gmina: string;
  city: string;
  contactPhone: string | null;
  contactEmail: string | null;
  lastSession: Date | null;
};

export async function idleClubs(db: Db, actor: Actor, code: string, now = new Date()): Promise<IdleClub[]> {
  assertCan(actor, "club.contacts", { kind: "area", code });
  const since = new Date(now.getTime() - IDLE_DAYS * 86_400_000);
  const voivodeshipsOfCode = (Object.entries(voivodeshipCodes) as [Voivodeship, string][]).filter(([, two]) => two.startsWith(code.slice(0, 2))).map(([name]) => name);
  const clubs = await db.club.findMany({
    where: {
      // A club without a gmina code belongs to its voivodeship's report and the country's only.
      OR: [{ terytCode: { startsWith: code } }, ...(code.length <= 2 ? [{ terytCode: null, voivodeship: { in: voivodeshipsOfCode } }] : [])],
      NOT: {
        OR: [
          { sessions: { some: { date: { gte: since } } } },
          { memberships: { some: { role: "LEARNER", user: { stepProgress: { some: { completedAt: { gte: since } } } } } } },
        ],
      },
    },
    select: {
      id: true,
      name: true,
      gmina: true,
      city: true,
      contactPhone: true,
      contactEmail: true,
      sessions: { select: { date: true }, orderBy: { date: "desc" }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  return clubs.map(({ sessions, ...club }) => ({ ...club, lastSession: sessions[0]?.date ?? null }));
}
