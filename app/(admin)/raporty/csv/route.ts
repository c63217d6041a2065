import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { csvResponse, plainTextResponse } from "@/lib/reports/csv";
import { areaCsv, idleCsv, reportTables, trendCsv, type ReportTableName } from "@/lib/reports/programme/export";
import { idleClubs } from "@/lib/reports/programme/idle";
import { readReportQuery } from "@/lib/reports/programme/query";
import { programmeReport } from "@/lib/reports/programme/report";

/** One table of /raporty for the same area and period, as a CSV file for Excel or LibreOffice. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const query = readReportQuery(params, actor);
  const table = params.tabela as ReportTableName;
  if (!query || !reportTables.includes(table)) return plainTextResponse("Nie znaleziono.", 404);
  if (query.errors.length) return plainTextResponse("Nie rozpoznaliśmy okresu. Wróć do strony raportu i pobierz plik jeszcze raz.", 400);
  try {
    const db = await getDb();
    const report = await programmeReport(db, actor, query.area, query.period);
    const name = `raport-${report.code || "polska"}${report.club ? "-klub" : ""}`;
    if (table === "obszar") return csvResponse(areaCsv(report), name);
    if (table === "miesiace") return csvResponse(trendCsv(report), `${name}-miesiace`);
    return csvResponse(idleCsv(await idleClubs(db, actor, report.code)), `${name}-bez-aktywnosci`);
  } catch (error) {
    if (error instanceof NotFoundError) return plainTextResponse("Nie znaleziono.", 404);
    throw error;
  }
}
