import type { InvitationResult } from "@/components/club/InviteEducatorForm";
import { getActor } from "../auth/actor";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { formatDate } from "../format";
import { failed, fieldErrors, formValues, invalid, type FormState } from "../forms";
import { INVITATION_DAYS, invitationFormSchema, inviteToClub } from "./clubs";
import { NotFoundError } from "./guard";

/**
 * The one "invite by e-mail" form step, for managers (invited by an administrator) and for
 * educators (invited by a manager). The club comes from the form: the one the page showed.
 * Refusals and missing clubs read the same: the form says the person may not invite there.
 */
export async function submitInvitation(
  form: FormData,
  role: "MANAGER" | "EDUCATOR",
  refusedMessage: string,
): Promise<FormState<InvitationResult>> {
  const values = formValues(form, ["email"]);
  const refused: FormState<InvitationResult> = { status: "failed", errors: {}, values, message: refusedMessage };
  const clubId = String(form.get("clubId") ?? "");
  const actor = await getActor();
  if (!actor) return refused;
  const parsed = invitationFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    const db = await getDb();
    if (!(await db.club.findUnique({ where: { id: clubId }, select: { id: true } }))) return refused;
    const site = getConfig().siteUrl ?? `http://localhost:${getConfig().port}`;
    const { invitation, link } = await inviteToClub(db, actor, clubId, role, parsed.data.email, site);
    return {
      status: "done",
      errors: {},
      values: {},
      result: { email: invitation.email, link, days: INVITATION_DAYS, validUntil: formatDate(invitation.expiresAt) },
    };
  } catch (error) {
    if (error instanceof NotFoundError) return refused;
    return failed(values, `invite ${role.toLowerCase()}`, error);
  }
}
