import Link from "next/link";
import { PreferencesLink } from "./PreferencesLink";

const mainNavigation = [
  { href: "/", label: "Strona główna" },
  { href: "/lekcje", label: "Lekcje" },
  { href: "/slowniczek", label: "Słowniczek" },
  { href: "/pomoc", label: "Potrzebujesz pomocy?" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b-4 border-primary bg-page">
      <div className="kc-container flex flex-wrap items-center justify-between gap-x-8 gap-y-2 py-3">
        <Link prefetch={false} href="/" className="py-2 text-2xl font-bold text-ink no-underline">
          Klub Cyfrowy
        </Link>
        <nav aria-label="Menu główne">
          <ul className="m-0 flex flex-wrap gap-x-2 gap-y-1 p-0">
            {mainNavigation.map((item) => (
              <li key={item.href} className="m-0 list-none">
                <Link prefetch={false} href={item.href} className="inline-flex min-h-11 items-center px-2 py-1">
                  {item.label}
                </Link>
              </li>
            ))}
            <li className="m-0 list-none">
              <PreferencesLink />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
