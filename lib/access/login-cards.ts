import type { Db } from "../db/client";
import { NotFoundError, assertCan } from "./guard";
import { readableLearners } from "./learners";
import type { Actor } from "./policy";

// Which learners a print of login cards covers, and which of them already hold a card: a new card
// stops the old one working, so a reprint is confirmed first (the route sends the educator to a
// page that says so). Cards are printed in the actor's active club only.

export const MAX_CARDS_BY_NAME = 30;

export type CardRequest = { groupId?: string | null; learnerIds?: string[] };

export type CardSelection = {
  learners: { id: string; displayName: string; username: string; loginCardIssuedAt: Date | null }[];
  /** The learners whose current card the print would cancel. */
  reprints: { id: string; displayName: string; username: string; loginCardIssuedAt: Date }[];
  groupName: string | null;
};

export async function selectCardLearners(db: Db, actor: Actor, clubId: string, request: CardRequest): Promise<CardSelection> {
  assertCan(actor, "learner.list", { kind: "club", clubId });
  const select = { id: true, displayName: true, username: true, loginCardIssuedAt: true } as const;
  let groupName: string | null = null;
  let learners: CardSelection["learners"];
  if (request.groupId) {
    const group = await db.group.findFirst({ where: { id: request.groupId, clubId } });
    if (!group) throw new NotFoundError("group");
    groupName = group.name;
    learners = await db.user.findMany({
      where: { active: true, groupMemberships: { some: { groupId: group.id } }, ...readableLearners(actor, clubId) },
      orderBy: [{ displayName: "asc" }, { username: "asc" }],
      select,
    });
  } else {
    const ids = [...new Set(request.learnerIds ?? [])];
    if (!ids.length || ids.length > MAX_CARDS_BY_NAME) throw new NotFoundError("learners");
    learners = await db.user.findMany({ where: { id: { in: ids }, active: true, ...readableLearners(actor, clubId) }, select });
    // Someone of another club (or a made-up id) in the list: nothing is printed.
    if (learners.length !== ids.length) throw new NotFoundError("learner of another club");
    const order = new Map(ids.map((id, index) => [id, index]));
    learners.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
  const reprints = learners.flatMap((learner) => (learner.loginCardIssuedAt ? [{ ...learner, loginCardIssuedAt: learner.loginCardIssuedAt }] : []));
  return { learners, reprints, groupName };
}

/** The query string of the confirmation page, and the hidden fields of its form. */
export function cardRequestFields(request: CardRequest): [string, string][] {
  return request.groupId ? [["groupId", request.groupId]] : (request.learnerIds ?? []).map((id) => ["learnerId", id]);
}
