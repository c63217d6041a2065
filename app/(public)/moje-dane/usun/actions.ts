"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  accountSecretKind,
  DeletionLockedError,
  deleteOwnAccount,
  deletionSchema,
  StaffAccountError,
  WrongSecretError,
} from "@/lib/account/delete";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { minutesUntil } from "@/lib/auth/rate-limit";
import { expireSessionCookies } from "@/lib/auth/session-cookies";
import { clientIp } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

const timeFormat = new Intl.DateTimeFormat("pl-PL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Warsaw" });

export async function deleteAccountAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await getActor();
  if (!actor) redirect(`/logowanie?callbackUrl=${encodeURIComponent("/moje-dane/usun")}`);
  // The PIN is never sent back to the page; the tick is kept.
  const kept = { secret: "", confirm: String(form.get("confirm") ?? "") };
  const db = await getDb();
  const kind = await accountSecretKind(db, actor.userId);
  const parsed = deletionSchema(kind).safeParse(formValues(form, ["secret", "confirm"]));
  if (!parsed.success) return invalid(kept, fieldErrors(parsed.error));
  try {
    await deleteOwnAccount(db, actor, parsed.data, clientIp(await headers()));
  } catch (error) {
    if (error instanceof WrongSecretError) {
      const what = error.kind === "pin" ? "Ten PIN się nie zgadza" : "To hasło się nie zgadza";
      return invalid(kept, { secret: `${what}. Sprawdź i spróbuj jeszcze raz. Twoje konto nie zostało usunięte.` });
    }
    if (error instanceof DeletionLockedError) {
      return invalid(kept, {
        secret: `Było za dużo nieudanych prób. Dla bezpieczeństwa trzeba chwilę poczekać. Spróbuj ponownie za ${minutesUntil(error.retryAt)} min (o ${timeFormat.format(error.retryAt)}). Twoje konto nie zostało usunięte.`,
      });
    }
    // Staff see an explanation instead of the form; reaching here means a stale page.
    if (error instanceof StaffAccountError) redirect("/moje-dane/usun");
    if (error instanceof NotFoundError) pageNotFound();
    return failed(kept, "delete own account", error);
  }
  await expireSessionCookies();
  redirect("/moje-dane/usunieto");
}
