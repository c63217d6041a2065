"use server";

import { revalidatePath } from "next/cache";
import { editorEmailSchema, editorIdSchema, grantEditor, NoStaffAccountError, revokeEditor } from "@/lib/access/editors";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

const signedOut = "Twoja sesja wygasła albo nie masz do tego dostępu. Zaloguj się ponownie i spróbuj jeszcze raz.";

function refused<Result>(values: Record<string, string>, message = signedOut): FormState<Result> {
  return { status: "failed", errors: {}, values, message };
}

export async function grantEditorAction(_state: FormState<{ name: string }>, form: FormData): Promise<FormState<{ name: string }>> {
  const values = formValues(form, ["email"]);
  const actor = await getActor();
  if (!actor) return refused(values);
  const parsed = editorEmailSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    const user = await grantEditor(await getDb(), actor, parsed.data.email);
    revalidatePath("/admin/redaktorzy");
    return { status: "done", errors: {}, values: {}, result: { name: user.displayName } };
  } catch (error) {
    if (error instanceof NoStaffAccountError) {
      return invalid(values, { email: "Nie ma konta pracownika z tym adresem. Sprawdź adres albo najpierw zaproś tę osobę do klubu." });
    }
    if (error instanceof NotFoundError) return refused(values);
    return failed(values, "grant editor", error);
  }
}

export async function revokeEditorAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["id"]);
  const actor = await getActor();
  if (!actor) return refused(values);
  const parsed = editorIdSchema.safeParse(values);
  if (!parsed.success) return refused(values, "Nie wiemy, komu odebrać rolę. Odśwież stronę i spróbuj ponownie.");
  try {
    await revokeEditor(await getDb(), actor, parsed.data.id);
  } catch (error) {
    if (error instanceof NotFoundError) return refused(values);
    return failed(values, "revoke editor", error);
  }
  revalidatePath("/admin/redaktorzy");
  return { status: "done", errors: {}, values: {} };
}
