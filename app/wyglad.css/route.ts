import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { appearanceStylesheet, stylesheetTag } from "@/lib/appearance";
import type { Actor } from "@/lib/access/policy";
import { getActor } from "@/lib/auth/actor";
import { noteDatabaseOutage } from "@/lib/db/outage";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { deviceIdleSeconds, deviceWarningSeconds } from "@/lib/devices/club-device";
import { parsePreferences, PREFERENCES_COOKIE, type Preferences } from "@/lib/preferences";
import { preferencesOf } from "@/lib/preferences-server";

/**
 * The per-person part of every page (lib/appearance.ts). Private and revalidated on every page
 * view (no-cache + ETag → usually a 304): signing in or out, or a new text size, shows on the
 * very next page, and a shared cache never keeps one person's copy for another.
 */
export async function GET(request: NextRequest) {
  let actor: Actor | null = null;
  let preferences: Preferences | null;
  try {
    actor = await getActor();
    preferences = await preferencesOf(actor);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // Drawn as for a guest, with this browser's own preferences, as the pages are during an outage.
    noteDatabaseOutage();
    preferences = parsePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
  }
  const idleSeconds = deviceIdleSeconds();
  const css = appearanceStylesheet(preferences, actor, { idleSeconds, warnSeconds: deviceWarningSeconds(idleSeconds) });
  const etag = stylesheetTag(css);
  const headers = {
    "content-type": "text/css; charset=utf-8",
    "cache-control": "private, no-cache",
    vary: "Cookie",
    etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(css, { headers });
}
