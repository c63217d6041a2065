"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/access/guard";
import { clubFormSchema, createClub } from "@/lib/access/clubs";
import { submitInvitation } from "@/lib/access/invitation-form";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import type { CreatedClub } from "@/components/admin/ClubForm";
import type { InvitationResult } from "@/components/club/InviteEducatorForm";

const clubFields = ["name", "kind", "addressLine", "postalCode", "city", "gmina", "powiat", "voivodeship", "terytCode"] as const;

const signedOut = "Twoja sesja wygasła albo nie masz do tego dostępu. Zaloguj się ponownie i spróbuj jeszcze raz.";
const noClub = "Nie możesz zaprosić kierownika do tego klubu albo tego klubu już nie ma. Odśwież stronę i spróbuj ponownie.";

function refused<Result>(values: Record<string, string>, message = signedOut): FormState<Result> {
  return { status: "failed", errors: {}, values, message };
}

export async function createClubAction(_state: FormState<CreatedClub>, form: FormData): Promise<FormState<CreatedClub>> {
  const values = formValues(form, clubFields);
  const actor = await getActor();
  if (!actor) return refused(values);
  const parsed = clubFormSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    const club = await createClub(await getDb(), actor, parsed.data);
    revalidatePath("/admin/kluby");
    return { status: "done", errors: {}, values: {}, result: { name: club.name, joinCode: club.joinCode } };
  } catch (error) {
    if (error instanceof NotFoundError) return refused(values);
    return failed(values, "create club", error);
  }
}

export async function inviteManagerAction(_state: FormState<InvitationResult>, form: FormData): Promise<FormState<InvitationResult>> {
  return submitInvitation(form, "MANAGER", noClub);
}
