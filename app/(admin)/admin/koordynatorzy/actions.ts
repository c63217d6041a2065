"use server";

import { revalidatePath } from "next/cache";
import { coordinatorAreaIdSchema, coordinatorGrantSchema, grantCoordinator, NoCoordinatorAccountError, revokeCoordinator } from "@/lib/access/coordinators";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

const signedOut = "Twoja sesja wygasła albo nie masz do tego dostępu. Zaloguj się ponownie i spróbuj jeszcze raz.";
type Granted = { name: string; areaName: string };

function refused<Result>(values: Record<string, string>, message = signedOut): FormState<Result> {
  return { status: "failed", errors: {}, values, message };
}

export async function grantCoordinatorAction(_state: FormState<Granted>, form: FormData): Promise<FormState<Granted>> {
  const values = formValues(form, ["email", "area"]);
  const actor = await getActor();
  if (!actor) return refused(values);
  const parsed = coordinatorGrantSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    const result = await grantCoordinator(await getDb(), actor, parsed.data);
    revalidatePath("/admin/koordynatorzy");
    return { status: "done", errors: {}, values: {}, result };
  } catch (error) {
    if (error instanceof NoCoordinatorAccountError) {
      return invalid(values, { email: "Nie ma konta pracownika z tym adresem. Sprawdź adres albo najpierw zaproś tę osobę do klubu." });
    }
    if (error instanceof NotFoundError) return refused(values);
    return failed(values, "grant coordinator", error);
  }
}

export async function revokeCoordinatorAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["id"]);
  const actor = await getActor();
  if (!actor) return refused(values);
  const parsed = coordinatorAreaIdSchema.safeParse(values);
  if (!parsed.success) return refused(values, "Nie wiemy, który obszar odebrać. Odśwież stronę i spróbuj ponownie.");
  try {
    await revokeCoordinator(await getDb(), actor, parsed.data.id);
  } catch (error) {
    if (error instanceof NotFoundError) return refused(values);
    return failed(values, "revoke coordinator", error);
  }
  revalidatePath("/admin/koordynatorzy");
  return { status: "done", errors: {}, values: {} };
}
