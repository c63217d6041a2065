import { z } from "zod";
import type { Voivodeship } from "../db/generated/enums";

// TERYT (GUS's register of territorial division) codes: a voivodeship has 2 digits, a powiat 4,
// a gmina 7 (WWPPGGR: voivodeship, powiat, gmina, and R the kind of gmina). A shorter code is the
// prefix of every longer one inside it, which is how areas nest here: "20" ⊃ "2002" ⊃ "2002113".

export const voivodeshipCodes: Record<Voivodeship, string> = {
  DOLNOSLASKIE: "02",
  KUJAWSKO_POMORSKIE: "04",
  LUBELSKIE: "06",
  LUBUSKIE: "08",
  LODZKIE: "10",
  MALOPOLSKIE: "12",
  MAZOWIECKIE: "14",
  OPOLSKIE: "16",
  PODKARPACKIE: "18",
  PODLASKIE: "20",
  POMORSKIE: "22",
  SLASKIE: "24",
  SWIETOKRZYSKIE: "26",
  WARMINSKO_MAZURSKIE: "28",
  WIELKOPOLSKIE: "30",
  ZACHODNIOPOMORSKIE: "32",
};

export const voivodeshipByCode = new Map(Object.entries(voivodeshipCodes).map(([name, code]) => [code, name as Voivodeship]));

export type AreaLevel = "country" | "voivodeship" | "powiat" | "gmina";

export function areaLevel(code: string): AreaLevel {
  return code.length === 0 ? "country" : code.length === 2 ? "voivodeship" : code.length === 4 ? "powiat" : "gmina";
}

/** The level below, and how many digits its codes have; a gmina's children are its clubs. */
export function childLength(code: string): 2 | 4 | 7 | null {
  return code.length === 0 ? 2 : code.length === 2 ? 4 : code.length === 4 ? 7 : null;
}

/** Is `inner` the same area as `outer` or inside it? The country ("") holds every area. */
export function areaContains(outer: string, inner: string): boolean {
  return inner.startsWith(outer);
}

/** Digit 7 of a gmina code: 1 urban, 2 rural, 3 urban-rural, 4–5 its town and rural part, 8–9 districts. */
const gminaKind = /[1-589]/;

export type TerytProblem = "format" | "voivodeship" | "powiat" | "gmina" | "kind";

/** Why a code is not a valid voivodeship, powiat or gmina code, or null when it is. */
export function terytProblem(code: string): TerytProblem | null {
  if (!/^(\d{2}|\d{4}|\d{7})$/.test(code)) return "format";
  if (!voivodeshipByCode.has(code.slice(0, 2))) return "voivodeship";
  if (code.length >= 4 && code.slice(2, 4) === "00") return "powiat";
  if (code.length === 7 && code.slice(4, 6) === "00") return "gmina";
  if (code.length === 7 && !gminaKind.test(code[6]!)) return "kind";
  return null;
}

const problemMessages: Record<TerytProblem, string> = {
  format: "Kod TERYT ma 2 cyfry (województwo), 4 cyfry (powiat) albo 7 cyfr (gmina), bez spacji i kresek.",
  voivodeship: "Pierwsze dwie cyfry kodu TERYT to kod województwa: liczba parzysta od 02 do 32.",
  powiat: "Cyfry 3 i 4 kodu TERYT to numer powiatu: nie może to być 00.",
  gmina: "Cyfry 5 i 6 kodu TERYT to numer gminy: nie może to być 00.",
  kind: "Ostatnia cyfra kodu TERYT gminy to jej rodzaj: 1, 2, 3, 4, 5, 8 albo 9.",
};

export function terytMessage(problem: TerytProblem): string {
  return problemMessages[problem];
}

/** A gmina's code, as a club stores it: exactly 7 digits, valid as above. */
export const gminaCodeSchema = z
  .string()
  .trim()
  .superRefine((code, context) => {
    if (!/^\d{7}$/.test(code)) {
      context.addIssue({ code: "custom", message: "Kod TERYT gminy ma 7 cyfr, na przykład 2002113. Znajdziesz go w rejestrze TERYT na stronie GUS." });
      return;
    }
    const problem = terytProblem(code);
    if (problem) context.addIssue({ code: "custom", message: terytMessage(problem) });
  });

/** A coordinator's area: a voivodeship, powiat or gmina code. */
export const areaCodeSchema = z
  .string()
  .trim()
  .superRefine((code, context) => {
    const problem = terytProblem(code);
    if (problem) context.addIssue({ code: "custom", message: terytMessage(problem) });
  });

/** The area code a club is counted under: its gmina, or only its voivodeship when it has no code. */
export function clubAreaCode(club: { terytCode: string | null; voivodeship: Voivodeship }): string {
  return club.terytCode ?? voivodeshipCodes[club.voivodeship];
}
