"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { InvitationResult } from "@/components/club/InviteEducatorForm";
import { liftStaffSignInLock } from "@/lib/access/clubs";
import { NotFoundError, requireClub } from "@/lib/access/guard";
import { submitInvitation } from "@/lib/access/invitation-form";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

const refused = "Nie możesz zapraszać edukatorów do tego klubu. Zaloguj się ponownie jako kierownik klubu i spróbuj jeszcze raz.";

export async function inviteEducatorAction(_state: FormState<InvitationResult>, form: FormData): Promise<FormState<InvitationResult>> {
  const result = await submitInvitation(form, "EDUCATOR", refused);
  if (result.status === "done") revalidatePath("/klub/edukatorzy");
  return result;
}

/** Bound to one staff member's id in the page; the id is checked against the manager's club. */
export async function unlockSignInAction(userId: unknown) {
  const { actor, clubId } = await requireClub("/klub/edukatorzy", "educator.unlock-sign-in");
  const parsed = z.string().min(1).max(64).safeParse(userId);
  if (!parsed.success) pageNotFound();
  try {
    await liftStaffSignInLock(await getDb(), actor, clubId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  redirect("/klub/edukatorzy?odblokowano=1");
}
