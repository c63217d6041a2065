import type { Lesson } from "../content/catalogue";
import type { Db } from "../db/client";
import { lessonShape } from "./lessons";
import { learningMinutes, lessonStatus, noFacts, resumeTarget, type LessonFacts, type LessonStatus, type ResumeTarget } from "./rules";

// A learner's own progress, read for their pages. Callers pass the signed-in person's id only:
// these functions are "self" reads (educators' views of learners go through lib/access).

export type LearnerProgress = {
  facts: Map<string, LessonFacts>;
  last: { lessonSlug: string; stepId: string | null; at: Date } | null;
  minutes: number;
};

export async function readLearnerProgress(db: Db, userId: string): Promise<LearnerProgress> {
  const [steps, attempts, completions, visits] = await Promise.all([
    db.stepProgress.findMany({ where: { userId }, select: { lessonSlug: true, stepId: true } }),
    db.quizAttempt.groupBy({ by: ["lessonSlug", "passed"], where: { userId }, _count: { _all: true } }),
    db.lessonCompletion.findMany({ where: { userId }, select: { lessonSlug: true, completedAt: true } }),
    db.learningVisit.findMany({
      where: { userId },
      select: { startedAt: true, lastActivityAt: true, lastLessonSlug: true, lastStepId: true },
      orderBy: { lastActivityAt: "desc" },
    }),
  ]);
  const facts = new Map<string, LessonFacts>();
  const factsOf = (slug: string) => {
    let value = facts.get(slug);
    if (!value) facts.set(slug, (value = { ...noFacts, doneStepIds: new Set<string>() }));
    return value;
  };
  for (const step of steps) (factsOf(step.lessonSlug).doneStepIds as Set<string>).add(step.stepId);
  for (const group of attempts) {
    const lesson = factsOf(group.lessonSlug);
    lesson.quizAttempts += group._count._all;
    if (group.passed) lesson.quizPassed = true;
  }
  for (const completion of completions) factsOf(completion.lessonSlug).completedAt = completion.completedAt;
  const lastVisit = visits.find((visit) => visit.lastLessonSlug);
  return {
    facts,
    last: lastVisit ? { lessonSlug: lastVisit.lastLessonSlug!, stepId: lastVisit.lastStepId, at: lastVisit.lastActivityAt } : null,
    minutes: learningMinutes(visits),
  };
}

export function statusOf(lesson: Lesson, progress: LearnerProgress): LessonStatus {
  return lessonStatus(lessonShape(lesson), progress.facts.get(lesson.slug) ?? noFacts);
}

export function resumeFor(lessons: Lesson[], progress: LearnerProgress): ResumeTarget | null {
  return resumeTarget(lessons.map(lessonShape), progress.facts, progress.last);
}

export type AssignedPath = {
  assignmentId: string;
  pathTitle: string;
  assignedBy: string | null;
  dueDate: Date | null;
  lessonSlugs: string[];
};

/** Paths given to the learner directly or to one of their groups, oldest first: the order to do them in. */
export async function assignedPaths(db: Db, userId: string): Promise<AssignedPath[]> {
  const assignments = await db.assignment.findMany({
    where: { OR: [{ learnerId: userId }, { group: { members: { some: { userId } } } }] },
    include: {
      path: { include: { items: { orderBy: { position: "asc" } } } },
      assignedBy: { select: { displayName: true } },
    },
    orderBy: [{ createdAt: "asc" }],
  });
  return assignments.map((assignment) => ({
    assignmentId: assignment.id,
    pathTitle: assignment.path.title,
    assignedBy: assignment.assignedBy?.displayName ?? null,
    dueDate: assignment.dueDate,
    lessonSlugs: assignment.path.items.map((item) => item.lessonSlug),
  }));
}

export async function certificatesHeld(db: Db, userId: string) {
  return db.certificate.findMany({
    where: { userId },
    select: { id: true, number: true, subjectTitle: true, issuedAt: true, revokedAt: true, verificationCode: true },
    orderBy: { issuedAt: "desc" },
  });
}

/** One stored quiz attempt, only if it is the person's own. */
export async function ownQuizAttempt(db: Db, userId: string, attemptId: string, lessonSlug: string) {
  return db.quizAttempt.findFirst({ where: { id: attemptId, userId, lessonSlug } });
}
