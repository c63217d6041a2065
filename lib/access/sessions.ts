import { z } from "zod";
import { audit } from "../auth/audit";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isoDaySchema } from "../forms";
import { csvDate } from "../reports/csv";
import { assertCan, NotFoundError } from "./guard";
import { readableLearners } from "./learners";
import { can, type Actor } from "./policy";

// The assisted-learning log ("Dziennik zajęć"): club sessions with who attended and who needed
// help. An educator sees and changes the sessions they logged; the club's manager every one.

const ID = z.string().max(40);

export const sessionFormSchema = z.object({
  data: isoDaySchema("Wpisz datę zajęć jako rok-miesiąc-dzień, np. 2026-05-12.").refine(
    (day) => day <= csvDate(new Date()),
    "Ta data jeszcze nie nadeszła. Zapisz zajęcia w dniu, w którym się odbyły.",
  ),
  czas: z
    .string()
    .trim()
    .min(1, "Wpisz, ile minut trwały zajęcia, np. 90.")
    .pipe(
      z.coerce
        .number<string>({ error: "Wpisz czas w minutach samymi cyframi, np. 90." })
        .int("Wpisz pełne minuty, np. 90.")
        .min(15, "Zajęcia trwają co najmniej 15 minut. Wpisz liczbę od 15 do 600.")
        .max(600, "Wpisz najwyżej 600 minut (10 godzin). Dłuższe zajęcia zapisz jako dwa dni."),
    ),
  tematy: z.string().trim().min(1, "Wpisz tematy zajęć, np. „Rozmowa wideo z rodziną”.").max(500, "Tematy mogą mieć najwyżej 500 znaków. Skróć je albo dopisz resztę w uwagach."),
  uwagi: z.string().trim().max(2000, "Uwagi mogą mieć najwyżej 2000 znaków.").optional().default(""),
  uczestnicy: z.array(ID).max(500).default([]),
  pomoc: z.array(ID).max(500).default([]),
});
export type SessionInput = z.infer<typeof sessionFormSchema>;

export const sessionFilterSchema = z.object({
  miesiac: z.union([z.literal(""), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]).optional().default(""),
  prowadzacy: z.string().max(40).optional().default(""),
});
export type SessionFilter = z.infer<typeof sessionFilterSchema>;

export class NoAttendeesError extends Error {
  override name = "NoAttendeesError";
}

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** The sessions the actor may see in the club: their own, or every one for the club's manager. */
function readableSessions(actor: Actor, clubId: string): Prisma.ClubSessionWhereInput {
  assertCan(actor, "session.log", { kind: "club", clubId });
  return can(actor, "session.list-all", { kind: "club", clubId }) ? { clubId } : { clubId, educatorId: actor.userId };
}

const sessionInclude = {
  educator: { select: { id: true, displayName: true } },
  attendance: { include: { user: { select: { id: true, displayName: true, username: true } } }, orderBy: [{ user: { displayName: "asc" } }, { user: { username: "asc" } }] },
} satisfies Prisma.ClubSessionInclude;

/** The list for the filter, newest first; the page and the CSV both print exactly these rows. */
export async function listSessions(db: Db, actor: Actor, clubId: string, filter: SessionFilter) {
  const where: Prisma.ClubSessionWhereInput = { ...readableSessions(actor, clubId) };
  if (filter.miesiac) {
    const [year, month] = filter.miesiac.split("-").map(Number) as [number, number];
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
    where.date = { gte: day(`${filter.miesiac}-01`), lt: day(`${next}-01`) };
  }
  // Only the manager chooses whose sessions; an educator's list is always their own.
  if (filter.prowadzacy && can(actor, "session.list-all", { kind: "club", clubId })) where.educatorId = filter.prowadzacy;
  return db.clubSession.findMany({ where, include: sessionInclude, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
}

/** Months ("YYYY-MM", newest first) in which the actor's visible sessions took place, for the filter. */
export async function sessionMonths(db: Db, actor: Actor, clubId: string): Promise<string[]> {
  const rows = await db.clubSession.findMany({ where: readableSessions(actor, clubId), select: { date: true }, orderBy: { date: "desc" } });
  return [...new Set(rows.map((row) => row.date.toISOString().slice(0, 7)))];
}

/** The club's educators and manager, for the manager's "who led it" filter; empty for an educator. */
export async function sessionLeaders(db: Db, actor: Actor, clubId: string) {
  if (!can(actor, "session.list-all", { kind: "club", clubId })) return [];
  return db.user.findMany({
    where: { memberships: { some: { clubId, role: { in: ["EDUCATOR", "MANAGER"] } } } },
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
}

/** One session with its attendance, or NotFoundError when the actor may not change it. */
export async function getSession(db: Db, actor: Actor, sessionId: string) {
  const session = await db.clubSession.findUnique({ where: { id: sessionId }, include: sessionInclude });
  if (!session) throw new NotFoundError("session");
  assertCan(actor, "session.edit", { kind: "club-session", clubId: session.clubId, educatorId: session.educatorId });
  return session;
}

/** The club's active learners to tick (optionally one group's), plus anyone already on the session. */
export async function sessionLearners(db: Db, actor: Actor, clubId: string, groupId = "", alsoIds: string[] = []) {
  assertCan(actor, "session.log", { kind: "club", clubId });
  const shown: Prisma.UserWhereInput = { active: true, ...(groupId ? { groupMemberships: { some: { groupId, group: { clubId } } } } : {}) };
  return db.user.findMany({
    where: { ...readableLearners(actor, clubId), OR: [shown, { id: { in: alsoIds } }] },
    select: { id: true, displayName: true, username: true },
    orderBy: { displayName: "asc" },
  });
}

/** Attendance rows for the club's learners only; anyone who needed help was there, too. */
async function attendanceRows(db: Db | Prisma.TransactionClient, actor: Actor, clubId: string, input: SessionInput) {
  const wanted = [...new Set([...input.uczestnicy, ...input.pomoc])];
  const learners = await db.user.findMany({ where: { id: { in: wanted }, ...readableLearners(actor, clubId) }, select: { id: true } });
  if (!learners.length) throw new NoAttendeesError();
  const helped = new Set(input.pomoc);
  return learners.map((learner) => ({ userId: learner.id, neededHelp: helped.has(learner.id) }));
}

const fields = (input: SessionInput) => ({ date: day(input.data), durationMinutes: input.czas, topics: input.tematy, notes: input.uwagi || null });

export async function createSession(db: Db, actor: Actor, clubId: string, input: SessionInput) {
  assertCan(actor, "session.log", { kind: "club", clubId });
  const attendance = await attendanceRows(db, actor, clubId, input);
  return db.$transaction(async (tx) => {
    const session = await tx.clubSession.create({ data: { clubId, educatorId: actor.userId, ...fields(input), attendance: { create: attendance } } });
    await audit(tx, { action: "session.create", actorId: actor.userId, clubId, targetType: "club-session", targetId: session.id, details: { date: input.data, attendees: attendance.length } });
    return session;
  });
}

export async function updateSession(db: Db, actor: Actor, sessionId: string, input: SessionInput) {
  const session = await getSession(db, actor, sessionId);
  const attendance = await attendanceRows(db, actor, session.clubId, input);
  await db.$transaction(async (tx) => {
    await tx.clubSessionAttendance.deleteMany({ where: { sessionId } });
    await tx.clubSession.update({ where: { id: sessionId }, data: { ...fields(input), attendance: { create: attendance } } });
    await audit(tx, { action: "session.update", actorId: actor.userId, clubId: session.clubId, targetType: "club-session", targetId: sessionId, details: { date: input.data, attendees: attendance.length } });
  });
}

export async function deleteSession(db: Db, actor: Actor, sessionId: string) {
  const session = await getSession(db, actor, sessionId);
  await db.$transaction(async (tx) => {
    await tx.clubSession.delete({ where: { id: sessionId } });
    await audit(tx, { action: "session.delete", actorId: actor.userId, clubId: session.clubId, targetType: "club-session", targetId: sessionId, details: { date: csvDate(session.date) } });
  });
}
