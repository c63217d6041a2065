import { exportFileName, readOwnData } from "@/lib/account/export";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

/** The person's own data as a JSON file (RODO art. 15 and 20). Nobody else's, ever. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) {
    const signIn = new URL(`/logowanie?callbackUrl=${encodeURIComponent("/moje-dane/pobierz")}`, request.url);
    return Response.redirect(signIn, 303);
  }
  let data;
  try {
    data = await readOwnData(await getDb(), actor);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Nie znaleziono.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName()}"`,
      "cache-control": "no-store",
    },
  });
}
