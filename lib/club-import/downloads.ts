import { NotFoundError } from "../access/guard";
import { getActor } from "../auth/actor";
import { audit } from "../auth/audit";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { plainTextResponse } from "../reports/csv";
import { importLetters, type ManagerLetter } from "./letters";
import { noSecretMessage } from "./upload";

/**
 * The links of an import's managers, for a download route: admin-only (others get a 404),
 * audited because each link lets its holder run a club, never cached.
 */
export async function importDownload(request: Request, importId: string, format: "csv" | "pdf", render: (letters: ManagerLetter[]) => Promise<Response>) {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL(`/logowanie?rodzaj=pracownik&callbackUrl=${encodeURIComponent("/admin/kluby/import")}`, request.url), 303);
  const secret = getConfig().authSecret ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return plainTextResponse(noSecretMessage, 503);
  try {
    const db = await getDb();
    const site = getConfig().siteUrl ?? new URL(request.url).origin;
    const { letters } = await importLetters(db, actor, importId, secret, site);
    if (!letters.length) return plainTextResponse("Z tego importu nie ma już linków do pobrania: wszystkie zaproszenia przyjęto albo wygasły.", 404);
    await audit(db, { action: "invitation.print", actorId: actor.userId, targetType: "club-import", targetId: importId, details: { format, letters: letters.length } });
    return await render(letters);
  } catch (error) {
    if (error instanceof NotFoundError) return plainTextResponse("Nie znaleziono.", 404);
    throw error;
  }
}
