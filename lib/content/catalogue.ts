import fs from "node:fs";
import path from "node:path";
import type { LessonAnalysis } from "./analyse";
import { compileLesson } from "./compile";
import {
  builtInPathsSchema,
  ContentError,
  describeZodError,
  glossarySchema,
  lessonFrontmatterSchema,
  moduleSchema,
  type LessonFrontmatter,
  type ModuleMeta,
} from "./schema";

// CONTENT_DIR lets the content check run on another folder (the tests use a broken fixture).
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");

export type Lesson = {
  /** "module/lesson": how the database and the progress records refer to a lesson. */
  slug: string;
  moduleSlug: string;
  lessonSlug: string;
  file: string;
  meta: LessonFrontmatter;
  analysis: LessonAnalysis;
  code: string;
};

export type Module = { slug: string; meta: ModuleMeta; lessons: Lesson[] };
export type GlossaryEntry = { id: string; word: string; explanation: string; file: string };
/** A recommended path shipped with the content; its lessons are in the order to take them. */
export type BuiltInPath = { slug: string; title: string; description: string; lessons: Lesson[] };
export type Catalogue = { modules: Module[]; lessons: Lesson[]; glossary: Map<string, GlossaryEntry>; paths: BuiltInPath[] };

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ContentError(path.relative(process.cwd(), file), `is not valid JSON (${(error as Error).message})`);
  }
}

export function moduleFolders(): string[] {
  return fs
    .readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(contentDir, entry.name, "module.json")))
    .map((entry) => entry.name);
}

export function lessonFiles(moduleSlug: string): string[] {
  return fs
    .readdirSync(path.join(contentDir, moduleSlug))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => path.join(contentDir, moduleSlug, name));
}

export function readModuleMeta(moduleSlug: string): ModuleMeta {
  const file = path.join(contentDir, moduleSlug, "module.json");
  const parsed = moduleSchema.safeParse(readJson(file));
  if (!parsed.success) throw new ContentError(path.relative(process.cwd(), file), describeZodError(parsed.error));
  return parsed.data;
}

export async function readLesson(file: string): Promise<Lesson> {
  const relative = path.relative(process.cwd(), file);
  const moduleSlug = path.basename(path.dirname(file));
  const lessonSlug = path.basename(file, ".mdx");
  let compiled;
  try {
    compiled = await compileLesson(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const message = (error as Error).message.split("\n").slice(0, 3).join(" ");
    throw new ContentError(relative, `MDX does not compile: ${message}`);
  }
  const parsed = lessonFrontmatterSchema.safeParse(compiled.frontmatter);
  if (!parsed.success) throw new ContentError(relative, `frontmatter ${describeZodError(parsed.error)}`);
  return {
    slug: `${moduleSlug}/${lessonSlug}`,
    moduleSlug,
    lessonSlug,
    file: relative,
    meta: parsed.data,
    analysis: compiled.analysis,
    code: compiled.code,
  };
}

export function readGlossary(): Map<string, GlossaryEntry> {
  const files = [
    path.join(contentDir, "slowniczek.json"),
    ...moduleFolders().map((folder) => path.join(contentDir, folder, "slowniczek.json")),
  ].filter((file) => fs.existsSync(file));
  const glossary = new Map<string, GlossaryEntry>();
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const parsed = glossarySchema.safeParse(readJson(file));
    if (!parsed.success) throw new ContentError(relative, describeZodError(parsed.error));
    for (const [id, entry] of Object.entries(parsed.data)) {
      const existing = glossary.get(id);
      if (existing) throw new ContentError(relative, `term "${id}" is already defined in ${existing.file}`);
      glossary.set(id, { id, ...entry, file: relative });
    }
  }
  return glossary;
}

/** content/sciezki.json, every lesson checked to exist; a folder without the file has no paths. */
export function readBuiltInPaths(lessons: Lesson[]): BuiltInPath[] {
  const file = path.join(contentDir, "sciezki.json");
  if (!fs.existsSync(file)) return [];
  const relative = path.relative(process.cwd(), file);
  const parsed = builtInPathsSchema.safeParse(readJson(file));
  if (!parsed.success) throw new ContentError(relative, describeZodError(parsed.error));
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  return Object.entries(parsed.data).map(([slug, meta]) => {
    const missing = meta.lessons.filter((lessonSlug) => !bySlug.has(lessonSlug));
    if (missing.length) throw new ContentError(relative, `${slug}.lessons: no such lesson: ${missing.join(", ")}`);
    if (new Set(meta.lessons).size !== meta.lessons.length) throw new ContentError(relative, `${slug}.lessons: a lesson is listed twice`);
    return { slug, title: meta.title, description: meta.description, lessons: meta.lessons.map((lessonSlug) => bySlug.get(lessonSlug)!) };
  });
}

async function loadCatalogue(): Promise<Catalogue> {
  const modules: Module[] = [];
  for (const slug of moduleFolders()) {
    const lessons = await Promise.all(lessonFiles(slug).map(readLesson));
    lessons.sort((a, b) => a.meta.order - b.meta.order);
    modules.push({ slug, meta: readModuleMeta(slug), lessons });
  }
  modules.sort((a, b) => a.meta.order - b.meta.order);
  const lessons = modules.flatMap((module) => module.lessons);
  return { modules, lessons, glossary: readGlossary(), paths: readBuiltInPaths(lessons) };
}

const globalForContent = globalThis as typeof globalThis & { klubCyfrowyCatalogue?: Promise<Catalogue> };

/** Every module and lesson, compiled once per process; an invalid lesson stops the build. */
export function getCatalogue(): Promise<Catalogue> {
  if (process.env.NODE_ENV === "development") return loadCatalogue();
  globalForContent.klubCyfrowyCatalogue ??= loadCatalogue();
  return globalForContent.klubCyfrowyCatalogue;
}

export async function findModule(slug: string): Promise<Module | undefined> {
  return (await getCatalogue()).modules.find((module) => module.slug === slug);
}

export async function findLesson(moduleSlug: string, lessonSlug: string) {
  const catalogue = await getCatalogue();
  const module = catalogue.modules.find((candidate) => candidate.slug === moduleSlug);
  const lesson = module?.lessons.find((candidate) => candidate.lessonSlug === lessonSlug);
  if (!module || !lesson) return undefined;
  const index = catalogue.lessons.indexOf(lesson);
  return { module, lesson, next: catalogue.lessons[index + 1], glossary: catalogue.glossary };
}

export function lessonHref(lesson: Pick<Lesson, "moduleSlug" | "lessonSlug">): string {
  return `/lekcje/${lesson.moduleSlug}/${lesson.lessonSlug}`;
}

export function totalMinutes(lessons: Lesson[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.meta.durationMinutes, 0);
}
