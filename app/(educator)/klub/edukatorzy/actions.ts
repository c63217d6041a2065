"use server";

import { revalidatePath } from "next/cache";
import type { InvitationResult } from "@/components/club/InviteEducatorForm";
import { NotFoundError } from "@/lib/access/guard";
import { INVITATION_DAYS, invitationFormSchema, inviteToClub } from "@/lib/access/clubs";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

const refused = "Nie możesz zapraszać edukatorów do tego klubu. Zaloguj się ponownie jako kierownik klubu i spróbuj jeszcze raz.";

/** The club comes from the form: the one the page showed, even if another tab switched clubs. */
export async function inviteEducatorAction(_state: FormState<InvitationResult>, form: FormData): Promise<FormState<InvitationResult>> {
  const values = formValues(form, ["email"]);
  const clubId = String(form.get("clubId") ?? "");
  const actor = await getActor();
  if (!actor) return { status: "failed", errors: {}, values, message: refused };
  const parsed = invitationFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    const siteUrl = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
    const { invitation, link } = await inviteToClub(await getDb(), actor, clubId, "EDUCATOR", parsed.data.email, siteUrl);
    revalidatePath("/klub/edukatorzy");
    return {
      status: "done",
      errors: {},
      values: {},
      result: { email: invitation.email, link, days: INVITATION_DAYS, validUntil: formatDate(invitation.expiresAt) },
    };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "failed", errors: {}, values, message: refused };
    return failed(values, "invite educator", error);
  }
}
