import { getCatalogue, lessonHref } from "../content/catalogue";

/** The lesson (and the step in it) that leads to a simulator: where "Wróć do lekcji" goes. */
export async function practiceLesson(simulatorSlug: string, lessonSlug: string) {
  const { lessons } = await getCatalogue();
  const lesson = lessons.find((candidate) => candidate.slug === lessonSlug);
  if (!lesson) return null;
  const link = lesson.analysis.practice.find((practice) => practice.simulator === simulatorSlug);
  const href = lessonHref(lesson);
  return { title: lesson.meta.title, moduleSlug: lesson.moduleSlug, href, stepHref: link ? `${href}/${link.step}` : href };
}
