import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SkipLink } from "@/components/layout/SkipLink";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Klub Cyfrowy", template: "%s — Klub Cyfrowy" },
  description:
    "Spokojne lekcje internetu krok po kroku: mObywatel, profil zaufany, e-recepta, e-PIT, rozmowy wideo i bezpieczeństwo w sieci.",
};

// Zoom must stay possible: seniors enlarge pages with their fingers.
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pl">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader />
        <main id="tresc" tabIndex={-1} className="kc-container flex-1 pt-8 outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
