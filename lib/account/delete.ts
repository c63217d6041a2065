import { z } from "zod";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertCan, NotFoundError } from "../access/guard";
import type { Actor } from "../access/policy";
import { audit } from "../auth/audit";
import { pinSchema } from "../auth/credentials";
import { clearFailures, releaseAttempt, reserveAttempt, signInKeys } from "../auth/rate-limit";
import { verifySecret } from "../auth/secrets";
import { auditAbout, signInsNaming } from "./export";

// Deleting one's own account (RODO art. 17). Certificates stay verifiable by their code but no
// longer name the person; everything else about them goes, in one transaction.

export type SecretKind = "pin" | "password";

/** Learners confirm with their PIN; a former staff member without one, with their password. */
export async function accountSecretKind(db: Db, userId: string): Promise<SecretKind> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { pinHash: true, passwordHash: true } });
  return user && !user.pinHash && user.passwordHash ? "password" : "pin";
}

const CONFIRM_MESSAGE = "Zaznacz pole „Rozumiem, że tego nie da się cofnąć”.";

export function deletionSchema(kind: SecretKind) {
  return z.object({
    secret:
      kind === "pin"
        ? z.string().trim().min(1, "Wpisz swój PIN: te same 6 cyfr, co przy logowaniu.").pipe(pinSchema)
        : z.string().min(1, "Wpisz swoje hasło, to samo co przy logowaniu.").max(200, "Hasło może mieć najwyżej 200 znaków."),
    confirm: z.literal("tak", { error: CONFIRM_MESSAGE }),
  });
}

export type DeletionInput = z.infer<ReturnType<typeof deletionSchema>>;

/** Staff (or an administrator) must be removed by someone else: a club must not lose its people silently. */
export class StaffAccountError extends Error {
  override name = "StaffAccountError";
}

export class WrongSecretError extends Error {
  override name = "WrongSecretError";
  constructor(readonly kind: SecretKind) {
    super("wrong secret");
  }
}

export class DeletionLockedError extends Error {
  override name = "DeletionLockedError";
  constructor(readonly retryAt: Date) {
    super("locked");
  }
}

/** Why this account may not delete itself, read fresh from the database; null when it may. */
export async function deletionBlocker(db: Db | Prisma.TransactionClient, userId: string): Promise<"admin" | "staff" | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { isAdmin: true, memberships: { where: { role: { not: "LEARNER" } }, select: { id: true } } },
  });
  if (!user) throw new NotFoundError("user");
  if (user.isAdmin) return "admin";
  return user.memberships.length ? "staff" : null;
}

/**
 * Removes the person and everything about them. Refuses staff unless the caller is a path
 * where someone else decides (none yet), so a club never loses its manager by accident.
 */
export async function deleteAccount(db: Db, userId: string, { allowStaff = false } = {}): Promise<{ clubIds: string[] }> {
  return db.$transaction(async (tx) => {
    if (!allowStaff && (await deletionBlocker(tx, userId))) throw new StaffAccountError(userId);
    const user = await tx.user.findUnique({ where: { id: userId }, include: { memberships: { select: { clubId: true } } } });
    if (!user) throw new NotFoundError("user");
    const clubIds = [...new Set(user.memberships.map((m) => m.clubId))].sort();

    // The certificate keeps its number and code; the public page then says the person left.
    await tx.certificate.updateMany({ where: { userId }, data: { userId: null, recipientName: "" } });
    // Rows about the person, and their sign-ins (with the address they came from), go.
    // Their other actions stay in the log without a name (SetNull).
    await tx.auditEvent.deleteMany({
      where: {
        OR: [auditAbout(userId), { action: { startsWith: "auth." }, actorId: userId }, ...signInsNaming(user)],
      },
    });
    // Plain id columns without a foreign key, and rows keyed by the login name or address.
    await tx.stepProgress.updateMany({ where: { assistedById: userId }, data: { assistedById: null } });
    if (user.email) await tx.invitation.deleteMany({ where: { email: user.email } });
    await tx.rateLimitBucket.deleteMany({
      where: { key: { in: [signInKeys(`learner:${user.username}`, null)[0]!, ...(user.email ? [signInKeys(`staff:${user.email}`, null)[0]!] : [])] } },
    });
    await tx.user.delete({ where: { id: userId } });
    await audit(tx, { action: "account.delete", clubId: clubIds[0] ?? null, details: { clubIds } });
    return { clubIds };
  });
}

/**
 * The signed-in person deletes their own account after typing their PIN (or password) again.
 * Wrong guesses count in the same buckets as sign-in, so this is no way around the limit.
 */
export async function deleteOwnAccount(db: Db, actor: Actor, input: DeletionInput, ip: string | null): Promise<{ clubIds: string[] }> {
  assertCan(actor, "self.delete", { kind: "user", userId: actor.userId });
  if (await deletionBlocker(db, actor.userId)) throw new StaffAccountError(actor.userId);
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user) throw new NotFoundError("user");
  const kind: SecretKind = !user.pinHash && user.passwordHash ? "password" : "pin";
  const keys = kind === "pin" ? signInKeys(`learner:${user.username}`, ip) : signInKeys(`staff:${user.email ?? user.username}`, ip);
  // Reserved before the check, as at sign-in, so concurrent guesses cannot outrun the limit.
  const lockout = await reserveAttempt(db, keys);
  if (lockout.locked) throw new DeletionLockedError(lockout.retryAt);
  const hash = kind === "pin" ? user.pinHash : user.passwordHash;
  if (!hash || !(await verifySecret(hash, input.secret))) throw new WrongSecretError(kind);
  await clearFailures(db, keys[0]!);
  for (const key of keys.slice(1)) await releaseAttempt(db, key);
  return deleteAccount(db, user.id);
}
