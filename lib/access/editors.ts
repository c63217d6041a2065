import { z } from "zod";
import { audit } from "../auth/audit";
import type { Db } from "../db/client";
import { assertCan } from "./guard";
import type { Actor } from "./policy";

// The global editor role (User.isEditor), like the administrator's: granted and revoked by an
// administrator, by the e-mail of a staff account, and audited both ways.

export const editorEmailSchema = z.object({
  email: z.string().trim().toLowerCase().email("Wpisz adres e-mail, na przykład anna.nowak@biblioteka.pl."),
});

export const editorIdSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) });

export class NoStaffAccountError extends Error {
  override name = "NoStaffAccountError";
}

export async function listEditors(db: Db, actor: Actor) {
  assertCan(actor, "editor.manage", { kind: "global" });
  return db.user.findMany({ where: { isEditor: true }, select: { id: true, displayName: true, email: true }, orderBy: { displayName: "asc" } });
}

/** Only an account that signs in with an e-mail and a password (a staff account) can edit lessons. */
export async function grantEditor(db: Db, actor: Actor, email: string) {
  assertCan(actor, "editor.manage", { kind: "global" });
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, displayName: true, isEditor: true, passwordHash: true, active: true } });
  if (!user || !user.passwordHash || !user.active) throw new NoStaffAccountError(email);
  if (!user.isEditor) {
    await db.user.update({ where: { id: user.id }, data: { isEditor: true } });
    await audit(db, { action: "editor.grant", actorId: actor.userId, targetType: "user", targetId: user.id });
  }
  return user;
}

export async function revokeEditor(db: Db, actor: Actor, userId: string) {
  assertCan(actor, "editor.manage", { kind: "global" });
  const { count } = await db.user.updateMany({ where: { id: userId, isEditor: true }, data: { isEditor: false } });
  if (count) await audit(db, { action: "editor.revoke", actorId: actor.userId, targetType: "user", targetId: userId });
  return count > 0;
}
