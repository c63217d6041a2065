import type { DemoLesson } from "../db/demo-progress";
import { getCatalogue } from "./catalogue";

/** The catalogue's lessons in learning order, in the shape the demo seed needs. */
export async function demoLessons(): Promise<DemoLesson[]> {
  const { lessons } = await getCatalogue();
  return lessons.map((lesson) => ({
    slug: lesson.slug,
    steps: lesson.analysis.steps.map((step) => step.id),
    quiz: lesson.analysis.quiz.map((question) => ({
      id: question.id,
      correct: question.options.find((option) => option.correct)?.value ?? "a",
      wrong: question.options.find((option) => !option.correct)?.value ?? "a",
    })),
  }));
}
