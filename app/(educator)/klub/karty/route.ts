import { getActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { renderLoginCards } from "@/lib/auth/login-card-pdf";
import { NotFoundError } from "@/lib/access/guard";
import { issueLoginCards, readableLearners } from "@/lib/access/learners";
import { can } from "@/lib/access/policy";
import { getDb } from "@/lib/db/client";
import { cleanParam, isSameOrigin, notAFormResponse, notSameSiteResponse, readForm } from "@/lib/forms";

const notFound = () => new Response("Nie znaleziono.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** Prints new login cards (one learner, or a whole group) as one PDF. New cards revoke old ones. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return notSameSiteResponse();
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const form = await readForm(request);
  if (!form) return notAFormResponse();
  const db = await getDb();
  let learnerIds: string[] = [];
  const groupId = cleanParam(form.get("groupId"));
  const learnerId = cleanParam(form.get("learnerId"));
  if (groupId) {
    const group = await db.group.findUnique({ where: { id: groupId } });
    if (!group || !can(actor, "learner.list", { kind: "club", clubId: group.clubId })) return notFound();
    const members = await db.user.findMany({
      where: { active: true, groupMemberships: { some: { groupId } }, ...readableLearners(actor, group.clubId) },
      orderBy: { displayName: "asc" },
      select: { id: true },
    });
    learnerIds = members.map((member) => member.id);
  } else if (learnerId) {
    learnerIds = [learnerId];
  }
  if (!learnerIds.length) return notFound();
  try {
    const site = getConfig().siteUrl ?? new URL(request.url).origin;
    const cards = await issueLoginCards(db, actor, learnerIds, site);
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
