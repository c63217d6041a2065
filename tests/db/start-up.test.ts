/** @jest-environment node */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

async function runScript(script: string, env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await run(tsx, [script], { env: { ...process.env, ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("starting with a wrong configuration", () => {
  it.each([
    ["a malformed DATABASE_URL", "mysql://localhost/klub", /DATABASE_URL must be a PostgreSQL address/],
    ["an unreachable DATABASE_URL", "postgresql://klub@127.0.0.1:9/klub", /Could not open PostgreSQL at 127\.0\.0\.1:9\/klub/],
  ])("prints one clear line and exits non-zero for %s", async (_case, url, message) => {
    const result = await runScript("scripts/db-migrate.mts", { DATABASE_URL: url });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe("npm start (production)", () => {
  it.each([
    ["without NEXTAUTH_SECRET", { NEXTAUTH_URL: "https://k.example.pl", NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET must be set in production/],
    ["with a bad PORT", { NEXTAUTH_URL: "https://k.example.pl", NEXTAUTH_SECRET: "s".repeat(40), PORT: "trzy tysiące" }, /PORT must be a whole number/],
    ["with a malformed operator e-mail", { NEXTAUTH_URL: "https://k.example.pl", NEXTAUTH_SECRET: "s".repeat(40), OPERATOR_EMAIL: "nie-email" }, /OPERATOR_EMAIL must be an e-mail address/],
  ])("refuses to start %s, in one line", async (_case, env, message) => {
    const result = await runScript("scripts/start.mts", { NODE_ENV: undefined, ...env });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toEqual([expect.stringMatching(message)]);
  });
});
