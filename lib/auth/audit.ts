import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type AuditAction =
  | "auth.sign-in"
  | "auth.sign-in-failed"
  | "auth.sign-out-everywhere"
  | "learner.create"
  | "learner.update"
  | "learner.register"
  | "learner.reset-pin"
  | "learner.print-card"
  | "learner.deactivate"
  | "learner.reactivate"
  | "membership.role-change"
  | "club.create"
  | "club.update"
  | "invitation.create"
  | "invitation.accept"
  | "account.delete"
  | "certificate.issue"
  | "certificate.print"
  | "certificate.revoke"
  | "club.certificate-settings";

export async function audit(
  db: Db | Prisma.TransactionClient,
  event: {
    action: AuditAction;
    actorId?: string | null;
    clubId?: string | null;
    targetType?: string;
    targetId?: string;
    details?: Prisma.InputJsonValue;
  },
) {
  await db.auditEvent.create({ data: { ...event, actorId: event.actorId ?? null, clubId: event.clubId ?? null } });
}
