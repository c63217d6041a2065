import { getCatalogue, lessonHref, type Lesson } from "../content/catalogue";
import type { LessonShape } from "./rules";

/** What progress needs to know about a lesson, from the catalogue as it is now. */
export function lessonShape(lesson: Lesson): LessonShape {
  return { slug: lesson.slug, stepIds: lesson.analysis.steps.map((step) => step.id), quizQuestions: lesson.analysis.quiz.length };
}

export function recordableLesson(lesson: Lesson) {
  return { ...lessonShape(lesson), quiz: lesson.analysis.quiz };
}

const globalForLessons = globalThis as typeof globalThis & { klubCyfrowyLessonsBySlug?: Promise<Map<string, Lesson>> };

/** Every lesson by its "module/lesson" slug, as progress records and forms name it. */
export function lessonsBySlug(): Promise<ReadonlyMap<string, Lesson>> {
  globalForLessons.klubCyfrowyLessonsBySlug ??= getCatalogue().then(
    (catalogue) => new Map(catalogue.lessons.map((lesson) => [lesson.slug, lesson])),
  );
  return globalForLessons.klubCyfrowyLessonsBySlug;
}

export async function lessonBySlug(slug: string): Promise<Lesson | undefined> {
  return (await lessonsBySlug()).get(slug);
}

/** The address of a place in a lesson: a step, the quiz or the summary. */
export function placeHref(lesson: Lesson, place: { kind: "step"; number: number } | { kind: "quiz" } | { kind: "summary" }): string {
  const href = lessonHref(lesson);
  if (place.kind === "step") return `${href}/${place.number}`;
  return place.kind === "quiz" ? `${href}/quiz` : `${href}/podsumowanie`;
}
