import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import { analyseLesson, type LessonAnalysis, type MdNode } from "./analyse";

export type CompiledLesson = {
  code: string;
  frontmatter: Record<string, unknown>;
  analysis: LessonAnalysis;
};

const cacheDir = path.join(process.cwd(), ".cache", "content");

// Compiled output is cached on disk by the hash of the source and of the compiler's own code,
// so a rebuild recompiles only lessons that changed (and every build's workers share it).
function compilerFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of ["analyse.ts", "compile.ts"]) {
    const full = path.join(process.cwd(), "lib", "content", file);
    if (fs.existsSync(full)) hash.update(fs.readFileSync(full));
  }
  hash.update(JSON.stringify(process.versions.node));
  return hash.digest("hex");
}

let fingerprint: string | undefined;

export async function compileLesson(source: string): Promise<CompiledLesson> {
  fingerprint ??= compilerFingerprint();
  const key = createHash("sha256").update(fingerprint).update(source).digest("hex");
  const cached = path.join(cacheDir, `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(cached, "utf8")) as CompiledLesson;
  } catch {
    // not cached yet
  }

  let analysis: LessonAnalysis | undefined;
  const captureStructure = () => (tree: MdNode) => {
    analysis = analyseLesson(tree);
  };
  const { code, frontmatter } = await bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), captureStructure];
      return options;
    },
  });
  if (!analysis) throw new Error("the lesson's structure could not be read");
  const compiled: CompiledLesson = { code, frontmatter, analysis };

  fs.mkdirSync(cacheDir, { recursive: true });
  const temporary = `${cached}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(compiled));
  fs.renameSync(temporary, cached);
  return compiled;
}
