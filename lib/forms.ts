import { z } from "zod";

/**
 * What a form's server action returns to the page (React's useActionState): field errors in
 * Polish, the values typed (so nothing is lost), and on success whatever the page shows once.
 */
export type FormState<Result = undefined> = {
  status: "idle" | "invalid" | "done" | "failed";
  errors: Record<string, string>;
  values: Record<string, string>;
  result?: Result;
  message?: string;
};

export const idleForm: FormState<never> = { status: "idle", errors: {}, values: {} };

export function formValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, String(form.get(field) ?? "")]));
}

/** The first message per field, keyed by the field's id (the error summary links to it). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

export function invalid<Result>(values: Record<string, string>, errors: Record<string, string>): FormState<Result> {
  return { status: "invalid", errors, values };
}

/** An error we caused: logged with context, shown as a calm apology. Nothing typed is lost. */
export function failed<Result>(values: Record<string, string>, context: string, error: unknown): FormState<Result> {
  console.error(`form action failed: ${context}`, error);
  return { status: "failed", errors: {}, values, message: "Coś poszło nie tak — spróbuj ponownie." };
}

export function summary(errors: Record<string, string>): { field: string; message: string }[] {
  return Object.entries(errors).map(([field, message]) => ({ field, message }));
}

/** Route handlers that change state (e.g. printing new login cards) accept only same-site posts. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  if (!origin) return site === "same-origin";
  return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
}

/** A calendar day typed as YYYY-MM-DD (what <input type="date"> sends), checked against the calendar. */
export function isoDaySchema(formatMessage: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, formatMessage)
    .refine((value) => new Date(Date.parse(`${value}T00:00:00Z`) || 0).toISOString().startsWith(value), "Takiej daty nie ma w kalendarzu.");
}

export const isoDay = isoDaySchema("Wpisz termin jako rok-miesiąc-dzień, np. 2026-12-31.");
