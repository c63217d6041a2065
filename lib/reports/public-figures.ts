import { getDb } from "../db/client";

/** Aggregate, non-personal figures shown on the home page. */
export async function getPublicFigures(): Promise<{ clubs: number; learners: number }> {
  const db = await getDb();
  const [clubs, learners] = await Promise.all([
    db.club.count(),
    db.user.count({ where: { active: true, memberships: { some: { role: "LEARNER" } } } }),
  ]);
  return { clubs, learners };
}
