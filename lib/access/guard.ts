import { redirect } from "next/navigation";
import { pageNotFound } from "../not-found";
import { getActor } from "../auth/actor";
import { can, type Action, type Actor, type Resource } from "./policy";

/** Thrown by data functions when the actor may not see the thing: shown as 404, never 403. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** A signed-in person, or the sign-in page that returns here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/logowanie?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** Denied looks exactly like "does not exist", so nobody learns another club's learners exist. */
export function ensure(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) pageNotFound();
}

export function assertCan(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw new NotFoundError(action);
}

/**
 * Club pages act for the person's active club (the club switcher sets it): a signed-in person
 * who may do `action` there, and that club's id — or the same 404 as for anything else.
 */
export async function requireClub(returnTo: string, action: Action): Promise<{ actor: Actor; clubId: string }> {
  const actor = await requireActor(returnTo);
  const clubId = actor.activeClubId;
  if (!clubId) pageNotFound();
  ensure(actor, action, { kind: "club", clubId });
  return { actor, clubId };
}
