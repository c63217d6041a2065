// npm run content:check — validates every module and lesson with the same rules the content
// tests apply. `--json` prints the compiled lessons' structure for the tests instead.
import fs from "node:fs";
import path from "node:path";
import { lessonFiles, moduleFolders, readBuiltInPaths, readGlossary, readLesson, readModuleMeta, type Lesson } from "../lib/content/catalogue";
import { internalPaths } from "../lib/content/routes";
import { reviewWarnings } from "../lib/content/review";
import { checkLesson, checkPractice, PRACTICE_MODULES } from "../lib/content/rules";
import { scenarios } from "../components/simulators/registry";

const json = process.argv.includes("--json");
const errors: { file: string; message: string }[] = [];
const modules: { slug: string; title: string; order: number; lessons: { lessonSlug: string; stepCount: number }[] }[] = [];
const lessons: (Lesson & { source: string })[] = [];

function record(error: unknown, file: string) {
  const message = error instanceof Error ? error.message : String(error);
  errors.push({ file, message: message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message });
}

let glossaryIds = new Set<string>();
try {
  glossaryIds = new Set(readGlossary().keys());
} catch (error) {
  record(error, "content/slowniczek.json");
}

for (const slug of moduleFolders()) {
  let meta;
  try {
    meta = readModuleMeta(slug);
  } catch (error) {
    record(error, `content/${slug}/module.json`);
  }
  const moduleLessons = [];
  for (const file of lessonFiles(slug)) {
    try {
      const lesson = await readLesson(file);
      lessons.push({ ...lesson, source: fs.readFileSync(file, "utf8") });
      moduleLessons.push({ lessonSlug: lesson.lessonSlug, stepCount: lesson.analysis.steps.length });
    } catch (error) {
      record(error, path.relative(process.cwd(), file));
    }
  }
  modules.push({ slug, title: meta?.title ?? slug, order: meta?.order ?? 0, lessons: moduleLessons });
}

modules.sort((a, b) => a.order - b.order);

let pathCount = 0;
try {
  pathCount = readBuiltInPaths(lessons).length;
} catch (error) {
  record(error, "content/sciezki.json");
}

function printReport() {
  const context = { glossaryIds, internalPaths: internalPaths(modules), today: new Date() };
  const warnings: { file: string; message: string }[] = [];
  for (const lesson of lessons) {
    const { title, summary, objectives } = lesson.meta;
    const input = {
      slug: lesson.slug,
      source: lesson.source,
      frontmatter: { title, summary, objectives },
      checkedOn: lesson.meta.checkedOn,
      sources: lesson.meta.sources,
      analysis: lesson.analysis,
    };
    for (const message of checkLesson(input, context)) errors.push({ file: lesson.file, message });
    for (const message of reviewWarnings(input, context.today)) warnings.push({ file: lesson.file, message });
  }
  // Another CONTENT_DIR (a test fixture) holds only some modules: check the practice links it has.
  const present = (moduleSlug: string) => !process.env.CONTENT_DIR || modules.some((module) => module.slug === moduleSlug);
  const simulators = scenarios.map(({ slug, lessonSlug }) => ({ slug, lessonSlug })).filter((simulator) => present(simulator.lessonSlug.split("/")[0]!));
  for (const message of checkPractice(lessons, simulators, PRACTICE_MODULES.filter(present))) errors.push({ file: "content", message });
  for (const warning of warnings) console.warn(`⚠ ${warning.file}: ${warning.message}`);
  if (warnings.length) console.warn(`\n${warnings.length} lesson(s) due for a review of their facts (a warning, not an error).\n`);
  if (errors.length) {
    for (const error of errors) console.error(`✗ ${error.file}: ${error.message}`);
    console.error(`\n${errors.length} problem(s) in the content.`);
    process.exit(1);
  }
  const steps = lessons.reduce((sum, lesson) => sum + lesson.analysis.steps.length, 0);
  console.log(`✓ ${modules.length} modules, ${lessons.length} lessons, ${steps} steps, ${pathCount} paths: all content checks pass.`);
}

if (json) {
  const simulators = scenarios.map(({ slug, lessonSlug }) => ({ slug, lessonSlug }));
  const report = { modules, glossaryIds: [...glossaryIds], errors, simulators, lessons: lessons.map(({ code: _code, ...lesson }) => lesson) };
  // Exit only once the pipe has taken everything: a large report would be cut off otherwise.
  process.stdout.write(JSON.stringify(report), () => process.exit(0));
} else {
  printReport();
}
