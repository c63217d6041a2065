import Link from "next/link";
import { audienceClasses, type Audience } from "@/lib/audience";
import { PreferencesLink } from "./PreferencesLink";

const linkClass = "inline-flex min-h-11 items-center px-2 py-1";

const navigation: { href: string; label: string; for?: Audience }[] = [
  { href: "/", label: "Strona główna" },
  { href: "/lekcje", label: "Lekcje" },
  { href: "/moje-postepy", label: "Moje postępy", for: "account" },
  { href: "/klub", label: "Mój klub", for: "staff" },
  { href: "/admin/kluby", label: "Kluby", for: "admin" },
  { href: "/admin/redaktorzy", label: "Redaktorzy", for: "admin" },
  { href: "/admin/koordynatorzy", label: "Koordynatorzy", for: "admin" },
  { href: "/raporty", label: "Raporty", for: "reports" },
  { href: "/redakcja", label: "Redakcja", for: "editor" },
  { href: "/slowniczek", label: "Słowniczek" },
  { href: "/pomoc", label: "Potrzebujesz pomocy?" },
];

function itemClass(audience?: Audience) {
  return audience ? `m-0 list-none ${audienceClasses[audience]}` : "m-0 list-none";
}

/**
 * The same HTML for everyone, so every page can be served like a file: the parts for one kind
 * of visitor are all here, and /wyglad.css shows the ones that fit the person (lib/appearance.ts).
 */
export function SiteHeader() {
  const items = (
    <>
      {navigation.map((item) => (
        <li key={item.href} className={itemClass(item.for)}>
          <Link prefetch={false} href={item.href} className={linkClass}>
            {item.label}
          </Link>
        </li>
      ))}
      <li className="m-0 list-none">
        <PreferencesLink />
      </li>
      <li className={itemClass("home")}>
        <Link prefetch={false} href="/wyloguj" className={`${linkClass} font-bold`}>
          Wyloguj się<span className="sr-only">, zalogowano jako</span>&nbsp;<span className="kc-account-name" />
        </Link>
      </li>
      <li className={itemClass("clubDevice")}>
        {/* On a club computer the next person sits down after you: say plainly that this ends it. */}
        <Link prefetch={false} href="/wyloguj" className={`${linkClass} font-bold`}>
          Zakończ i wyloguj<span className="sr-only">, zalogowano jako</span>&nbsp;<span className="kc-account-name" />
        </Link>
      </li>
      <li className={itemClass("guest")}>
        <Link prefetch={false} href="/logowanie" className={`${linkClass} font-bold`}>
          Zaloguj się
        </Link>
      </li>
    </>
  );
  // Two forms of one menu, and CSS shows the one that fits (globals.css, .kc-menu-*): the links in
  // a row where they fit in about one line at the chosen text size, else behind „Menu” — a
  // <details>, so it opens without JavaScript and the first screen of a phone shows the lesson.
  return (
    <header className="border-b-4 border-primary bg-page">
      <div className="kc-container flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-3">
        <Link prefetch={false} href="/" className="kc-logo py-2 text-2xl font-bold text-ink no-underline">
          Klub Cyfrowy
        </Link>
        <nav aria-label="Menu główne" className="kc-menu-wide">
          <ul className="m-0 flex flex-wrap gap-x-2 gap-y-1 p-0">{items}</ul>
        </nav>
        <details className="kc-menu-compact">
          <summary className="inline-flex min-h-12 min-w-11 cursor-pointer list-none items-center gap-2 rounded-md border-2 border-primary bg-page px-3 py-2 text-xl font-bold text-primary [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true">☰</span> Menu
          </summary>
          <nav aria-label="Menu główne" className="pt-2">
            <ul className="m-0 flex flex-col gap-1 p-0">{items}</ul>
          </nav>
        </details>
      </div>
    </header>
  );
}
