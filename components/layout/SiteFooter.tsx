import Link from "next/link";
import { audienceClasses } from "@/lib/audience";

const footerLinks = [
  { href: "/pomoc", label: "Pomoc" },
  { href: "/deklaracja-dostepnosci", label: "Deklaracja dostępności" },
  { href: "/prywatnosc", label: "Polityka prywatności" },
  { href: "/certyfikat", label: "Sprawdź certyfikat" },
] as const;

/** A signed-in person also finds their own data here (shown by /wyglad.css): calm, out of the crowded main menu. */
export function SiteFooter() {
  const links = [...footerLinks, { href: "/moje-dane", label: "Moje dane", className: audienceClasses.account }];
  return (
    <footer className="mt-16 border-t-4 border-primary bg-surface py-8">
      <div className="kc-container">
        <nav aria-label="Informacje o serwisie">
          <ul className="m-0 flex flex-wrap gap-x-6 gap-y-2 p-0">
            {links.map((item) => (
              <li key={item.href} className={"className" in item ? `m-0 list-none ${item.className}` : "m-0 list-none"}>
                <Link prefetch={false} href={item.href} className="inline-flex min-h-11 items-center">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 mb-0 text-muted">
          Klub Cyfrowy — nauka internetu w Klubach Rozwoju Cyfrowego. Uczysz się we własnym tempie,
          bez pośpiechu.
        </p>
      </div>
    </footer>
  );
}
