import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";
import { InactivityGuard } from "@/components/devices/InactivityGuard";
import { GuestProgressMerge } from "@/components/progress/GuestProgressMerge";
import { ServiceUnavailable } from "@/components/layout/ServiceUnavailable";
import type { Actor } from "@/lib/access/policy";
import { getActor } from "@/lib/auth/actor";
import { noteDatabaseOutage } from "@/lib/db/outage";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { deviceIdleSeconds, deviceWarningSeconds } from "@/lib/devices/club-device";
import { htmlAttributes, parsePreferences, PREFERENCES_COOKIE, type Preferences } from "@/lib/preferences";
import { currentPreferences } from "@/lib/preferences-server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Klub Cyfrowy", template: "%s — Klub Cyfrowy" },
  description:
    "Spokojne lekcje internetu krok po kroku: mObywatel, profil zaufany, e-recepta, e-PIT, rozmowy wideo i bezpieczeństwo w sieci.",
  // Where the accessibility statement is, as the Polish statement template asks.
  other: { "deklaracja-dostępności": "/deklaracja-dostepnosci" },
};

// Zoom must stay possible: seniors enlarge pages with their fingers.
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Display preferences are applied here, on the server, so the first paint already has them
// and they work without JavaScript.
/**
 * The signed-in person and their display preferences. While the database is out of reach the
 * page frame is drawn as for a guest (with this browser's own preferences) and the page says
 * the service is briefly unavailable, instead of Next's English error page.
 */
async function frameState(): Promise<{ actor: Actor | null; preferences: Preferences | null; databaseDown: boolean }> {
  try {
    const [actor, preferences] = await Promise.all([getActor(), currentPreferences()]);
    return { actor, preferences, databaseDown: false };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("page frame: the database is unavailable");
    noteDatabaseOutage();
    return { actor: null, preferences: parsePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value), databaseDown: true };
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { actor, preferences, databaseDown } = await frameState();
  return (
    <html lang="pl" {...htmlAttributes(preferences)}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader actor={actor} />
        <main id="tresc" tabIndex={-1} className="kc-container flex-1 pt-4 outline-none sm:pt-8">
          {actor ? <GuestProgressMerge /> : null}
          {actor?.deviceSessionId ? <InactivityGuard idleSeconds={deviceIdleSeconds()} warnSeconds={deviceWarningSeconds(deviceIdleSeconds())} /> : null}
          {databaseDown ? <ServiceUnavailable /> : children}
        </main>
        <SiteFooter signedIn={Boolean(actor)} />
      </body>
    </html>
  );
}
