import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { csvDate } from "@/lib/reports/csv";
import { matrixCsv, matrixFilterSchema, progressMatrix } from "@/lib/reports/matrix";

/** The matrix for the same filter as the page, as a CSV file for Excel or LibreOffice. */
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor?.activeClubId) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const filter = matrixFilterSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filter.success) return new Response("Nie rozpoznaliśmy filtra. Wróć do strony postępów i pobierz plik jeszcze raz.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const matrix = await progressMatrix(await getDb(), actor, actor.activeClubId, filter.data);
    return new Response(matrixCsv(matrix), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="postepy-${csvDate(new Date())}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Nie znaleziono.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
