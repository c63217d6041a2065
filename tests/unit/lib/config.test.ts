/** @jest-environment node */
import { ConfigError, parseConfig } from "@/lib/config";

describe("parseConfig", () => {
  it("uses the embedded database under data/ when nothing is set", () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ kind: "embedded", dataDir: expect.stringMatching(/data\/pglite$/) });
    expect(config.port).toBe(3000);
  });

  it("uses PostgreSQL when DATABASE_URL is a postgresql:// address", () => {
    const url = "postgresql://klub:secret@db.example.pl:5432/klub";
    expect(parseConfig({ DATABASE_URL: url }).database).toEqual({ kind: "postgres", url });
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/klub" }, /DATABASE_URL must be a PostgreSQL address/],
    ["DATABASE_URL", { DATABASE_URL: "postgresql://" }, /DATABASE_URL must be a PostgreSQL address/],
    ["PORT", { PORT: "80a" }, /PORT must be a whole number/],
    ["PORT", { PORT: "70000" }, /PORT must be a whole number/],
    ["NEXTAUTH_URL", { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }, /NEXTAUTH_URL must be set in production/],
    ["NEXTAUTH_SECRET", { NODE_ENV: "production", NEXTAUTH_URL: "https://klub.example.pl" }, /NEXTAUTH_SECRET must be set in production/],
    ["NEXTAUTH_SECRET", { NODE_ENV: "production", NEXTAUTH_URL: "https://klub.example.pl", NEXTAUTH_SECRET: "short" }, /at least 32 characters/],
  ])("explains a wrong %s in one sentence", (_name, env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it("accepts a production configuration with a long secret", () => {
    expect(parseConfig({ NODE_ENV: "production", NEXTAUTH_URL: "https://klub.example.pl", NEXTAUTH_SECRET: "x".repeat(32) }).nodeEnv).toBe("production");
  });
});
