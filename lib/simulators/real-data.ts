// Spots real personal data typed into a practice screen, so the simulator can stop, explain and
// throw it away. Runs in the browser (before anything is sent) and again on the server (when
// JavaScript is off). Pure functions: no value ever leaves them.

export type RealDataKind = "pesel" | "karta" | "konto" | "haslo";

/** Runs of digits, allowing single spaces or dashes between them ("4405 1401 359"). */
function digitRuns(value: string): string[] {
  return (value.match(/\d(?:[ -]?\d)*/g) ?? []).map((run) => run.replace(/[ -]/g, ""));
}

export function isValidPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  if ((10 - (sum % 10)) % 10 !== Number(digits[10])) return false;
  // The month carries the century (+80 for 1800s, +20 for 2000s…); the day must exist.
  const encodedMonth = Number(digits.slice(2, 4));
  const month = encodedMonth % 20;
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(encodedMonth / 20)];
  if (century === undefined || month < 1 || month > 12) return false;
  const year = century + Number(digits.slice(0, 2));
  const day = Number(digits.slice(4, 6));
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const isCardNumber = (digits: string) => digits.length >= 13 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && passesLuhn(digits);

/** A Polish account number (NRB, 26 digits) whose IBAN check digits are right. */
export function isValidAccountNumber(digits: string): boolean {
  if (!/^\d{26}$/.test(digits)) return false;
  // IBAN check: move "PL" + check digits to the end, letters as numbers (P=25, L=21), mod 97 = 1.
  const rearranged = `${digits.slice(2)}2521${digits.slice(0, 2)}`;
  let remainder = 0;
  for (const char of rearranged) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder === 1;
}

/** A password field's value that is not the practice password and could be someone's real one. */
export function looksLikeRealPassword(value: string, practicePassword: string): boolean {
  const typed = value.trim();
  if (typed.toLocaleLowerCase("pl") === practicePassword.toLocaleLowerCase("pl")) return false;
  return typed.length >= 6;
}

export type GuardedField = { name: string; kind: "text" | "password"; practicePassword?: string };

/** The first kind of real data found in the typed fields, or null. */
export function findRealData(fields: GuardedField[], values: Record<string, string>): RealDataKind | null {
  for (const field of fields) {
    const value = values[field.name] ?? "";
    for (const run of digitRuns(value.replace(/^PL/i, ""))) {
      if (isValidPesel(run)) return "pesel";
      if (isValidAccountNumber(run)) return "konto";
      if (isCardNumber(run)) return "karta";
    }
    if (field.kind === "password" && field.practicePassword !== undefined && looksLikeRealPassword(value, field.practicePassword)) {
      return "haslo";
    }
  }
  return null;
}

export const realDataMessages: Record<RealDataKind, { title: string; text: string }> = {
  pesel: {
    title: "To wygląda jak prawdziwy numer PESEL",
    text: "W ćwiczeniu nigdy nie wpisuj swoich prawdziwych danych.",
  },
  karta: {
    title: "To wygląda jak numer prawdziwej karty płatniczej",
    text: "Numer karty podawaj tylko w sklepie lub banku, któremu ufasz. Nigdy w ćwiczeniu.",
  },
  konto: {
    title: "To wygląda jak numer prawdziwego konta w banku",
    text: "W ćwiczeniu nie podawaj swojego numeru konta.",
  },
  haslo: {
    title: "To może być Twoje prawdziwe hasło",
    text: "Do ćwiczenia wpisz tylko hasło z ramki „Dane do ćwiczenia”. Swoich haseł nie wpisuj nigdzie poza prawdziwą stroną.",
  },
};
