/** @jest-environment node */
// The components' and simulators' Polish speaks to women and men alike, with the same check the
// lessons get (lib/content/wording.ts). The simulators keep their text in code, so the test
// reads the string literals and JSX text of the source files.
import fs from "node:fs";
import path from "node:path";
import { genderedForms } from "@/lib/content/wording";

const roots = ["components", "lib/simulators"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(entry.name) ? [file] : [];
  });
}

/** The texts a person may read: string and template literals, and text between JSX tags. */
function readableTexts(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  const literals = [...code.matchAll(/"([^"\n]*)"|`([^`]*)`/g)].map((match) => match[1] ?? match[2] ?? "");
  const jsxText = [...code.matchAll(/>([^<>{}]+)</g)].map((match) => match[1]!);
  return [...literals, ...jsxText].filter((text) => /\p{L}{3}/u.test(text));
}

describe("words for every reader in the interface and the simulators", () => {
  it("reads literals and JSX text", () => {
    expect(readableTexts('const a = "Wpisałeś kod."; <p>Zalogowałeś się</p>')).toEqual(["Wpisałeś kod.", "Zalogowałeś się"]);
  });

  const files = roots.flatMap(sourceFiles);
  it.each(files)("%s addresses no one as only a man or only a woman", (file) => {
    const found = readableTexts(fs.readFileSync(file, "utf8")).flatMap((text) => genderedForms(text).map((form) => `„${form}” in: ${text.trim()}`));
    expect(found).toEqual([]);
  });
});
