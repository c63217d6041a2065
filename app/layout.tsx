import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";
import { SessionFeatures } from "@/components/session/SessionFeatures";
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

// The frame reads no cookie and no session, so public pages are prerendered and served like
// files. Display preferences and the signed-in parts of the header come from /wyglad.css
// (lib/appearance.ts): on the first paint, without JavaScript.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pl">
      <head>
        {/* eslint-disable-next-line @next/next/no-css-tags -- per person, so never bundled */}
        <link rel="stylesheet" href="/wyglad.css" precedence="kc-person" />
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader />
        <main id="tresc" tabIndex={-1} className="kc-container flex-1 pt-4 outline-none sm:pt-8">
          <SessionFeatures />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
