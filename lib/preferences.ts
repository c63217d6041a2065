import { z } from "zod";

// Display preferences ("Wygląd"): kept in a cookie so they apply on the first paint, before any
// JavaScript (the per-person stylesheet /wyglad.css reads it), and saved on the account when
// the person is signed in.

export const PREFERENCES_COOKIE = "kc-wyglad";
export const PREFERENCES_MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // browsers cap cookies at 400 days

export const textSizes = [100, 125, 150, 200] as const;
export const contrasts = ["standard", "high", "dark"] as const;

export const preferencesSchema = z.object({
  textSize: z.coerce
    .number()
    .refine((value): value is (typeof textSizes)[number] => (textSizes as readonly number[]).includes(value), {
      message: "Wybierz jedną z wielkości tekstu.",
    }),
  contrast: z.enum(contrasts, { message: "Wybierz jeden z kontrastów." }),
  reducedMotion: z.boolean(),
  extraSpacing: z.boolean(),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = {
  textSize: 100,
  contrast: "standard",
  reducedMotion: false,
  extraSpacing: false,
};

/** Compact cookie value, e.g. "t150.chigh.m1.s0". */
export function serializePreferences(preferences: Preferences): string {
  return [
    `t${preferences.textSize}`,
    `c${preferences.contrast}`,
    `m${preferences.reducedMotion ? 1 : 0}`,
    `s${preferences.extraSpacing ? 1 : 0}`,
  ].join(".");
}

/** A cookie someone edited by hand, or from an older version, falls back to the defaults. */
export function parsePreferences(value: string | undefined | null): Preferences | null {
  if (!value) return null;
  const match = /^t(\d{3})\.c([a-z]+)\.m([01])\.s([01])$/.exec(value);
  if (!match) return null;
  const parsed = preferencesSchema.safeParse({
    textSize: match[1],
    contrast: match[2],
    reducedMotion: match[3] === "1",
    extraSpacing: match[4] === "1",
  });
  return parsed.success ? parsed.data : null;
}

/** From the "Wygląd" form: checkboxes are present only when ticked. */
export function preferencesFromForm(form: FormData) {
  return preferencesSchema.safeParse({
    textSize: form.get("textSize"),
    contrast: form.get("contrast"),
    reducedMotion: form.get("reducedMotion") === "tak",
    extraSpacing: form.get("extraSpacing") === "tak",
  });
}

/** Only paths on this site: a "return to" value must never send someone elsewhere (lib/safe-path.ts). */
export { isSafeReturnPath, safeReturnPath } from "./safe-path";
