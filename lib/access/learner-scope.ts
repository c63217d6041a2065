import type { Prisma } from "../db/generated/client";
import { staffClubIds, type Actor } from "./policy";

/** Learners the actor may see: members of a club where the actor is staff. Every list uses it. */
export function readableLearners(actor: Actor, clubId?: string): Prisma.UserWhereInput {
  const clubs = staffClubIds(actor).filter((id) => !clubId || id === clubId);
  return { memberships: { some: { role: "LEARNER", clubId: { in: clubs } } } };
}
