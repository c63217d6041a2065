"use server";

import { NotFoundError } from "@/lib/access/guard";
import { acceptExistingSchema, acceptInvitation, acceptNewSchema, findInvitation, WrongPasswordError } from "@/lib/access/clubs";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

import type { AcceptedInvitation } from "@/components/auth/AcceptInvitationForm";

const stale = "To zaproszenie jest nieaktualne: mogło już zostać przyjęte albo minęło 7 dni. Poproś osobę, która Cię zaprosiła, o nowy link.";

/**
 * Whether a new account is made is decided here from the invitation, never from the form.
 * Passwords are not sent back to the page: a failed attempt keeps only the name.
 */
export async function acceptInvitationAction(_state: FormState<AcceptedInvitation>, form: FormData): Promise<FormState<AcceptedInvitation>> {
  const token = String(form.get("token") ?? "");
  const typed = formValues(form, ["displayName", "password"]);
  const values = { displayName: typed.displayName ?? "" };
  try {
    const db = await getDb();
    const invitation = await findInvitation(db, token);
    if (!invitation) return { status: "failed", errors: {}, values, message: stale };
    const parsed = invitation.accountExists ? acceptExistingSchema.safeParse(typed) : acceptNewSchema.safeParse(typed);
    if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
    const accepted = await acceptInvitation(db, token, parsed.data);
    return { status: "done", errors: {}, values: {}, result: { email: accepted.email } };
  } catch (error) {
    if (error instanceof WrongPasswordError) return invalid(values, { password: "Hasło się nie zgadza." });
    if (error instanceof NotFoundError) return { status: "failed", errors: {}, values, message: stale };
    return failed(values, "accept invitation", error);
  }
}
