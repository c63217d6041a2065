import { z } from "zod";
import { getLearner } from "../access/learners";
import { assertCan, NotFoundError } from "../access/guard";
import type { Actor } from "../access/policy";
import { audit } from "../auth/audit";
import { getCatalogue } from "../content/catalogue";
import type { Db } from "../db/client";
import { lessonBySlug } from "./lessons";

// Work done in the club with an educator's help: the educator marks a lesson as done with help.
// Its steps not done yet are recorded as assisted, and the lesson completed with help — unless
// the learner already completed it, which is never changed (an independent completion stays so).

export const assistedLessonSchema = z.object({
  lekcja: z.string().min(1, "Wybierz lekcję, którą uczestnik zrobił z pomocą.").max(120),
});

export class UnknownLessonError extends Error {
  override name = "UnknownLessonError";
}

export type AssistedResult = "marked" | "already-assisted" | "already-done";

async function learnerInClub(db: Db, actor: Actor, learnerId: string) {
  const learner = await getLearner(db, actor, learnerId);
  assertCan(actor, "learner.mark-assisted", { kind: "learner", userId: learner.id, clubIds: learner.clubIds });
  const clubId = actor.activeClubId;
  if (!clubId || !learner.clubIds.includes(clubId)) throw new NotFoundError("learner of another club");
  return { learner, clubId };
}

/** Idempotent: a second call (or a double click) finds the completion and changes nothing. */
export async function markLessonAssisted(db: Db, actor: Actor, learnerId: string, lessonSlug: string): Promise<AssistedResult> {
  const { learner, clubId } = await learnerInClub(db, actor, learnerId);
  const lesson = await lessonBySlug(lessonSlug);
  if (!lesson) throw new UnknownLessonError(lessonSlug);
  const where = { userId_lessonSlug: { userId: learner.id, lessonSlug } };
  return db.$transaction(async (tx) => {
    const existing = await tx.lessonCompletion.findUnique({ where });
    if (existing) return existing.assisted ? "already-assisted" : "already-done";
    await tx.stepProgress.createMany({
      data: lesson.analysis.steps.map((step) => ({ userId: learner.id, lessonSlug, stepId: step.id, assisted: true, assistedById: actor.userId })),
      // Steps the learner did alone stay theirs.
      skipDuplicates: true,
    });
    // An upsert, so a completion earned meanwhile in another request is kept as it is.
    await tx.lessonCompletion.upsert({ where, update: {}, create: { userId: learner.id, lessonSlug, assisted: true } });
    await audit(tx, { action: "progress.assisted", actorId: actor.userId, clubId, targetType: "user", targetId: learner.id, details: { lessonSlug } });
    return "marked" as const;
  });
}

type LessonChoice = { slug: string; title: string };

/** Lessons the learner has not completed: those of their assigned paths first (in path order), then the rest in course order. */
export async function assistableLessons(db: Db, actor: Actor, learnerId: string): Promise<{ assigned: LessonChoice[]; other: LessonChoice[] }> {
  const { learner, clubId } = await learnerInClub(db, actor, learnerId);
  const groupIds = learner.groupMemberships.filter((m) => m.group.clubId === clubId).map((m) => m.groupId);
  const [catalogue, completions, assignments] = await Promise.all([
    getCatalogue(),
    db.lessonCompletion.findMany({ where: { userId: learner.id }, select: { lessonSlug: true } }),
    db.assignment.findMany({
      where: { clubId, OR: [{ learnerId: learner.id }, { groupId: { in: groupIds } }] },
      orderBy: { createdAt: "asc" },
      select: { path: { select: { items: { orderBy: { position: "asc" }, select: { lessonSlug: true } } } } },
    }),
  ]);
  const done = new Set(completions.map((row) => row.lessonSlug));
  const open = new Map(catalogue.lessons.filter((lesson) => !done.has(lesson.slug)).map((lesson) => [lesson.slug, { slug: lesson.slug, title: lesson.meta.title }]));
  const assignedSlugs = [...new Set(assignments.flatMap((a) => a.path.items.map((item) => item.lessonSlug)))].filter((slug) => open.has(slug));
  const assigned = assignedSlugs.map((slug) => open.get(slug)!);
  const other = [...open.values()].filter((lesson) => !assignedSlugs.includes(lesson.slug));
  return { assigned, other };
}

/** Completed lessons, done alone and done with help, as reports separate them. */
export async function completionCounts(db: Db, actor: Actor, learnerId: string): Promise<{ independent: number; assisted: number }> {
  const learner = await getLearner(db, actor, learnerId);
  const rows = await db.lessonCompletion.groupBy({ by: ["assisted"], where: { userId: learner.id }, _count: { _all: true } });
  const count = (assisted: boolean) => rows.find((row) => row.assisted === assisted)?._count._all ?? 0;
  return { independent: count(false), assisted: count(true) };
}
