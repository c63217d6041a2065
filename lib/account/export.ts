import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertCan, NotFoundError } from "../access/guard";
import type { Actor } from "../access/policy";

// Everything the database holds about one person (RODO art. 15 and 20): one key per table,
// so tests/db/account-data.test.ts can check that no table with a relation to User is missed.

type Person = { id: string; username: string; email: string | null };

/** Audit rows done to the account (lib/ writes targetType "user"; any spelling means this). */
export const auditAbout = (userId: string): Prisma.AuditEventWhereInput => ({
  targetType: { equals: "user", mode: "insensitive" },
  targetId: userId,
});

/** Sign-in rows naming the person's login: attempts on a locked account carry no actorId. */
export const signInsNaming = (user: Person): Prisma.AuditEventWhereInput[] =>
  [user.username, user.email]
    .filter((account): account is string => Boolean(account))
    .map((account) => ({ action: { startsWith: "auth." }, details: { path: ["account"], equals: account } }));

/** Audit rows that describe the person: done by them, done to their account, or naming their login. */
export function personalAuditWhere(user: Person): Prisma.AuditEventWhereInput {
  return { OR: [{ actorId: user.id }, auditAbout(user.id), ...signInsNaming(user)] };
}

const auditSelect = {
  id: true,
  at: true,
  action: true,
  actorId: true,
  clubId: true,
  targetType: true,
  targetId: true,
  details: true,
  viaClubDevice: true,
} satisfies Prisma.AuditEventSelect;

export async function exportPersonalData(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("user");
  const { passwordHash, pinHash, loginCardTokenHash, ...account } = user;
  const mine = { userId };

  const [
    memberships,
    groupMembers,
    assignmentsReceived,
    assignmentsGiven,
    stepProgress,
    stepsAssisted,
    lessonCompletions,
    quizAttempts,
    visits,
    certificatesHeld,
    certificatesIssued,
    certificatesRevoked,
    attendance,
    auditEvents,
    invitationsSent,
    invitationsReceived,
    groupsCreated,
    pathsCreated,
    sessionsLed,
    devicesRegistered,
    deviceSessions,
    practiceResults,
    contentReports,
    coordinatorAreasHeld,
    coordinatorAreasGranted,
    clubImports,
  ] = await Promise.all([
    db.membership.findMany({ where: mine, include: { club: { select: { name: true } } }, orderBy: { createdAt: "asc" } }),
    db.groupMember.findMany({ where: mine, include: { group: { select: { name: true, clubId: true } } }, orderBy: { addedAt: "asc" } }),
    db.assignment.findMany({
      where: { learnerId: userId },
      include: { path: { select: { title: true } }, club: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.assignment.findMany({ where: { assignedById: userId }, select: { id: true, clubId: true, pathId: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.stepProgress.findMany({ where: mine, orderBy: { completedAt: "asc" } }),
    db.stepProgress.count({ where: { assistedById: userId } }),
    db.lessonCompletion.findMany({ where: mine, orderBy: { completedAt: "asc" } }),
    db.quizAttempt.findMany({ where: mine, orderBy: { createdAt: "asc" } }),
    db.learningVisit.findMany({ where: mine, include: { clubDevice: { select: { name: true } } }, orderBy: { startedAt: "asc" } }),
    db.certificate.findMany({ where: mine, include: { club: { select: { name: true } } }, orderBy: { issuedAt: "asc" } }),
    db.certificate.findMany({ where: { issuedById: userId }, select: { id: true, clubId: true, number: true, issuedAt: true }, orderBy: { issuedAt: "asc" } }),
    db.certificate.findMany({ where: { revokedById: userId }, select: { id: true, clubId: true, number: true, revokedAt: true }, orderBy: { revokedAt: "asc" } }),
    db.clubSessionAttendance.findMany({
      where: mine,
      include: { session: { select: { date: true, topics: true, durationMinutes: true, clubId: true } } },
      orderBy: { session: { date: "asc" } },
    }),
    db.auditEvent.findMany({ where: personalAuditWhere(user), select: auditSelect, orderBy: { at: "asc" } }),
    // Sent invitations are references only: the invitee's address is someone else's data.
    db.invitation.findMany({
      where: { invitedById: userId },
      select: { id: true, clubId: true, role: true, createdAt: true, expiresAt: true, acceptedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    user.email
      ? db.invitation.findMany({
          where: { email: user.email },
          select: { id: true, clubId: true, role: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true },
          orderBy: { createdAt: "asc" },
        })
      : Promise.resolve([]),
    db.group.findMany({ where: { createdById: userId }, select: { id: true, clubId: true, name: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.lessonPath.findMany({ where: { createdById: userId }, select: { id: true, clubId: true, title: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.clubSession.findMany({ where: { educatorId: userId }, select: { id: true, clubId: true, date: true, topics: true }, orderBy: { date: "asc" } }),
    db.clubDevice.findMany({ where: { createdById: userId }, select: { id: true, clubId: true, name: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.deviceSession.findMany({ where: mine, include: { clubDevice: { select: { name: true } } }, orderBy: { startedAt: "asc" } }),
    db.practiceResult.findMany({ where: mine, orderBy: { firstCompletedAt: "asc" } }),
    db.contentReport.findMany({
      where: { reporterId: userId },
      select: { id: true, lessonSlug: true, stepId: true, problem: true, screenShows: true, status: true, reply: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.coordinatorArea.findMany({ where: mine, select: { id: true, terytCode: true, grantedById: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    // Granted to someone else: references only, never whom.
    db.coordinatorArea.findMany({ where: { grantedById: userId }, select: { id: true, terytCode: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    // The files of clubs an administrator imported: counts and a file name, no one else's data.
    db.clubImport.findMany({ where: { createdById: userId }, orderBy: { createdAt: "asc" } }),
  ]);

  return {
    exportedAt: new Date(),
    about:
      "Wszystkie dane, które Klub Cyfrowy ma o Tobie, z każdej tabeli bazy danych. " +
      "PIN, hasło i kod karty do logowania zapisujemy tylko jako zabezpieczone skróty, z których nie da się ich odczytać — dlatego ich tu nie ma. " +
      "Przy rzeczach zrobionych przez Ciebie jako pracownika klubu, są tylko odnośniki (numery), bez danych innych osób.",
    tables: {
      User: {
        ...account,
        /** Which secret hashes exist; the hashes themselves are never handed out. */
        hashesStoredButNotShown: {
          passwordHash: passwordHash !== null,
          pinHash: pinHash !== null,
          loginCardTokenHash: loginCardTokenHash !== null,
        },
      },
      Membership: memberships.map(({ club, ...membership }) => ({ ...membership, clubName: club.name })),
      GroupMember: groupMembers.map(({ group, ...member }) => ({ ...member, groupName: group.name, clubId: group.clubId })),
      Assignment: {
        received: assignmentsReceived.map(({ path, club, ...assignment }) => ({ ...assignment, pathTitle: path.title, clubName: club.name })),
        given: assignmentsGiven,
      },
      StepProgress: { own: stepProgress, stepsAssistedCount: stepsAssisted },
      LessonCompletion: lessonCompletions,
      QuizAttempt: quizAttempts,
      LearningVisit: visits.map(({ clubDevice, ...visit }) => ({ ...visit, clubDeviceName: clubDevice?.name ?? null })),
      DeviceSession: deviceSessions.map(({ clubDevice, ...session }) => ({ ...session, clubDeviceName: clubDevice.name })),
      PracticeResult: practiceResults,
      Certificate: {
        held: certificatesHeld.map(({ club, ...certificate }) => ({ ...certificate, clubName: club.name })),
        issued: certificatesIssued,
        revoked: certificatesRevoked,
      },
      ClubSessionAttendance: attendance.map(({ session, ...row }) => ({
        ...row,
        sessionDate: session.date,
        sessionTopics: session.topics,
        sessionDurationMinutes: session.durationMinutes,
        clubId: session.clubId,
      })),
      AuditEvent: auditEvents,
      Invitation: { sent: invitationsSent, received: invitationsReceived },
      Group: groupsCreated,
      LessonPath: pathsCreated,
      ClubSession: sessionsLed,
      ClubDevice: devicesRegistered,
      ContentReport: contentReports,
      CoordinatorArea: { held: coordinatorAreasHeld, granted: coordinatorAreasGranted },
      ClubImport: clubImports,
    },
  };
}

export type PersonalData = Awaited<ReturnType<typeof exportPersonalData>>;

/** The signed-in person's own data, and nobody else's. */
export async function readOwnData(db: Db, actor: Actor): Promise<PersonalData> {
  assertCan(actor, "self.export", { kind: "user", userId: actor.userId });
  return exportPersonalData(db, actor.userId);
}

/** "klub-cyfrowy-moje-dane-2026-11-26.json", dated in Polish time. */
export function exportFileName(now = new Date()): string {
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Warsaw" }).format(now);
  return `klub-cyfrowy-moje-dane-${day}.json`;
}
