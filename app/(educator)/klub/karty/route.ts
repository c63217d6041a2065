import { getActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { renderLoginCards } from "@/lib/auth/login-card-pdf";
import { NotFoundError } from "@/lib/access/guard";
import { issueLoginCards } from "@/lib/access/learners";
import { cardRequestFields, MAX_CARDS_BY_NAME, selectCardLearners, type CardRequest } from "@/lib/access/login-cards";
import { getDb } from "@/lib/db/client";
import { cleanParam, isSameOrigin, notAFormResponse, notSameSiteResponse, readForm } from "@/lib/forms";

const notFound = () => new Response("Nie znaleziono.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Prints new login cards (one learner, a list of up to 30, or a whole group of the active club) as
 * one PDF. New cards revoke old ones, so a print that would cancel a card in use is confirmed
 * first on /klub/karty/potwierdz (`potwierdzam=tak` comes back from there).
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return notSameSiteResponse();
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const form = await readForm(request);
  if (!form) return notAFormResponse();
  if (!actor.activeClubId) return notFound();
  const groupId = cleanParam(form.get("groupId"));
  const learnerIds = form.getAll("learnerId").map((value) => cleanParam(value, 40));
  if (learnerIds.some((id) => !id) || learnerIds.length > MAX_CARDS_BY_NAME) return notFound();
  const cardRequest: CardRequest = groupId ? { groupId } : { learnerIds: learnerIds as string[] };
  const db = await getDb();
  try {
    const selection = await selectCardLearners(db, actor, actor.activeClubId, cardRequest);
    if (!selection.learners.length) return notFound();
    if (selection.reprints.length && form.get("potwierdzam") !== "tak") {
      const query = new URLSearchParams(cardRequestFields(cardRequest));
      return new Response(null, { status: 303, headers: { location: `/klub/karty/potwierdz?${query}`, "cache-control": "no-store" } });
    }
    const site = getConfig().siteUrl ?? new URL(request.url).origin;
    const cards = await issueLoginCards(db, actor, selection.learners.map((learner) => learner.id), site);
    if (!cards.length) return notFound();
    const pdf = await renderLoginCards(cards);
    const name = cards.length === 1 ? `karta-${cards[0]!.username}.pdf` : "karty-do-logowania.pdf";
    return new Response(Buffer.from(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${name}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
