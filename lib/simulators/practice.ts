import type { Actor } from "../access/policy";
import { can } from "../access/policy";
import type { Db } from "../db/client";

/** Counts a finished practice for the signed-in learner; guests' practice is not stored. */
export async function recordPractice(db: Db, actor: Actor | null, simulator: { slug: string; lessonSlug: string }) {
  if (!actor || !can(actor, "self.update", { kind: "user", userId: actor.userId })) return null;
  const now = new Date();
  return db.practiceResult.upsert({
    where: { userId_simulatorSlug: { userId: actor.userId, simulatorSlug: simulator.slug } },
    create: { userId: actor.userId, simulatorSlug: simulator.slug, lessonSlug: simulator.lessonSlug, firstCompletedAt: now, lastCompletedAt: now },
    update: { timesCompleted: { increment: 1 }, lastCompletedAt: now, lessonSlug: simulator.lessonSlug },
  });
}

export type PracticeRecord = { simulatorSlug: string; lessonSlug: string; timesCompleted: number; lastCompletedAt: Date };

/** The person's own practice results (a learner reads only their own). */
export async function ownPractice(db: Db, actor: Actor): Promise<PracticeRecord[]> {
  if (!can(actor, "self.view", { kind: "user", userId: actor.userId })) return [];
  return db.practiceResult.findMany({
    where: { userId: actor.userId },
    select: { simulatorSlug: true, lessonSlug: true, timesCompleted: true, lastCompletedAt: true },
    orderBy: { lastCompletedAt: "desc" },
  });
}
