import { randomBytes } from "node:crypto";

// Verification codes: 80 random bits as 16 characters of a 32-letter alphabet without the look-alikes
// 0/O and 1/I, printed in groups of four ("K7QM-3WXA-…"), so a code read aloud or typed from paper
// comes out right. Enumeration is hopeless at 2^80, and the look-up page is rate-limited as well.
export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const CODE_LENGTH = 16;
const CODE_BYTES = (CODE_LENGTH * 5) / 8;

/** A fresh random code, stored without dashes. */
export function generateVerificationCode(): string {
  const bytes = randomBytes(CODE_BYTES);
  let bits = 0;
  let value = 0;
  let code = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code;
}

/** "K7QM3WXAB2CDEFGH" → "K7QM-3WXA-B2CD-EFGH". */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export type ParsedCode = { ok: true; code: string } | { ok: false; reason: "empty" | "length" | "characters"; message: string };

/**
 * A code as a person typed it: case, spaces and dashes do not matter. Anything else gets a message
 * that says what a code looks like, never whether some other code exists.
 */
export function parseVerificationCode(input: unknown): ParsedCode {
  const text = typeof input === "string" ? input.slice(0, 200) : "";
  const code = text.toUpperCase().replace(/[\s\-‐‑–—.]/g, "");
  if (!code) return { ok: false, reason: "empty", message: "Wpisz kod z certyfikatu. Jest pod kodem QR, na dole strony." };
  if ([...code].some((ch) => !CODE_ALPHABET.includes(ch))) {
    return {
      ok: false,
      reason: "characters",
      message: "Kod ma tylko litery i cyfry od 2 do 9. Nie ma w nim zera, litery O, jedynki ani litery I — sprawdź, czy to nie one.",
    };
  }
  if (code.length !== CODE_LENGTH) {
    return { ok: false, reason: "length", message: `Kod ma ${CODE_LENGTH} znaków, w czterech grupach po cztery. Sprawdź, czy są wpisane wszystkie.` };
  }
  return { ok: true, code };
}

/** The certificate's number as printed: its place in the club's year, "0007/2026". */
export function certificateNumber(sequence: number, year: number): string {
  return `${String(sequence).padStart(4, "0")}/${year}`;
}

/** "Zofia Maria Kowalska-Nowak" → "Z. M. K.-N.": what the public page shows when the learner chose initials. */
export function initials(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split("-")
        .filter(Boolean)
        .map((part) => `${Array.from(part)[0]!.toLocaleUpperCase("pl-PL")}.`)
        .join("-"),
    )
    .join(" ");
}
