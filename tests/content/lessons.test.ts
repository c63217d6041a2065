/** @jest-environment node */
// Every lesson against the content rules. The MDX is compiled by `npm run content:check --json`
// in a child process (mdx-bundler is ESM-only), and the rules are applied here.
import { internalPaths } from "@/lib/content/routes";
import { checkPractice, lessonRules, PRACTICE_MODULES, type LessonForRules } from "@/lib/content/rules";
import { contentReport } from "../helpers/content-report";

const report = contentReport();

const context = {
  glossaryIds: new Set(report.glossaryIds),
  internalPaths: internalPaths(report.modules),
  today: new Date(),
};

describe("the content", () => {
  it("loads: every module.json, glossary and lesson frontmatter is valid and every lesson compiles", () => {
    expect(report.errors).toEqual([]);
  });

  it("has the eight modules in learning order, each with at least three lessons (24+ in all)", () => {
    expect(report.modules.map((module) => module.slug)).toEqual([
      "internet-i-bezpieczenstwo",
      "media-spolecznosciowe",
      "rozmowy-wideo",
      "profil-zaufany",
      "mobywatel",
      "ikp",
      "e-pit",
      "podpis-elektroniczny",
    ]);
    for (const module of report.modules) expect(module.lessons.length).toBeGreaterThanOrEqual(3);
    expect(report.lessons.length).toBeGreaterThanOrEqual(24);
  });
});

describe("practice simulators", () => {
  it("every e-service module links to at least one simulator, and every link and simulator matches", () => {
    const lessons = report.lessons.map((lesson) => ({ slug: lesson.slug, analysis: lesson.analysis }));
    expect(checkPractice(lessons, report.simulators)).toEqual([]);
    for (const moduleSlug of PRACTICE_MODULES) {
      const links = report.lessons.filter((lesson) => lesson.slug.startsWith(`${moduleSlug}/`)).flatMap((lesson) => lesson.analysis.practice);
      expect({ moduleSlug, linked: links.length > 0 }).toEqual({ moduleSlug, linked: true });
    }
  });
});

describe.each(report.lessons.map((lesson) => [lesson.file, lesson] as const))("%s", (_file, lesson) => {
  const input: LessonForRules = {
    slug: lesson.slug,
    source: lesson.source,
    frontmatter: { title: lesson.meta.title, summary: lesson.meta.summary, objectives: lesson.meta.objectives },
    checkedOn: new Date(lesson.meta.checkedOn),
    sources: lesson.meta.sources,
    analysis: lesson.analysis,
  };
  it.each(Object.entries(lessonRules))("passes the %s rules", (_name, rule) => {
    expect(rule(input, context)).toEqual([]);
  });
});
