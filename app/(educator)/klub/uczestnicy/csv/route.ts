import { NotFoundError } from "@/lib/access/guard";
import { listLearners } from "@/lib/access/learners";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { learnerListCsv } from "@/lib/reports/learner-list";
import { csvResponse, plainTextResponse } from "@/lib/reports/csv";

/** The club's learner list as a CSV file for Excel or LibreOffice. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor?.activeClubId) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  try {
    const learners = await listLearners(await getDb(), actor, actor.activeClubId);
    return csvResponse(learnerListCsv(learners, actor.activeClubId), "uczestnicy");
  } catch (error) {
    if (error instanceof NotFoundError) return plainTextResponse("Nie znaleziono.", 404);
    throw error;
  }
}
