import { z } from "zod";
import { voivodeships } from "../../access/clubs";
import { assertCan, NotFoundError } from "../../access/guard";
import type { Actor } from "../../access/policy";
import { childLength, clubAreaCode, terytProblem, voivodeshipByCode } from "../../areas/teryt";
import type { Db } from "../../db/client";
import { areaFigures, figureKeys, monthlyFigures, trendFigures, type ChildLevel, type FigureKey } from "./figures";

export { trendFigures };
import { addMonths, monthKey, monthLabel, monthsBetween, monthStart, type Period } from "./period";
import { cellText, suppressColumn, suppressOne, type Cell } from "./suppression";

// The programme report of one area (or one club) for one period: what /raporty shows, what its
// CSV files and its PDF print. Built once here so screen and files cannot disagree.

export const areaQuerySchema = z.object({
  obszar: z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((code) => code === "" || terytProblem(code) === null, "Nie znamy takiego obszaru. Wróć do raportu całej Polski i wybierz go z tabeli."),
  klub: z.string().regex(/^[a-z0-9]{1,40}$/, "Nie znamy takiego klubu.").optional(),
});
export type AreaQuery = z.infer<typeof areaQuerySchema>;

export type Crumb = { code: string; name: string };
export type TableRow = { key: string; name: string; href: { obszar: string; klub?: string } | null; cells: Cell[] };
export type ReportTable = { childHeader: string; rows: TableRow[]; total: Cell[] };
export type TrendRow = { month: string; label: string; inPeriod: boolean; cells: Cell[] };

export type ProgrammeReport = {
  code: string;
  club: { id: string; name: string } | null;
  name: string;
  crumbs: Crumb[];
  period: Period;
  table: ReportTable;
  trend: { figures: readonly FigureKey[]; rows: TrendRow[] };
};

const childHeaders: Record<ChildLevel, string> = { 2: "Województwo", 4: "Powiat", 7: "Gmina", club: "Klub" };
const TREND_MONTHS = 12;

/** Names of the areas on the way down, from the clubs that carry the codes. */
async function areaNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const inside = codes.filter((code) => code.length > 2);
  const clubs = inside.length
    ? await db.club.findMany({ where: { OR: inside.map((code) => ({ terytCode: { startsWith: code } })) }, select: { terytCode: true, powiat: true, gmina: true } })
    : [];
  for (const code of codes) {
    if (code === "") names.set(code, "Cała Polska");
    else if (code.length === 2) {
      const voivodeship = voivodeshipByCode.get(code);
      names.set(code, voivodeship ? `województwo ${voivodeships[voivodeship]}` : code);
    } else if (code.length === 4 || code.length === 7) {
      const club = clubs.find((one) => one.terytCode?.startsWith(code));
      names.set(code, club ? (code.length === 4 ? `powiat ${club.powiat}` : `gmina ${club.gmina}`) : `obszar ${code}`);
    } else names.set(code, "kluby bez kodu TERYT gminy");
  }
  return names;
}

export async function programmeReport(db: Db, actor: Actor, query: AreaQuery, period: Period, now = new Date()): Promise<ProgrammeReport> {
  let code = query.obszar;
  let club: { id: string; name: string } | null = null;
  if (query.klub) {
    const found = await db.club.findUnique({ where: { id: query.klub }, select: { id: true, name: true, terytCode: true, voivodeship: true } });
    if (!found) throw new NotFoundError("club");
    code = clubAreaCode(found);
    club = { id: found.id, name: found.name };
  }
  assertCan(actor, "reports.aggregate", { kind: "area", code });
  const level: ChildLevel = club ? "club" : (childLength(code) ?? "club");
  const rows = await areaFigures(db, code, level, period, club?.id);
  const totalRow = rows.find((row) => row.key === null)!;
  const children = club ? [] : rows.filter((row): row is { key: string; figures: typeof totalRow.figures } => row.key !== null);

  const crumbCodes = ["", ...[2, 4, 7].filter((length) => length <= code.length).map((length) => code.slice(0, length))];
  const names = await areaNames(db, [...new Set([...crumbCodes, ...(level === "club" ? [] : children.map((row) => row.key))])]);
  const clubNames = level === "club" && !club ? new Map((await db.club.findMany({ where: { id: { in: children.map((row) => row.key) } }, select: { id: true, name: true } })).map((one) => [one.id, one.name])) : new Map<string, string>();
  const named = children
    .map((row) => {
      const name = level === "club" ? (clubNames.get(row.key) ?? "klub") : (names.get(row.key) ?? row.key);
      // A club without a gmina code has only its voivodeship's: it cannot be followed further down.
      const deeper = level === "club" ? { obszar: code, klub: row.key } : row.key.length === level ? { obszar: row.key } : null;
      return { ...row, name, href: deeper };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "pl"));

  // Suppression per column: a child's cells against the area's total in the same column.
  const columns = figureKeys.map((figure) =>
    club ? { total: suppressOne(totalRow.figures[figure]), children: [] } : suppressColumn(totalRow.figures[figure], named.map((row) => row.figures[figure])),
  );
  const table: ReportTable = {
    childHeader: childHeaders[level],
    rows: named.map((row, index) => ({ key: row.key, name: row.name, href: row.href, cells: columns.map((column) => column.children[index]!) })),
    total: columns.map((column) => column.total),
  };

  // The trend: twelve months up to the period's last month (never past this month), each month
  // on its own.
  const current = { year: Number(monthKey(period.last).slice(0, 4)), month: period.last.month };
  const nowMonth = (() => {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit" }).format(now).split("-");
    return { year: Number(parts[0]), month: Number(parts[1]) };
  })();
  const lastTrend = current.year * 12 + current.month > nowMonth.year * 12 + nowMonth.month ? nowMonth : current;
  const months = monthsBetween(addMonths(lastTrend, -(TREND_MONTHS - 1)), lastTrend);
  const byMonth = await monthlyFigures(db, code, { from: monthStart(months[0]!), to: monthStart(addMonths(lastTrend, 1)) }, club?.id);
  const monthly = months.map((month) => byMonth.get(monthKey(month)) ?? { lessonsAlone: 0, lessonsHelped: 0, sessions: 0 });
  // The months inside the period add up to the period's total in the table above (lessons) or
  // bound it (people, counted once in the total): they form a second table under that total, so
  // they get the same complementary rule; where even that pins a small month, every month of the
  // period hides and the period's own figure stays.
  const inPeriod = months.map((month) => monthKey(month) >= monthKey(period.first) && monthKey(month) <= monthKey(period.last));
  const trendCells = months.map((): Cell[] => []);
  trendFigures.forEach((figure) => {
    const inside = months.flatMap((_, m) => (inPeriod[m] ? [m] : []));
    const column = suppressColumn(totalRow.figures[figure], inside.map((m) => monthly[m]![figure]), "hide-children");
    months.forEach((_, m) => trendCells[m]!.push(inPeriod[m] ? column.children[inside.indexOf(m)]! : suppressOne(monthly[m]![figure])));
  });
  const trend = {
    figures: trendFigures,
    rows: months.map((month, m) => ({ month: monthKey(month), label: monthLabel(month), inPeriod: inPeriod[m]!, cells: trendCells[m]! })),
  };

  const crumbs = crumbCodes.map((crumb) => ({ code: crumb, name: names.get(crumb) ?? crumb }));
  return { code, club, name: club?.name ?? names.get(code) ?? code, crumbs, period, table, trend };
}

/** The texts of a table as the screen prints them, for the CSV. */
export function tableTexts(table: ReportTable): { headers: string[]; rows: string[][] } {
  return { headers: [table.childHeader], rows: [...table.rows.map((row) => [row.name, ...row.cells.map(cellText)]), ["Razem", ...table.total.map(cellText)]] };
}
