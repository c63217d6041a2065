import { formatDate } from "../../format";
import { toCsv } from "../csv";
import { figureKeys, figureWords } from "./figures";
import type { IdleClub } from "./idle";
import { trendFigures, type ProgrammeReport } from "./report";
import { cellText } from "./suppression";

// The CSV of each table on /raporty, cell for cell as the screen prints it (the same texts:
// „mniej niż 5”, „ukryte”), so a file cannot reveal what the page hides.

export const reportTables = ["obszar", "miesiace", "bezczynne"] as const;
export type ReportTableName = (typeof reportTables)[number];

export function areaCsv(report: ProgrammeReport): string {
  const headers = [report.table.childHeader, ...figureKeys.map((figure) => figureWords[figure].header)];
  const rows = [...report.table.rows.map((row) => [row.name, ...row.cells.map(cellText)]), ["Razem", ...report.table.total.map(cellText)]];
  return toCsv(headers, rows);
}

export function trendCsv(report: ProgrammeReport): string {
  const headers = ["Miesiąc", "W wybranym okresie", ...trendFigures.map((figure) => figureWords[figure].header)];
  return toCsv(headers, report.trend.rows.map((row) => [row.month, row.inPeriod ? "tak" : "nie", ...row.cells.map(cellText)]));
}

export function idleCsv(idle: IdleClub[]): string {
  return toCsv(
    ["Klub", "Gmina", "Miejscowość", "Telefon", "E-mail", "Ostatnie zajęcia"],
    idle.map((club) => [club.name, club.gmina, club.city, club.contactPhone ?? "", club.contactEmail ?? "", club.lastSession ? formatDate(club.lastSession) : "nigdy"]),
  );
}
