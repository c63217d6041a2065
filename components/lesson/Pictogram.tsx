// Icons of a drawn screen, drawn rather than typed: emoji and symbol characters (🗑, 📞, ➤) are
// missing from our font and from many computers' fonts, and showed as empty boxes. Each is a few
// strokes in the text colour, so it follows the theme; the drawing around it is aria-hidden.

import type { PictogramName } from "@/lib/content/pictograms";

const strokes: Record<PictogramName, string> = {
  telefon: "M6 3h3l2 5-2.5 1.5a12 12 0 0 0 6 6L16 13l5 2v3a3 3 0 0 1-3 3A15 15 0 0 1 3 6a3 3 0 0 1 3-3z",
  wiadomosci: "M4 5h16v11H10l-5 4v-4H4z",
  aparat: "M3 8h4l2-3h6l2 3h4v11H3zM12 10.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7",
  ustawienia: "M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6M12 2v4M12 18v4M2 12h4M18 12h4M4.9 4.9l2.8 2.8M16.3 16.3l2.8 2.8M4.9 19.1l2.8-2.8M16.3 7.7l2.8-2.8",
  przegladarka: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c-3 3-3 15 0 18M12 3c3 3 3 15 0 18M5 7.5h14M5 16.5h14",
  kosz: "M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6",
  dokumenty: "M3 6h6l2 2h10v11H3z",
  sklep: "M5 8h14l-1 12H6zM9 8a3 3 0 0 1 6 0",
  wyslij: "M3 11l18-7-7 18-3-8z",
  wstecz: "M20 12H5M11 6l-6 6 6 6",
  odpowiedz: "M10 7l-6 5 6 5M4 12h10a6 6 0 0 1 6 6",
  menu: "M4 6h16M4 12h16M4 18h16",
  rozlacz: "M3 14c5-5 13-5 18 0l-2 3-4-1v-3a11 11 0 0 0-6 0v3l-4 1z",
};

export type { PictogramName };

export function Pictogram({ name, className = "h-6 w-6" }: { name: PictogramName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={`inline-block shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={strokes[name]} />
    </svg>
  );
}

/** The app icons lessons draw, by the name under them; an app not listed shows its initial. */
const appIcons: Record<string, PictogramName> = {
  Telefon: "telefon",
  Wiadomości: "wiadomosci",
  Aparat: "aparat",
  Ustawienia: "ustawienia",
  Przeglądarka: "przegladarka",
  Kosz: "kosz",
  Dokumenty: "dokumenty",
  "Sklep Play": "sklep",
  "Google Play": "sklep",
  "App Store": "sklep",
};

export function appIconFor(name: string): PictogramName | null {
  return appIcons[name.trim()] ?? null;
}
