/**
 * The one rule for telling an office's address from a fake, in one place so that no lesson can
 * teach a weaker version ("ends on gov.pl" lets "…@mojgov.pl" through; "starts with
 * login.gov.pl" lets "login.gov.pl.xyz.com" through). Lessons show it with <CheckAddress>.
 * Facts: ../shared/content-brief.md, "Corrections (2026-12)".
 */
export type AddressKind = "email" | "web";

const NBSP = "\u00a0";

const headings: Record<AddressKind, string> = {
  email: "Jak sprawdzić adres nadawcy",
  web: "Jak sprawdzić adres strony",
};

// Each line is one short sentence a beginner can check against the screen.
const rules: Record<AddressKind, string[]> = {
  email: [
    `Spójrz, co stoi po znaku @ w${NBSP}adresie nadawcy.`,
    `Adres urzędu kończy się na „.gov.pl” — z${NBSP}kropką przed „gov”. Na przykład: kontakt@podatki.gov.pl.`,
    `Adres …@mojgov.pl nie jest adresem urzędu. Przed „gov” nie ma kropki.`,
    `Wiadomość, która podaje się za urząd albo ministerstwo, a${NBSP}przyszła z${NBSP}innego adresu, to oszustwo.`,
    `Nie każdy prawdziwy urząd ma adres w${NBSP}gov.pl. ZUS pisze z${NBSP}adresu zus.pl. Wiele urzędów miast ma własny adres, na przykład poznan.pl.`,
    `Masz wątpliwość? Wpisz samodzielnie adres urzędu, który znasz, albo zadzwoń do urzędu.`,
    `Nie dzwoń pod numer podany w${NBSP}podejrzanej wiadomości.`,
  ],
  web: [
    `Spójrz na pasek adresu u${NBSP}góry ekranu.`,
    `Znajdź pierwszy pojedynczy ukośnik „/” po nazwie strony. Podwójny „//” po „https:” się nie liczy.`,
    `To, co stoi przed tym ukośnikiem, musi kończyć się dokładnie na „.gov.pl”. Na przykład: login.gov.pl/…`,
    `Adres login.gov.pl.xyz.com to nie jest strona urzędu. Po „gov.pl” stoi jeszcze „.xyz.com”.`,
    `Uważaj też na końcówki takie jak „.gov.pl-zwrot.com” albo „.pl.net”.`,
    `Nie każdy prawdziwy urząd ma stronę w${NBSP}gov.pl. ZUS to zus.pl. Wiele urzędów miast ma własny adres, na przykład poznan.pl.`,
    `Masz wątpliwość? Wpisz samodzielnie adres, który znasz. Nie otwieraj strony z${NBSP}linku w${NBSP}SMS-ie ani w${NBSP}e-mailu.`,
  ],
};

export function addressRule(kind: AddressKind): { heading: string; lines: string[] } {
  return { heading: headings[kind], lines: rules[kind] };
}

export function isAddressKind(value: unknown): value is AddressKind {
  return value === "email" || value === "web";
}
