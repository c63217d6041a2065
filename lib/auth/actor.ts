import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "../access/policy";
import { getDb } from "../db/client";
import { touchDeviceSession } from "../devices/sessions";
import { authOptions } from "./options";

/** Which club a person who works in several acts for now (the club switcher sets it). */
export const ACTIVE_CLUB_COOKIE = "kc-klub";

/**
 * The signed-in person, read fresh from the database on every request: a deactivated account
 * or one signed out everywhere (older session version) is nobody, whatever the cookie says.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number; ds?: string } | null;
  if (!session?.uid) return null;
  const db = await getDb();
  // A club-device session counts only while open and recent; every page shown is activity.
  if (session.ds && !(await touchDeviceSession(db, session.ds, session.uid))) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    include: { memberships: { include: { club: { select: { id: true, name: true } } } }, coordinatorAreas: { select: { terytCode: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sv ?? 0)) return null;
  const memberships = user.memberships.map((m) => ({ clubId: m.clubId, clubName: m.club.name, role: m.role }));
  const staffClubs = memberships.filter((m) => m.role !== "LEARNER").map((m) => m.clubId);
  const chosen = (await cookies()).get(ACTIVE_CLUB_COOKIE)?.value;
  const activeClubId = chosen && staffClubs.includes(chosen) ? chosen : (staffClubs[0] ?? memberships[0]?.clubId ?? null);
  return {
    userId: user.id,
    displayName: user.displayName,
    username: user.username,
    isAdmin: user.isAdmin,
    isEditor: user.isEditor,
    coordinatorAreas: user.coordinatorAreas.map((area) => area.terytCode),
    memberships,
    activeClubId,
    preferences: user.preferences,
    deviceSessionId: session.ds ?? null,
  };
});
