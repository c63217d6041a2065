import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";
import { InactivityGuard } from "@/components/devices/InactivityGuard";
import { GuestProgressMerge } from "@/components/progress/GuestProgressMerge";
import { getActor } from "@/lib/auth/actor";
import { deviceIdleSeconds, deviceWarningSeconds } from "@/lib/devices/club-device";
import { htmlAttributes } from "@/lib/preferences";
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
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [actor, preferences] = await Promise.all([getActor(), currentPreferences()]);
  return (
    <html lang="pl" {...htmlAttributes(preferences)}>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader actor={actor} />
        <main id="tresc" tabIndex={-1} className="kc-container flex-1 pt-8 outline-none">
          {actor ? <GuestProgressMerge /> : null}
          {actor?.deviceSessionId ? <InactivityGuard idleSeconds={deviceIdleSeconds()} warnSeconds={deviceWarningSeconds(deviceIdleSeconds())} /> : null}
          {children}
        </main>
        <SiteFooter signedIn={Boolean(actor)} />
      </body>
    </html>
  );
}
