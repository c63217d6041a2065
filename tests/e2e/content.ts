import { contentReport } from "../helpers/content-report";

export function contentLessons() {
  return contentReport().lessons;
}

export function contentLesson(slug: string) {
  const lesson = contentLessons().find((candidate) => candidate.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return lesson;
}
