/** @jest-environment node */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

describe("npm run content:check on a broken lesson", () => {
  it("fails, naming the file and each wrong field in words", async () => {
    const failure = await run(tsx, ["scripts/content-check.mts"], {
      env: { ...process.env, CONTENT_DIR: "tests/fixtures/broken-content" },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const output = failure?.stderr ?? "";
    expect(output).toContain("przyklad/zla-lekcja.mdx: frontmatter");
    expect(output).toMatch(/durationMinutes: /);
    expect(output).toMatch(/digcomp\.0: must be a DigComp 2\.2 competence number/);
    expect(output).toMatch(/checkedOn: must be a date/);
    expect(output).toMatch(/sources\.0\.url: must start with https:\/\//);
  });
});

describe("npm run content:check on a lesson past its review date", () => {
  it("warns, naming the file and the date, and still passes (exit code 0)", async () => {
    const { stdout, stderr } = await run(tsx, ["scripts/content-check.mts"], {
      env: { ...process.env, CONTENT_DIR: "tests/fixtures/review-due-content" },
    });
    expect(stderr).toContain("⚠ tests/fixtures/review-due-content/przyklad/do-przegladu.mdx: checkedOn 2024-01-15 is over 12 months old");
    expect(stderr).toContain("review was due on 2025-01-15");
    expect(stdout).toMatch(/all content checks pass/);
  });
});
