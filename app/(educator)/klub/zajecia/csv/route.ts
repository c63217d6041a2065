import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/access/guard";
import { listSessions } from "@/lib/access/sessions";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { csvResponse, plainTextResponse } from "@/lib/reports/csv";
import { sessionLogCsv, sessionLogRows } from "@/lib/reports/session-log";
import { readSessionFilter } from "../filter";

/** The session log for the same filter as the page, as a CSV file for Excel or LibreOffice. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor?.activeClubId) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  try {
    const sessions = await listSessions(await getDb(), actor, actor.activeClubId, readSessionFilter(Object.fromEntries(request.nextUrl.searchParams)));
    return csvResponse(sessionLogCsv(sessionLogRows(sessions)), "zajecia");
  } catch (error) {
    if (error instanceof NotFoundError) return plainTextResponse("Nie znaleziono.", 404);
    throw error;
  }
}
