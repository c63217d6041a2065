import { cookies } from "next/headers";
import type { Db } from "../db/client";
import { DEVICE_COOKIE, findClubDevice } from "../devices/club-device";
import type { Prisma } from "../db/generated/client";

export type AuditAction =
  | "auth.sign-in"
  | "auth.sign-in-failed"
  | "auth.sign-out-everywhere"
  | "auth.sign-out"
  | "auth.session-ended"
  | "device.mark"
  | "device.revoke"
  | "educator.unlock-sign-in"
  | "learner.create"
  | "learner.create-batch"
  | "learner.update"
  | "learner.register"
  | "learner.reset-pin"
  | "learner.print-card"
  | "learner.deactivate"
  | "learner.reactivate"
  | "membership.role-change"
  | "club.create"
  | "club.import"
  | "club.update"
  | "invitation.create"
  | "invitation.accept"
  | "invitation.print"
  | "account.delete"
  | "certificate.issue"
  | "certificate.print"
  | "certificate.revoke"
  | "club.certificate-settings"
  | "group.create"
  | "group.rename"
  | "group.add-members"
  | "group.remove-member"
  | "path.create"
  | "path.update"
  | "path.delete"
  | "assignment.create"
  | "assignment.remove"
  | "session.create"
  | "session.update"
  | "session.delete"
  | "progress.assisted"
  | "editor.grant"
  | "editor.revoke"
  | "coordinator.grant"
  | "coordinator.revoke"
  | "content-report.review";

export async function audit(
  db: Db | Prisma.TransactionClient,
  event: {
    action: AuditAction;
    actorId?: string | null;
    clubId?: string | null;
    targetType?: string;
    targetId?: string;
    details?: Prisma.InputJsonValue;
    /** Done on a club device (staff helping in the club room, a learner's session there). */
    viaClubDevice?: boolean;
  },
) {
  const viaClubDevice = event.viaClubDevice ?? (await onClubDevice(db));
  await db.auditEvent.create({ data: { ...event, viaClubDevice, actorId: event.actorId ?? null, clubId: event.clubId ?? null } });
}

/** Whether the request being served comes from a club device; false outside a request. */
async function onClubDevice(db: Db | Prisma.TransactionClient): Promise<boolean> {
  let value: string | undefined;
  try {
    value = (await cookies()).get(DEVICE_COOKIE)?.value;
  } catch {
    return false;
  }
  return Boolean(value && (await findClubDevice(db, value)));
}
