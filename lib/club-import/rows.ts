import { z } from "zod";
import { clubFormSchema, clubKinds, invitationFormSchema, voivodeships } from "../access/clubs";
import { voivodeshipByCode } from "../areas/teryt";
import { hasControlCharacters } from "../forms";
import { parseCsv, type CsvRecord } from "./read-csv";

// One row of the file is one club and the e-mail of its future manager. Columns are found by
// their Polish headers in any order; every problem names the row and the column as the
// spreadsheet shows them, so the administrator can find and fix it there.

export type ClubRow = z.infer<typeof clubFormSchema> & { line: number; managerEmail: string; externalId: string | null };
export type { RowProblem } from "./form-state";
import type { RowProblem } from "./form-state";

export const MAX_ROWS = 10_000;

type Field = keyof Omit<ClubRow, "line" | "voivodeship"> | "voivodeship";

/** The columns of the template, as the header row names them. */
export const columns: { field: Field; header: string; required: boolean; aliases: string[] }[] = [
  { field: "externalId", header: "identyfikator", required: false, aliases: ["id", "identyfikator klubu"] },
  { field: "name", header: "nazwa klubu", required: true, aliases: ["nazwa"] },
  { field: "kind", header: "rodzaj miejsca", required: true, aliases: ["rodzaj"] },
  { field: "addressLine", header: "ulica i numer", required: true, aliases: ["adres", "ulica"] },
  { field: "postalCode", header: "kod pocztowy", required: true, aliases: [] },
  { field: "city", header: "miejscowość", required: true, aliases: ["miasto"] },
  { field: "gmina", header: "gmina", required: true, aliases: [] },
  { field: "powiat", header: "powiat", required: true, aliases: [] },
  { field: "voivodeship", header: "województwo", required: false, aliases: [] },
  { field: "terytCode", header: "kod TERYT gminy", required: true, aliases: ["kod teryt", "teryt"] },
  { field: "managerEmail", header: "e-mail kierownika", required: true, aliases: ["email kierownika", "adres e-mail kierownika"] },
];

const headerOf = (field: Field) => columns.find((column) => column.field === field)!.header;

/** Lower case, no Polish letters, no spaces or punctuation: „Kod TERYT gminy” = "kodterytgminy". */
export function plainWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/gi, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const kindByWords = new Map<string, keyof typeof clubKinds>([
  ...Object.entries(clubKinds).map(([key, label]) => [plainWords(label), key as keyof typeof clubKinds] as const),
  ...Object.keys(clubKinds).map((key) => [plainWords(key), key as keyof typeof clubKinds] as const),
  ["biblioteka", "LIBRARY"],
  ["domkultury", "CULTURE_HOUSE"],
  ["centrumkultury", "CULTURE_HOUSE"],
  ["osrodekkultury", "CULTURE_HOUSE"],
  ["utw", "UNIVERSITY_OF_THIRD_AGE"],
  ["inne", "OTHER"],
]);

const voivodeshipByWords = new Map(Object.entries(voivodeships).map(([key, label]) => [plainWords(label), key]));

const externalIdSchema = z
  .string()
  .trim()
  .max(64, "Identyfikator może mieć najwyżej 64 znaki.")
  .regex(/^[\p{L}\p{N}._/-]*$/u, "Identyfikator może zawierać tylko litery, cyfry, kropki, kreski i ukośniki.");

const kindNames = Object.values(clubKinds).join(", ");

/** Excel stores a code like 0201011 as the number 201011 unless the column is text. */
function terytHint(code: string): string | null {
  return /^\d{6}$/.test(code)
    ? "Kod TERYT gminy ma 7 cyfr, a tu jest 6. Jeśli kod zaczyna się od zera, arkusz mógł je usunąć: ustaw w arkuszu format kolumny „Tekst” i wpisz kod jeszcze raz."
    : null;
}

function rowValues(record: CsvRecord, positions: Map<Field, number>) {
  const value = (field: Field) => {
    const at = positions.get(field);
    return at === undefined ? "" : (record.fields[at] ?? "").trim();
  };
  return Object.fromEntries(columns.map(({ field }) => [field, value(field)])) as Record<Field, string>;
}

function checkRow(record: CsvRecord, positions: Map<Field, number>): { row: ClubRow | null; problems: RowProblem[] } {
  const raw = rowValues(record, positions);
  const problems: RowProblem[] = [];
  const problem = (field: Field, message: string) => problems.push({ line: record.line, column: headerOf(field), message });
  for (const field of Object.keys(raw) as Field[]) {
    if (hasControlCharacters(raw[field])) problem(field, "Ta komórka zawiera niedozwolone znaki (na przykład znak tabulacji albo zero). Wpisz ją jeszcze raz.");
  }
  if (problems.length) return { row: null, problems };

  const kind = kindByWords.get(plainWords(raw.kind));
  const ofCode = voivodeshipByCode.get(raw.terytCode.slice(0, 2));
  const club = clubFormSchema.safeParse({ ...raw, kind: kind ?? raw.kind, voivodeship: ofCode ?? "" });
  const email = invitationFormSchema.shape.email.safeParse(raw.managerEmail);
  const externalId = externalIdSchema.safeParse(raw.externalId);
  const hint = terytHint(raw.terytCode);
  if (!club.success) {
    for (const issue of club.error.issues) {
      const field = issue.path[0] as Field;
      // The voivodeship comes from the code: a wrong code is the one problem to name.
      if (field === "voivodeship") continue;
      if (field === "kind") problem("kind", `Nie znamy rodzaju „${raw.kind}”. Wpisz jeden z: ${kindNames}.`);
      else if (field === "terytCode" && hint) problem("terytCode", hint);
      else problem(field, issue.message);
    }
  }
  if (!email.success) problem("managerEmail", email.error.issues[0]!.message);
  if (!externalId.success) problem("externalId", externalId.error.issues[0]!.message);
  if (raw.voivodeship && ofCode) {
    const named = voivodeshipByWords.get(plainWords(raw.voivodeship));
    if (!named) problem("voivodeship", `Nie znamy województwa „${raw.voivodeship}”. Wpisz jego nazwę, na przykład „podlaskie”, albo zostaw komórkę pustą.`);
    else if (named !== ofCode) {
      problem("voivodeship", `Kod TERYT ${raw.terytCode} należy do województwa ${voivodeships[ofCode]}, a w tej kolumnie jest inne. Sprawdź kod albo województwo.`);
    }
  }
  if (problems.length || !club.success || !email.success || !externalId.success) return { row: null, problems };
  return { row: { ...club.data, line: record.line, managerEmail: email.data, externalId: externalId.data || null }, problems };
}

/** The key a club without an external id is known by: its gmina and its name, spelled loosely. */
export function clubKey(terytCode: string, name: string): string {
  return `${terytCode}:${name.normalize("NFC").toLocaleLowerCase("pl").replace(/[„”"'«»]/g, "").replace(/\s+/g, " ").trim()}`;
}

export type ReadResult = { rows: ClubRow[]; problems: RowProblem[] };

/** Every row of the file checked; rows only when the whole file is right. */
export function readClubRows(text: string): ReadResult {
  const [header, ...records] = parseCsv(text);
  if (!header) return { rows: [], problems: [{ line: 1, column: null, message: "Plik jest pusty. Pobierz wzór, wpisz kluby i wyślij plik jeszcze raz." }] };

  const positions = new Map<Field, number>();
  header.fields.forEach((text, at) => {
    const words = plainWords(text);
    const column = columns.find((c) => [c.header, ...c.aliases].some((name) => plainWords(name) === words));
    if (column && !positions.has(column.field)) positions.set(column.field, at);
  });
  const missing = columns.filter((column) => column.required && !positions.has(column.field));
  if (missing.length) {
    return {
      rows: [],
      problems: [{
        line: 1,
        column: null,
        message: `W pierwszym wierszu brakuje ${missing.length === 1 ? "kolumny" : "kolumn"}: ${missing.map((c) => `„${c.header}”`).join(", ")}. Pierwszy wiersz musi mieć nazwy kolumn takie jak we wzorze.`,
      }],
    };
  }
  if (!records.length) return { rows: [], problems: [{ line: 2, column: null, message: "Plik ma tylko wiersz z nazwami kolumn. Wpisz kluby w kolejnych wierszach." }] };
  if (records.length > MAX_ROWS) {
    return { rows: [], problems: [{ line: MAX_ROWS + 2, column: null, message: `Plik ma ${records.length} klubów, a naraz można dodać najwyżej ${MAX_ROWS}. Podziel go na mniejsze pliki.` }] };
  }

  const rows: ClubRow[] = [];
  const problems: RowProblem[] = [];
  const lineOfId = new Map<string, number>();
  const earlierOfKey = new Map<string, { line: number; hasId: boolean }>();
  for (const record of records) {
    if (record.fields.length > header.fields.length && record.fields.slice(header.fields.length).some((f) => f.trim())) {
      problems.push({ line: record.line, column: null, message: "Ten wiersz ma więcej komórek niż wiersz z nazwami kolumn. Sprawdź, czy jakaś komórka nie zawiera średnika albo przecinka bez cudzysłowu." });
      continue;
    }
    const checked = checkRow(record, positions);
    problems.push(...checked.problems);
    if (!checked.row) continue;
    const row = checked.row;
    const key = clubKey(row.terytCode, row.name);
    const earlier = earlierOfKey.get(key);
    const sameId = row.externalId ? lineOfId.get(row.externalId) : undefined;
    if (sameId) problems.push({ line: row.line, column: headerOf("externalId"), message: `Ten sam identyfikator „${row.externalId}” jest już w wierszu ${sameId}. Każdy klub może być w pliku tylko raz.` });
    // Two clubs may share a name in one gmina only when the file tells them apart by identifier.
    else if (earlier && (!row.externalId || !earlier.hasId)) {
      problems.push({ line: row.line, column: headerOf("name"), message: `Klub o tej nazwie w tej samej gminie jest już w wierszu ${earlier.line}. Każdy klub może być w pliku tylko raz; dwa różne kluby o tej samej nazwie rozróżnij w kolumnie „identyfikator”.` });
    }
    if (row.externalId) lineOfId.set(row.externalId, row.line);
    if (!earlier) earlierOfKey.set(key, { line: row.line, hasId: Boolean(row.externalId) });
    rows.push(row);
  }
  return problems.length ? { rows: [], problems } : { rows, problems };
}

export { problemText } from "./form-state";
