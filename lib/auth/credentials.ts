import { randomInt } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

const common = new Set<string>(dictionary["passwords-common"] as string[]);

export const MIN_STAFF_PASSWORD = 12;

/** A staff password: long, and not one that appears in lists of common passwords. */
export const staffPasswordSchema = z
  .string()
  .min(MIN_STAFF_PASSWORD, `Hasło musi mieć co najmniej ${MIN_STAFF_PASSWORD} znaków. Długie zdanie jest łatwe do zapamiętania.`)
  .max(200, "Hasło może mieć najwyżej 200 znaków.")
  .refine((password) => !common.has(password.toLowerCase()), {
    message: "To hasło jest na liście często używanych haseł. Wymyśl inne, na przykład kilka słów połączonych w zdanie.",
  });

/** Six digits. Self-chosen PINs must not be one that anybody would guess first. */
export const pinSchema = z.string().trim().regex(/^\d{6}$/, "PIN to 6 cyfr.");

export const newPinSchema = pinSchema.refine((pin) => !isGuessablePin(pin), {
  message: "Ten PIN łatwo zgadnąć. Wybierz 6 cyfr, które nie są takie same ani po kolei.",
});

export function isGuessablePin(pin: string): boolean {
  if (/^(\d)\1{5}$/.test(pin)) return true;
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((digit, index) => digit - digits[index]!);
  return steps.every((step) => step === 1) || steps.every((step) => step === -1);
}

/** A random PIN for a new learner or a reset; shown to the educator once, never stored. */
export function generatePin(): string {
  for (;;) {
    const pin = String(randomInt(0, 1_000_000)).padStart(6, "0");
    if (!isGuessablePin(pin)) return pin;
  }
}

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Nazwa użytkownika musi mieć co najmniej 3 znaki.")
  .max(40, "Nazwa użytkownika może mieć najwyżej 40 znaków.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Użyj małych liter bez polskich znaków, cyfr, kropki lub myślnika, na przykład zofia.kowalska.");

export const displayNameSchema = z
  .string()
  .trim()
  .min(2, "Wpisz imię i nazwisko.")
  .max(120, "Imię i nazwisko może mieć najwyżej 120 znaków.");

const polishLetters: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };

/** "Zofia Kowalska" → "zofia.kowalska": a username suggestion from a name. */
export function usernameFromName(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (letter) => polishLetters[letter] ?? letter)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
  return (base || "uczestnik").slice(0, 32);
}
