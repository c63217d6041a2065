/** @jest-environment node */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

async function migrateWith(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(tsx, ["scripts/db-migrate.mts"], { env: { ...process.env, ...env } });
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
    const result = await migrateWith({ DATABASE_URL: url });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
