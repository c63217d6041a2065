/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";

// Each module imports only downwards: an import circle makes load order decide what is defined
// (a half-initialised module is `undefined` at the far end) and ties the sign-in code into a knot.
const root = path.resolve(__dirname, "../../..");
const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const match of text.matchAll(importPattern)) {
      // Type-only imports vanish at run time and cannot form a load-order circle.
      if (/^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
      const target = resolveImport(file, (match[1] ?? match[2])!);
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open") cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("import graph", () => {
  const files = ["lib", "components", "app"].flatMap((dir) => sourceFiles(path.join(root, dir)));
  const graph = importGraph(files);

  it("reads the imports it should (a broken reader would find no circle anywhere)", () => {
    const guard = graph.get(path.join(root, "lib/access/guard.ts"));
    expect(guard).toContain(path.join(root, "lib/access/policy.ts"));
    expect(findCycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
  });

  it("has no circle in lib/, components/ or app/", () => {
    const shown = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(root, file)).join(" → "));
    expect(shown).toEqual([]);
  });
});
