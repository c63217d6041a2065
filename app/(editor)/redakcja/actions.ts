"use server";

import { revalidatePath } from "next/cache";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { reviewContentReport, reviewSchema } from "@/lib/content-reports/review";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";

const refused = (values: Record<string, string>): FormState => ({
  status: "failed",
  errors: {},
  values,
  message: "Twoja sesja wygasła, nie masz do tego dostępu albo tego zgłoszenia już nie ma. Zaloguj się ponownie i odśwież stronę.",
});

export async function reviewReportAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["id", "status", "odpowiedz"]);
  const actor = await getActor();
  if (!actor) return refused(values);
  const parsed = reviewSchema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return errors.id ? refused(values) : invalid(values, errors);
  }
  try {
    await reviewContentReport(await getDb(), actor, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return refused(values);
    return failed(values, "review content report", error);
  }
  revalidatePath("/redakcja");
  return { status: "done", errors: {}, values: { status: parsed.data.status, odpowiedz: parsed.data.odpowiedz } };
}
