"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import {
  PREFERENCES_COOKIE,
  PREFERENCES_MAX_AGE_SECONDS,
  preferencesFromForm,
  safeReturnPath,
  serializePreferences,
} from "@/lib/preferences";
import { saveAccountPreferences } from "@/lib/preferences-server";

export async function savePreferences(form: FormData) {
  const back = safeReturnPath(form.get("wroc"));
  const parsed = preferencesFromForm(form);
  if (!parsed.success) redirect(`/wyglad?blad=1&wroc=${encodeURIComponent(back)}`);
  (await cookies()).set(PREFERENCES_COOKIE, serializePreferences(parsed.data), {
    path: "/",
    maxAge: PREFERENCES_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://"),
  });
  await saveAccountPreferences(parsed.data);
  redirect(`/wyglad?zapisano=1&wroc=${encodeURIComponent(back)}`);
}
