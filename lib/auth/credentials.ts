import { randomInt } from "node:crypto";
import { dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as polishDictionary } from "@zxcvbn-ts/language-pl";
import { z } from "zod";

const common = new Set<string>(commonDictionary["passwords-common"] as string[]);

/** Lower case without Polish diacritics, so „Słoneczko” and „sloneczko” are the same word. */
function fold(text: string): string {
  return text.toLowerCase().replace(/ł/g, "l").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

// The common passwords and the Polish lists (frequent words, first names, surnames, Wikipedia
// words) of @zxcvbn-ts/language-pl, folded; built on first use, not when the module loads.
let guessableWords: Set<string> | null = null;
function guessable(): Set<string> {
  if (!guessableWords) {
    guessableWords = new Set<string>();
    for (const word of common) guessableWords.add(fold(word));
    for (const list of Object.values(polishDictionary)) for (const word of list) guessableWords.add(fold(word));
  }
  return guessableWords;
}

/**
 * Why a staff password is easy to guess, or null: it is a common password, or its letters are
 * one common word or name with digits or signs around it („Kochanie12345!”, „polska123456”).
 * A sentence of several words is fine, whatever the words are.
 */
export function guessablePasswordReason(password: string): string | null {
  if (common.has(password.toLowerCase())) {
    return "To hasło jest na liście często używanych haseł. Wymyśl inne, na przykład kilka słów połączonych w zdanie.";
  }
  const base = fold(password).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (/^\p{L}+$/u.test(base) && guessable().has(base)) {
    return "To hasło to jedno popularne słowo lub imię z cyframi, a takie łatwo zgadnąć. Wymyśl inne, na przykład kilka słów połączonych w zdanie.";
  }
  return null;
}

export const MIN_STAFF_PASSWORD = 12;

/** A staff password: long, not a common password, not one common word or name with digits (guessablePasswordReason). */
export const staffPasswordSchema = z
  .string()
  .min(MIN_STAFF_PASSWORD, `Hasło musi mieć co najmniej ${MIN_STAFF_PASSWORD} znaków. Długie zdanie jest łatwe do zapamiętania.`)
  .max(200, "Hasło może mieć najwyżej 200 znaków.")
  .superRefine((password, context) => {
    const reason = guessablePasswordReason(password);
    if (reason) context.addIssue({ code: "custom", message: reason });
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
