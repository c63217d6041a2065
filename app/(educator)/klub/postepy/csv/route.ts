import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { csvResponse, plainTextResponse } from "@/lib/reports/csv";
import { matrixCsv, matrixFilterSchema, progressMatrix } from "@/lib/reports/matrix";

/** The matrix for the same filter as the page, as a CSV file for Excel or LibreOffice. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor?.activeClubId) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const filter = matrixFilterSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filter.success) return plainTextResponse("Nie rozpoznaliśmy filtra. Wróć do strony postępów i pobierz plik jeszcze raz.", 400);
  try {
    const matrix = await progressMatrix(await getDb(), actor, actor.activeClubId, filter.data);
    return csvResponse(matrixCsv(matrix), "postepy");
  } catch (error) {
    if (error instanceof NotFoundError) return plainTextResponse("Nie znaleziono.", 404);
    throw error;
  }
}
