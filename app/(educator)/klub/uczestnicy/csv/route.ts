import { NotFoundError } from "@/lib/access/guard";
import { listLearners } from "@/lib/access/learners";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { learnerListCsv } from "@/lib/reports/learner-list";
import { csvDate } from "@/lib/reports/csv";

/** The club's learner list as a CSV file for Excel or LibreOffice. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor?.activeClubId) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  try {
    const learners = await listLearners(await getDb(), actor, actor.activeClubId);
    return new Response(learnerListCsv(learners, actor.activeClubId), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="uczestnicy-${csvDate(new Date())}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Nie znaleziono.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
