import { execFileSync } from "node:child_process";
import path from "node:path";
import type { LessonAnalysis } from "@/lib/content/analyse";
import { toDemoLesson, type DemoLesson } from "@/lib/db/demo-progress";

export type ContentReport = {
  modules: { slug: string; title: string; order: number; lessons: { lessonSlug: string; stepCount: number }[] }[];
  glossaryIds: string[];
  errors: { file: string; message: string }[];
  simulators: { slug: string; lessonSlug: string }[];
  lessons: {
    slug: string;
    file: string;
    source: string;
    meta: { title: string; summary: string; objectives: string[]; checkedOn: string; sources: { title: string; url: string }[] };
    analysis: LessonAnalysis;
  }[];
};

let cached: ContentReport | undefined;

/**
 * The compiled lessons' structure, from `npm run content:check -- --json` in a child process:
 * mdx-bundler is ESM-only and the test runners load TypeScript as CommonJS.
 */
export function contentReport(): ContentReport {
  cached ??= JSON.parse(
    execFileSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/content-check.mts", "--json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as ContentReport;
  return cached;
}

/** The lessons in the shape the demo seed takes, as lib/content/demo-lessons.ts gives them. */
export function demoLessonsFromReport(): DemoLesson[] {
  return contentReport().lessons.map(toDemoLesson);
}
