import type { NextRequest } from "next/server";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isSameOrigin, readForm } from "@/lib/forms";
import {
  PREFERENCES_COOKIE,
  PREFERENCES_MAX_AGE_SECONDS,
  preferencesFromForm,
  safeReturnPath,
  serializePreferences,
} from "@/lib/preferences";
import { saveAccountPreferences } from "@/lib/preferences-server";
import { notSameSite, seeOther } from "@/lib/progress/http";

/**
 * „Zapisz” on /wyglad: a plain form POST and a full page load after it, so the next page fetches
 * /wyglad.css again and shows the new look at once (a soft navigation would keep the old one).
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return notSameSite();
  const form = (await readForm(request)) ?? new FormData();
  const back = safeReturnPath(form.get("wroc"));
  const parsed = preferencesFromForm(form);
  if (!parsed.success) return seeOther(`/wyglad?blad=1&wroc=${encodeURIComponent(back)}`);
  try {
    await saveAccountPreferences(parsed.data);
  } catch (error) {
    // The database is briefly away: the look is still kept by this browser's cookie.
    if (!isDatabaseUnavailable(error)) throw error;
  }
  const response = seeOther(`/wyglad?zapisano=1&wroc=${encodeURIComponent(back)}`);
  const secure = process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://");
  response.headers.append(
    "Set-Cookie",
    `${PREFERENCES_COOKIE}=${serializePreferences(parsed.data)}; Path=/; Max-Age=${PREFERENCES_MAX_AGE_SECONDS}; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`,
  );
  return response;
}
