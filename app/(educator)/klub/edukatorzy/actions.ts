"use server";

import { revalidatePath } from "next/cache";
import type { InvitationResult } from "@/components/club/InviteEducatorForm";
import { submitInvitation } from "@/lib/access/invitation-form";
import type { FormState } from "@/lib/forms";

const refused = "Nie możesz zapraszać edukatorów do tego klubu. Zaloguj się ponownie jako kierownik klubu i spróbuj jeszcze raz.";

export async function inviteEducatorAction(_state: FormState<InvitationResult>, form: FormData): Promise<FormState<InvitationResult>> {
  const result = await submitInvitation(form, "EDUCATOR", refused);
  if (result.status === "done") revalidatePath("/klub/edukatorzy");
  return result;
}
