"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { minutesUntil } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/auth/sign-in";
import { getCatalogue, lessonHref } from "@/lib/content/catalogue";
import { reportFields, ReportLimitError, reportSchema, storeContentReport } from "@/lib/content-reports/submit";
import { getDb } from "@/lib/db/client";
import { failed, fieldErrors, formValues, invalid, isSameOrigin, type FormState } from "@/lib/forms";

const typed = new Set(["problem", "ekran"]);

function refused(values: Record<string, string>, message: string): FormState {
  return { status: "failed", errors: {}, values, message };
}

/** „Coś się nie zgadza?”: validate, check the place exists, reserve the limits, store, thank. */
export async function reportMistakeAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, reportFields);
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return refused(values, "Tę prośbę można wysłać tylko z Klubu Cyfrowego. Wróć do kroku lekcji i otwórz formularz jeszcze raz.");
  const parsed = reportSchema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    // The hidden fields are ours: a broken one is a stale page, not the person's mistake.
    if (Object.keys(errors).some((field) => !typed.has(field))) return refused(values, "Nie wiemy, którego kroku lekcji to dotyczy. Wróć do kroku i otwórz formularz jeszcze raz.");
    return invalid(values, errors);
  }
  const lesson = (await getCatalogue()).lessons.find((candidate) => candidate.slug === parsed.data.lekcja);
  const step = lesson?.analysis.steps.find((candidate) => candidate.id === parsed.data.krok);
  if (!lesson || !step) return refused(values, "Tego kroku lekcji już nie ma. Wróć do listy lekcji i wybierz krok jeszcze raz.");
  try {
    await storeContentReport(await getDb(), await getActor(), clientIp(requestHeaders), parsed.data);
  } catch (error) {
    if (error instanceof ReportLimitError) {
      return refused(
        values,
        `Dostaliśmy stąd ostatnio dużo zgłoszeń, więc na chwilę wstrzymujemy kolejne. Spróbuj ponownie za ${minutesUntil(error.retryAt)} min. To, co napisałeś, zostaje w formularzu.`,
      );
    }
    return failed(values, "store content report", error);
  }
  redirect(`${lessonHref(lesson)}/${step.number}/zglos/dziekujemy`);
}
