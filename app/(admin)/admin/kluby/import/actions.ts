"use server";

import { redirect } from "next/navigation";
import { can } from "@/lib/access/policy";
import { getActor } from "@/lib/auth/actor";
import { importFailure, importProblemsState, type ImportFormState } from "@/lib/club-import/form-state";
import { importUpload } from "@/lib/club-import/upload";

/** The form without JavaScript: the whole file, then the result page (or what to fix). */
export async function importClubsAction(_state: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await getActor();
  if (!actor || !can(actor, "club.import", { kind: "global" })) {
    return { status: "failed", problems: [], more: 0, message: "Twoja sesja wygasła albo nie masz do tego dostępu. Zaloguj się ponownie i spróbuj jeszcze raz." };
  }
  let importId: string;
  try {
    const outcome = await importUpload(actor, form.get("plik"));
    if (!outcome.ok) return importProblemsState(outcome);
    importId = outcome.summary.importId;
  } catch (error) {
    return importFailure(error);
  }
  redirect(`/admin/kluby/import/${importId}`);
}
