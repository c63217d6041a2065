import type { LessonAnalysis } from "../content/analyse";
import type { Db } from "./client";
import type { seedDemoPeople } from "./demo-seed";

type Seeded = Awaited<ReturnType<typeof seedDemoPeople>>;

/** What the seed needs to know about a lesson: its slug, step ids and quiz, in course order. */
export type DemoLesson = {
  slug: string;
  steps: string[];
  quiz: { id: string; correct: string; wrong: string }[];
};

/** A compiled lesson in the shape the seed needs. */
export function toDemoLesson(lesson: { slug: string; analysis: Pick<LessonAnalysis, "steps" | "quiz"> }): DemoLesson {
  return {
    slug: lesson.slug,
    steps: lesson.analysis.steps.map((step) => step.id),
    quiz: lesson.analysis.quiz.map((question) => ({
      id: question.id,
      correct: question.options.find((option) => option.correct)?.value ?? "a",
      wrong: question.options.find((option) => !option.correct)?.value ?? "a",
    })),
  };
}

/**
 * Varied, realistic progress for the demo learners, in the lessons' learning order:
 * [lessons completed, steps into the next lesson, days since last activity, failed quiz first].
 * Some have not started, some are stuck mid-lesson, some stopped coming weeks ago.
 */
const profiles: [number, number, number, boolean][] = [
  [6, 3, 1, false],
  [2, 5, 3, true],
  [0, 0, 0, false],
  [4, 0, 6, false],
  [1, 2, 20, true],
  [9, 4, 2, false],
  [3, 1, 16, false],
  [0, 4, 5, false],
  [12, 0, 1, false],
  [5, 6, 9, true],
  [1, 0, 30, false],
  [7, 2, 0, false],
];

const DAY = 24 * 60 * 60 * 1000;

export async function seedDemoProgress(db: Db, seeded: Seeded, lessons: DemoLesson[], now = new Date()): Promise<void> {
  const educator = seeded.users.get("marek.nowak");
  for (const [index, learner] of seeded.learners.entries()) {
    const [completed, partialSteps, idleDays, failedFirst] = profiles[index % profiles.length]!;
    const lastActive = new Date(now.getTime() - idleDays * DAY);
    // Already seeded? The visits are written last, so their presence means this learner is done.
    if (await db.learningVisit.count({ where: { userId: learner.id } })) continue;

    const done = lessons.slice(0, completed);
    const next = lessons[completed];
    let moment = new Date(lastActive.getTime() - (done.length + 1) * 2 * DAY);
    // Learners of the first group often learn in the club with an educator's help.
    const assisted = index % 3 === 0;

    for (const lesson of done) {
      moment = new Date(moment.getTime() + 2 * DAY);
      await db.stepProgress.createMany({
        data: lesson.steps.map((stepId, step) => ({
          userId: learner.id,
          lessonSlug: lesson.slug,
          stepId,
          completedAt: new Date(moment.getTime() + step * 60_000),
          assisted,
          assistedById: assisted ? educator?.id : undefined,
        })),
        skipDuplicates: true,
      });
      if (failedFirst) {
        await db.quizAttempt.create({
          data: {
            userId: learner.id,
            lessonSlug: lesson.slug,
            answers: Object.fromEntries(lesson.quiz.map((q) => [q.id, q.wrong])),
            correctCount: 0,
            questionCount: lesson.quiz.length,
            passed: false,
            createdAt: new Date(moment.getTime() + 20 * 60_000),
          },
        });
      }
      const finishedAt = new Date(moment.getTime() + 25 * 60_000);
      await db.quizAttempt.create({
        data: {
          userId: learner.id,
          lessonSlug: lesson.slug,
          answers: Object.fromEntries(lesson.quiz.map((q) => [q.id, q.correct])),
          correctCount: lesson.quiz.length,
          questionCount: lesson.quiz.length,
          passed: true,
          createdAt: finishedAt,
        },
      });
      await db.lessonCompletion.upsert({
        where: { userId_lessonSlug: { userId: learner.id, lessonSlug: lesson.slug } },
        update: {},
        create: { userId: learner.id, lessonSlug: lesson.slug, completedAt: finishedAt, assisted },
      });
    }

    if (next && partialSteps > 0) {
      await db.stepProgress.createMany({
        data: next.steps.slice(0, partialSteps).map((stepId, step) => ({
          userId: learner.id,
          lessonSlug: next.slug,
          stepId,
          completedAt: new Date(lastActive.getTime() - (partialSteps - step) * 60_000),
        })),
        skipDuplicates: true,
      });
    }

    if (completed > 0 || partialSteps > 0) {
      const current = next && partialSteps > 0 ? next : done.at(-1);
      await db.learningVisit.create({
        data: {
          userId: learner.id,
          startedAt: new Date(lastActive.getTime() - 40 * 60_000),
          lastActivityAt: lastActive,
          lastLessonSlug: current?.slug,
          lastStepId: next && partialSteps > 0 ? next.steps[partialSteps - 1] : current?.steps.at(-1),
        },
      });
      await db.user.update({ where: { id: learner.id }, data: { lastSeenAt: lastActive } });
    }
  }
}
