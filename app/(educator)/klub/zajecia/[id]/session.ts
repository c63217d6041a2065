import { NotFoundError, requireActor } from "@/lib/access/guard";
import { getSession } from "@/lib/access/sessions";
import { getDb } from "@/lib/db/client";
import { pageNotFound } from "@/lib/not-found";

/** The session the address names, if the person may change it; otherwise the same 404 as for anything else. */
export async function sessionForPage(id: string, returnTo: string) {
  const actor = await requireActor(returnTo);
  try {
    const session = await getSession(await getDb(), actor, id);
    if (session.clubId !== actor.activeClubId) throw new NotFoundError("session of another club");
    return { actor, session };
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
}
