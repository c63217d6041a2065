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

/**
 * Route handlers that change state (e.g. printing new login cards) accept only same-site posts.
 * An Origin that is `null` (a sandboxed frame, a privacy-minded browser) or cannot be read is
 * treated as another site's: refused, never an error.
 */
export function isSameOrigin(request: Request | Pick<Headers, "get">): boolean {
  // A server action has no Request, only the request's headers (next/headers).
  // Duck-typed: next/headers' read-only headers answer `"headers" in …` with true.
  const headers = "get" in request && typeof request.get === "function" ? request : (request as Request).headers;
  const origin = headers.get("origin");
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  if (!origin) return site === "same-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return Boolean(host) && host === (headers.get("x-forwarded-host") ?? headers.get("host"));
}

/** The answer to a post from another site (or with an unreadable Origin). */
export function notSameSiteResponse(): Response {
  return new Response("Tę prośbę można wysłać tylko z Klubu Cyfrowego.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** A form post whose body is not a form (JSON, garbage, a wrong content type): read as nothing. */
export async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/** The answer to a post whose body is not a form. */
export function notAFormResponse(): Response {
  return new Response("Nie udało się odczytać formularza. Wróć do strony i wyślij go jeszcze raz.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** NUL and other control characters: nothing a person types, and PostgreSQL refuses NUL in text. */
const controlCharacters = /[\u0000-\u001f\u007f]/;

export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}

/** A text field or parameter without control characters (zod); use it for ids, usernames, codes. */
export function cleanText(max = 200, message = "Ten tekst zawiera niedozwolone znaki.") {
  return z
    .string()
    .max(max, message)
    .refine((value) => !hasControlCharacters(value), message);
}

/**
 * One query parameter or form field as a clean string: absent, repeated, too long or with control
 * characters (e.g. `?proba=%00`) it is `null`, so it never reaches a database query.
 */
export function cleanParam(value: unknown, max = 200): string | null {
  if (typeof value !== "string") return null;
  return cleanText(max).safeParse(value).success ? value : null;
}

/** A calendar day typed as YYYY-MM-DD (what <input type="date"> sends), checked against the calendar. */
export function isoDaySchema(formatMessage: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, formatMessage)
    .refine((value) => new Date(Date.parse(`${value}T00:00:00Z`) || 0).toISOString().startsWith(value), "Takiej daty nie ma w kalendarzu.");
}

export const isoDay = isoDaySchema("Wpisz termin jako rok-miesiąc-dzień, np. 2026-12-31.");
