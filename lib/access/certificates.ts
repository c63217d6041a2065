import { z } from "zod";
import { audit } from "../auth/audit";
import { getCatalogue } from "../content/catalogue";
import type { Db } from "../db/client";
import type { Certificate, Club } from "../db/generated/client";
import { groupCode } from "../certificates/code";
import { issueCertificate } from "../certificates/issue";
import type { CertificateDocument } from "../certificates/pdf";
import { certificateSubjects, earnedSubjects, subjectId, type CertificateSubject } from "../certificates/subjects";
import { learningMinutes } from "../progress/rules";
import { voivodeships } from "./clubs";
import { assertCan, NotFoundError } from "./guard";
import { readableLearners } from "./learners";
import { can, type Actor, type Resource } from "./policy";

// Club staff's view of certificates: who has earned what, issuing (the same certificate on every
// reprint), printing, revoking. Every function checks the actor first and reads only learners the
// actor may see, so another club's certificates are a 404 like anything else.

const isoDate = z.union([
  z.literal(""),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Wpisz datę jako rok-miesiąc-dzień, np. 2026-05-31.")
    // V8 rolls 2026-02-30 over to 2 March instead of refusing it: a real day reads back the same.
    .refine((value) => new Date(Date.parse(`${value}T00:00:00Z`) || 0).toISOString().startsWith(value), "Takiej daty nie ma w kalendarzu."),
]);

/** The filter on the club's certificate page, as the form sends it (query string). */
export const certificateFilterSchema = z
  .object({
    grupa: z.string().max(40).optional().default(""),
    temat: z.string().max(120).optional().default(""),
    od: isoDate.optional().default(""),
    do: isoDate.optional().default(""),
    uczestnik: z.string().max(40).optional().default(""),
    /**
     * What a print covers: one certificate per learner (the default: a module and the paths over
     * the same lessons are not six overlapping pages), or every certificate of the list.
     */
    zakres: z.enum(["jeden", "wszystkie"]).optional().default("jeden"),
  })
  .refine((filter) => !filter.od || !filter.do || filter.od <= filter.do, {
    path: ["od"],
    message: "Data „od” jest późniejsza niż data „do”. Zamień je miejscami.",
  });

export type CertificateFilter = z.infer<typeof certificateFilterSchema>;
/** Everyone and everything, as the list shows it (a print of it covers every certificate). */
export const noFilter: CertificateFilter = { grupa: "", temat: "", od: "", do: "", uczestnik: "", zakres: "wszystkie" };

export type ClubCertificateRow = {
  learner: { id: string; displayName: string; username: string };
  subject: CertificateSubject;
  completedAt: Date;
  certificate: Pick<Certificate, "id" | "number" | "verificationCode" | "issuedAt" | "revokedAt"> | null;
};

async function clubResource(db: Db, clubId: string): Promise<{ club: Club; resource: Resource }> {
  const club = await db.club.findUnique({ where: { id: clubId } });
  if (!club) throw new NotFoundError("club");
  return { club, resource: { kind: "club-certificates", clubId, educatorsMayPrint: club.educatorsMayPrintCertificates } };
}

export async function certificatePermissions(db: Db, actor: Actor, clubId: string) {
  const { club, resource } = await clubResource(db, clubId);
  assertCan(actor, "certificate.list", resource);
  return {
    club,
    mayPrint: can(actor, "certificate.print", resource),
    mayRevoke: can(actor, "certificate.revoke", resource),
    mayChangeSettings: can(actor, "certificate.settings", resource),
  };
}

/** Completed lessons per learner, in one query. */
async function completionsOf(db: Db, userIds: string[]): Promise<Map<string, Map<string, Date>>> {
  const rows = await db.lessonCompletion.findMany({ where: { userId: { in: userIds } }, select: { userId: true, lessonSlug: true, completedAt: true } });
  const byUser = new Map<string, Map<string, Date>>();
  for (const row of rows) {
    let lessons = byUser.get(row.userId);
    if (!lessons) byUser.set(row.userId, (lessons = new Map()));
    lessons.set(row.lessonSlug, row.completedAt);
  }
  return byUser;
}

const offsetFormatter = new Intl.DateTimeFormat("en", { timeZone: "Europe/Warsaw", timeZoneName: "longOffset" });

/** Midnight in Poland on the given day (UTC+1 in winter, UTC+2 in summer). */
export function polishDayStart(iso: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  const offsetAt = (date: Date) => {
    const name = offsetFormatter.formatToParts(date).find((part) => part.type === "timeZoneName")?.value ?? "GMT+01:00";
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 60;
  };
  // The offset an hour or two before UTC midnight is the one in force at Polish midnight.
  return new Date(utcMidnight.getTime() - offsetAt(new Date(utcMidnight.getTime() - 2 * 60 * 60 * 1000)) * 60_000);
}

const dayStart = polishDayStart;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

function inRange(date: Date, filter: CertificateFilter): boolean {
  if (filter.od && date < dayStart(filter.od)) return false;
  // "do" includes the whole day, Polish time.
  if (filter.do && date >= dayStart(nextDay(filter.do))) return false;
  return true;
}

/**
 * Every certificate earned in the club that matches the filter, issued or not yet issued, sorted by
 * learner and subject. Issued certificates stay listed even if their module gained lessons since.
 */
export async function listClubCertificates(db: Db, actor: Actor, clubId: string, filter: CertificateFilter = noFilter): Promise<ClubCertificateRow[]> {
  const { resource } = await clubResource(db, clubId);
  assertCan(actor, "certificate.list", resource);
  const catalogue = await getCatalogue();
  const subjects = certificateSubjects(catalogue);
  const learners = await db.user.findMany({
    where: {
      ...readableLearners(actor, clubId),
      ...(filter.grupa ? { groupMemberships: { some: { groupId: filter.grupa, group: { clubId } } } } : {}),
      ...(filter.uczestnik ? { id: filter.uczestnik } : {}),
    },
    select: { id: true, displayName: true, username: true },
    orderBy: [{ displayName: "asc" }, { username: "asc" }],
  });
  const ids = learners.map((learner) => learner.id);
  const [completions, issued] = await Promise.all([
    completionsOf(db, ids),
    db.certificate.findMany({
      where: { clubId, userId: { in: ids } },
      select: { id: true, userId: true, kind: true, subjectKey: true, number: true, verificationCode: true, issuedAt: true, revokedAt: true, completedAt: true },
      orderBy: { reissue: "asc" },
    }),
  ]);
  // The latest certificate per learner and subject (a new one replaces a revoked one).
  const issuedByKey = new Map(issued.map((certificate) => [`${certificate.userId}|${certificate.kind}:${certificate.subjectKey}`, certificate]));
  const rows: ClubCertificateRow[] = [];
  for (const learner of learners) {
    const earned = earnedSubjects(subjects, completions.get(learner.id) ?? new Map());
    const seen = new Set<string>();
    for (const { subject, completedAt } of earned) {
      const key = `${learner.id}|${subjectId(subject)}`;
      seen.add(key);
      const certificate = issuedByKey.get(key) ?? null;
      rows.push({ learner, subject, completedAt: certificate?.completedAt ?? completedAt, certificate });
    }
    for (const certificate of issuedByKey.values()) {
      const key = `${learner.id}|${certificate.kind}:${certificate.subjectKey}`;
      if (certificate.userId !== learner.id || seen.has(key)) continue;
      seen.add(key);
      const subject = subjects.find((candidate) => subjectId(candidate) === `${certificate.kind}:${certificate.subjectKey}`);
      if (subject) rows.push({ learner, subject, completedAt: certificate.completedAt, certificate });
    }
  }
  const order = new Map(subjects.map((subject, index) => [subjectId(subject), index]));
  return rows
    .filter((row) => (!filter.temat || subjectId(row.subject) === filter.temat) && inRange(row.completedAt, filter))
    .sort((a, b) => a.learner.displayName.localeCompare(b.learner.displayName, "pl") || order.get(subjectId(a.subject))! - order.get(subjectId(b.subject))!);
}

/**
 * The rows a print covers. One per learner: the certificate covering the most lessons (it includes
 * what the smaller ones say), an issued one before one still to be numbered, then the latest.
 * Revoked certificates are never printed.
 */
export function printSelection(rows: ClubCertificateRow[], zakres: CertificateFilter["zakres"]): ClubCertificateRow[] {
  const printable = rows.filter((row) => !row.certificate?.revokedAt);
  if (zakres === "wszystkie") return printable;
  const best = new Map<string, ClubCertificateRow>();
  const better = (a: ClubCertificateRow, b: ClubCertificateRow) =>
    a.subject.lessons.length - b.subject.lessons.length || Number(Boolean(a.certificate)) - Number(Boolean(b.certificate)) || a.completedAt.getTime() - b.completedAt.getTime();
  for (const row of printable) {
    const current = best.get(row.learner.id);
    if (!current || better(row, current) > 0) best.set(row.learner.id, row);
  }
  return printable.filter((row) => best.get(row.learner.id) === row);
}

export type Issuer = { id: string | null; name: string; role: string };

/** Certificates are issued in the name of the club's manager; a club without one, by the staff member printing. */
async function clubIssuer(db: Db, clubId: string, actor: Actor | null): Promise<Issuer | null> {
  const manager = await db.membership.findFirst({
    where: { clubId, role: "MANAGER", user: { active: true } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { id: true, displayName: true } } },
  });
  if (manager) return { id: manager.user.id, name: manager.user.displayName, role: "Kierownik klubu" };
  const roles = actor?.memberships.filter((m) => m.clubId === clubId).map((m) => m.role) ?? [];
  if (actor && roles.includes("EDUCATOR")) return { id: actor.userId, name: actor.displayName, role: "Edukator klubu" };
  return null;
}

export class NoIssuerError extends Error {
  override name = "NoIssuerError";
}

/** Minutes each learner spent learning up to the given moment. */
async function minutesUntil(db: Db, userId: string, until: Date): Promise<number> {
  const visits = await db.learningVisit.findMany({ where: { userId, startedAt: { lte: until } }, select: { startedAt: true, lastActivityAt: true } });
  return learningMinutes(visits.map((visit) => ({ startedAt: visit.startedAt, lastActivityAt: visit.lastActivityAt < until ? visit.lastActivityAt : until })));
}

async function issueRow(db: Db, club: Club, row: ClubCertificateRow, issuer: Issuer, actorId: string, replaceRevoked = false): Promise<Certificate> {
  const learner = await db.user.findUniqueOrThrow({ where: { id: row.learner.id }, select: { displayName: true } });
  const { certificate, created } = await issueCertificate(db, {
    clubId: club.id,
    userId: row.learner.id,
    recipientName: learner.displayName,
    subject: row.subject,
    completedAt: row.completedAt,
    learningMinutes: await minutesUntil(db, row.learner.id, row.completedAt),
    issuer,
    replaceRevoked,
  });
  if (created) {
    await audit(db, {
      action: "certificate.issue",
      actorId,
      clubId: club.id,
      targetType: "certificate",
      targetId: certificate.id,
      details: { number: certificate.number, subject: subjectId(row.subject), learnerId: row.learner.id, replacesRevoked: replaceRevoked },
    });
  }
  return certificate;
}

/**
 * Issues up to `limit` of the filter's earned certificates that are not issued yet (so a long job
 * can report progress between batches) and says how many are ready and how many remain.
 */
export async function issueClubCertificates(db: Db, actor: Actor, clubId: string, filter: CertificateFilter, limit = Infinity) {
  const { club, resource } = await clubResource(db, clubId);
  assertCan(actor, "certificate.print", resource);
  const listed = await listClubCertificates(db, actor, clubId, filter);
  // Revoked rows stay in "wszystkie" (skipped when printing), so its totals match the list.
  const rows = filter.zakres === "jeden" ? printSelection(listed, "jeden") : listed;
  const missing = rows.filter((row) => !row.certificate);
  if (missing.length) {
    const issuer = await clubIssuer(db, clubId, actor);
    if (!issuer) throw new NoIssuerError(clubId);
    for (const row of missing.slice(0, limit)) {
      const certificate = await issueRow(db, club, row, issuer, actor.userId);
      row.certificate = certificate;
    }
  }
  const remaining = rows.filter((row) => !row.certificate).length;
  return { rows, total: rows.length, ready: rows.length - remaining, remaining };
}

function clubPlace(club: Club): string {
  return `${club.addressLine}, ${club.postalCode} ${club.city}, woj. ${voivodeships[club.voivodeship]}`;
}

export function verifyUrl(site: string, code: string): string {
  return `${site.replace(/\/$/, "")}/certyfikat/${groupCode(code)}`;
}

export function certificateDocument(certificate: Certificate, club: Club, site: string): CertificateDocument {
  return {
    recipientName: certificate.recipientName,
    kind: certificate.kind,
    subjectTitle: certificate.subjectTitle,
    lessonTitles: z.array(z.string()).catch([]).parse(certificate.lessonTitles),
    learningMinutes: certificate.learningMinutes,
    completedAt: certificate.completedAt,
    issuedAt: certificate.issuedAt,
    clubName: club.name,
    clubPlace: clubPlace(club),
    issuerName: certificate.issuerName,
    issuerRole: certificate.issuerRole,
    number: certificate.number,
    verificationCode: certificate.verificationCode,
    verifyUrl: verifyUrl(site, certificate.verificationCode),
  };
}

/**
 * The documents to print for the filter: every matching certificate, issued now where needed, except
 * revoked ones. Audited as one print job.
 */
export async function printClubCertificates(db: Db, actor: Actor, clubId: string, filter: CertificateFilter, site: string) {
  const { rows } = await issueClubCertificates(db, actor, clubId, filter);
  const ids = rows.flatMap((row) => (row.certificate && !row.certificate.revokedAt ? [row.certificate.id] : []));
  const [club, certificates] = await Promise.all([
    db.club.findUniqueOrThrow({ where: { id: clubId } }),
    db.certificate.findMany({ where: { id: { in: ids }, clubId } }),
  ]);
  const byId = new Map(certificates.map((certificate) => [certificate.id, certificate]));
  const documents = ids.map((id) => certificateDocument(byId.get(id)!, club, site));
  if (documents.length) {
    await audit(db, { action: "certificate.print", actorId: actor.userId, clubId, details: { count: documents.length, filter } });
  }
  return documents;
}

/** One issued certificate of the actor's club, with its club, for the detail page and reprints. */
export async function getClubCertificate(db: Db, actor: Actor, certificateId: string) {
  const certificate = await db.certificate.findUnique({
    where: { id: certificateId },
    include: { club: true, revokedBy: { select: { displayName: true } }, user: { select: { id: true, displayName: true } } },
  });
  if (!certificate) throw new NotFoundError("certificate");
  const permissions = await certificatePermissions(db, actor, certificate.clubId);
  return { certificate, ...permissions };
}

export const revokeSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(5, "Napisz krótko, dlaczego unieważniasz certyfikat (co najmniej 5 znaków).")
    .max(500, "Powód może mieć najwyżej 500 znaków."),
});

export class AlreadyRevokedError extends Error {
  override name = "AlreadyRevokedError";
}

/** Revokes for good, with the reason; the public page then says "unieważniony". */
export async function revokeCertificate(db: Db, actor: Actor, certificateId: string, input: z.infer<typeof revokeSchema>) {
  const certificate = await db.certificate.findUnique({ where: { id: certificateId } });
  if (!certificate) throw new NotFoundError("certificate");
  const { resource } = await clubResource(db, certificate.clubId);
  assertCan(actor, "certificate.revoke", resource);
  const { count } = await db.certificate.updateMany({
    where: { id: certificateId, revokedAt: null },
    data: { revokedAt: new Date(), revokedById: actor.userId, revokeReason: input.reason },
  });
  if (!count) throw new AlreadyRevokedError(certificateId);
  await audit(db, {
    action: "certificate.revoke",
    actorId: actor.userId,
    clubId: certificate.clubId,
    targetType: "certificate",
    targetId: certificateId,
    details: { number: certificate.number, reason: input.reason },
  });
}

export class NotEarnedError extends Error {
  override name = "NotEarnedError";
}

/**
 * A new certificate in place of a revoked one (e.g. after the learner's name was corrected): a new
 * number and code, the learner's name as it is now. Only if the subject is still complete.
 */
export async function replaceRevokedCertificate(db: Db, actor: Actor, certificateId: string): Promise<Certificate> {
  const revoked = await db.certificate.findUnique({ where: { id: certificateId } });
  if (!revoked?.userId || !revoked.revokedAt) throw new NotFoundError("revoked certificate");
  const { club, resource } = await clubResource(db, revoked.clubId);
  assertCan(actor, "certificate.print", resource);
  const rows = await listClubCertificates(db, actor, revoked.clubId, { ...noFilter, uczestnik: revoked.userId, temat: `${revoked.kind}:${revoked.subjectKey}` });
  const row = rows[0];
  if (!row || row.certificate?.id !== revoked.id) throw new NotFoundError("not the latest certificate");
  const completions = await completionsOf(db, [revoked.userId]);
  const completedAt = earnedSubjects([row.subject], completions.get(revoked.userId) ?? new Map())[0]?.completedAt;
  if (!completedAt) throw new NotEarnedError(certificateId);
  const issuer = await clubIssuer(db, club.id, actor);
  if (!issuer) throw new NoIssuerError(club.id);
  return issueRow(db, club, { ...row, completedAt, certificate: null }, issuer, actor.userId, true);
}

export async function setEducatorsMayPrint(db: Db, actor: Actor, clubId: string, allowed: boolean) {
  const { resource } = await clubResource(db, clubId);
  assertCan(actor, "certificate.settings", resource);
  await db.club.update({ where: { id: clubId }, data: { educatorsMayPrintCertificates: allowed } });
  await audit(db, { action: "club.certificate-settings", actorId: actor.userId, clubId, details: { educatorsMayPrint: allowed } });
}

// --- The learner's own certificates -------------------------------------------------------------

/** The club that issues a learner's certificates: the first club they joined as a learner. */
function learnerClubId(actor: Actor): string | null {
  return actor.memberships.find((membership) => membership.role === "LEARNER")?.clubId ?? null;
}

export async function ownCertificates(db: Db, actor: Actor) {
  const catalogue = await getCatalogue();
  const subjects = certificateSubjects(catalogue);
  const [completions, held, user] = await Promise.all([
    completionsOf(db, [actor.userId]),
    db.certificate.findMany({ where: { userId: actor.userId }, include: { club: { select: { name: true } } }, orderBy: [{ reissue: "desc" }, { issuedAt: "asc" }] }),
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { certificateShowsFullName: true } }),
  ]);
  const mine = completions.get(actor.userId) ?? new Map<string, Date>();
  const earned = earnedSubjects(subjects, mine).map((entry) => ({
    ...entry,
    certificate: held.find((certificate) => `${certificate.kind}:${certificate.subjectKey}` === subjectId(entry.subject)) ?? null,
  }));
  const earnedIds = new Set(earned.map((entry) => subjectId(entry.subject)));
  const unfinished = subjects
    .filter((subject) => !earnedIds.has(subjectId(subject)))
    .map((subject) => ({ subject, left: subject.lessons.filter((lesson) => !mine.has(lesson.slug)).length }))
    .filter((entry) => entry.left < entry.subject.lessons.length);
  const others = held.filter((certificate) => !earnedIds.has(`${certificate.kind}:${certificate.subjectKey}`));
  return { clubId: learnerClubId(actor), earned, unfinished, others, showsFullName: user.certificateShowsFullName };
}

/** The club revoked it: only the club can issue a new one. */
export class RevokedCertificateError extends Error {
  override name = "RevokedCertificateError";
}

export class NoClubError extends Error {
  override name = "NoClubError";
}

/**
 * The learner's own certificate for a subject they completed, issued on first download in the
 * club's name. Not earned (or unknown subject): NotFoundError.
 */
export async function ownCertificate(db: Db, actor: Actor, wanted: string, site: string): Promise<CertificateDocument> {
  const { earned, others, clubId } = await ownCertificates(db, actor);
  const entry = earned.find((candidate) => subjectId(candidate.subject) === wanted);
  const held = entry?.certificate ?? others.find((certificate) => `${certificate.kind}:${certificate.subjectKey}` === wanted);
  if (held?.revokedAt) throw new RevokedCertificateError(held.id);
  let certificate: Certificate | undefined = held ?? undefined;
  if (!certificate) {
    if (!entry) throw new NotFoundError("certificate not earned");
    if (!clubId) throw new NoClubError(actor.userId);
    const club = await db.club.findUniqueOrThrow({ where: { id: clubId } });
    const issuer = await clubIssuer(db, clubId, null);
    if (!issuer) throw new NoIssuerError(clubId);
    certificate = await issueRow(db, club, { learner: { id: actor.userId, displayName: actor.displayName, username: actor.username }, subject: entry.subject, completedAt: entry.completedAt, certificate: null }, issuer, actor.userId);
  }
  const club = await db.club.findUniqueOrThrow({ where: { id: certificate.clubId } });
  return certificateDocument(certificate, club, site);
}

export async function setCertificateShowsFullName(db: Db, actor: Actor, showsFullName: boolean) {
  await db.user.update({ where: { id: actor.userId }, data: { certificateShowsFullName: showsFullName } });
}
