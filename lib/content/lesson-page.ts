import { pageNotFound } from "../not-found";
import { findLesson, getCatalogue, lessonHref } from "./catalogue";

export type LessonParams = Promise<{ module: string; lesson: string }>;
export type StepParams = Promise<{ module: string; lesson: string; step: string }>;

/** The lesson a route names, or the 404 page. */
export async function lessonFromParams(params: LessonParams) {
  const { module, lesson } = await params;
  const found = await findLesson(module, lesson);
  if (!found) pageNotFound();
  return { ...found, href: lessonHref(found.lesson) };
}

export async function lessonStaticParams() {
  const { lessons } = await getCatalogue();
  return lessons.map((lesson) => ({ module: lesson.moduleSlug, lesson: lesson.lessonSlug }));
}

export async function stepStaticParams() {
  const { lessons } = await getCatalogue();
  return lessons.flatMap((lesson) =>
    lesson.analysis.steps.map((step) => ({ module: lesson.moduleSlug, lesson: lesson.lessonSlug, step: String(step.number) })),
  );
}
