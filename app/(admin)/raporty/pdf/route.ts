import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { plainTextResponse } from "@/lib/reports/csv";
import { idleClubs } from "@/lib/reports/programme/idle";
import { renderReportSummary } from "@/lib/reports/programme/pdf";
import { readReportQuery } from "@/lib/reports/programme/query";
import { programmeReport } from "@/lib/reports/programme/report";

/** The one-page A4 summary of an area for the same period as the page. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const query = readReportQuery(Object.fromEntries(request.nextUrl.searchParams), actor);
  if (!query) return plainTextResponse("Nie znaleziono.", 404);
  if (query.errors.length) return plainTextResponse("Nie rozpoznaliśmy okresu. Wróć do strony raportu i pobierz plik jeszcze raz.", 400);
  try {
    const db = await getDb();
    const report = await programmeReport(db, actor, query.area, query.period);
    const pdf = await renderReportSummary(report, await idleClubs(db, actor, report.code));
    return new Response(Buffer.from(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="raport-${report.code || "polska"}.pdf"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return plainTextResponse("Nie znaleziono.", 404);
    throw error;
  }
}
