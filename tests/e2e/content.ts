import { execFileSync } from "node:child_process";
import path from "node:path";
import type { QuizQuestion } from "@/lib/content/analyse";

type LessonSummary = { slug: string; analysis: { steps: { id: string; title: string }[]; quiz: QuizQuestion[] } };

let lessons: LessonSummary[] | undefined;

/** The compiled lessons' structure, as the content check reports it. */
export function contentLessons(): LessonSummary[] {
  lessons ??= (
    JSON.parse(
      execFileSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/content-check.mts", "--json"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as { lessons: LessonSummary[] }
  ).lessons;
  return lessons;
}

export function contentLesson(slug: string): LessonSummary {
  const lesson = contentLessons().find((candidate) => candidate.slug === slug);
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return lesson;
}
