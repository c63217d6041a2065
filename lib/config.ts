import path from "node:path";
import { z } from "zod";

/** Thrown when the environment is wrong; its message is one sentence saying what to set. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+/.test(value) && URL.canParse(value), {
    message:
      "DATABASE_URL must be a PostgreSQL address such as postgresql://user:password@localhost:5432/klub — or leave it unset to use the embedded database",
  });

const port = z.coerce
  .number({ message: "PORT must be a whole number between 1 and 65535, e.g. PORT=3000" })
  .int("PORT must be a whole number between 1 and 65535, e.g. PORT=3000")
  .min(1, "PORT must be a whole number between 1 and 65535, e.g. PORT=3000")
  .max(65535, "PORT must be a whole number between 1 and 65535, e.g. PORT=3000");

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), databaseUrl.optional()),
    EMBEDDED_DB_DIR: z.string().trim().min(1).default("data/pglite"),
    PORT: port.default(3000),
    NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL must be the site's full address, e.g. https://klub.example.pl" }).optional(),
    NEXTAUTH_SECRET: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "NEXTAUTH_URL must be set in production to the site's public address, e.g. https://klub.example.pl",
      });
    }
    if (env.NODE_ENV === "production" && (env.NEXTAUTH_SECRET ?? "").length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message:
          "NEXTAUTH_SECRET must be set in production to a random value of at least 32 characters (e.g. the output of `openssl rand -base64 32`)",
      });
    }
  });

export type AppConfig = {
  nodeEnv: "development" | "production" | "test";
  database: { kind: "embedded"; dataDir: string } | { kind: "postgres"; url: string };
  port: number;
  siteUrl: string | undefined;
  authSecret: string | undefined;
};

export function parseConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(issue ? issue.message : "The environment is not valid");
  }
  const value = result.data;
  return {
    nodeEnv: value.NODE_ENV,
    database: value.DATABASE_URL
      ? { kind: "postgres", url: value.DATABASE_URL }
      : { kind: "embedded", dataDir: path.resolve(value.EMBEDDED_DB_DIR) },
    port: value.PORT,
    siteUrl: value.NEXTAUTH_URL,
    authSecret: value.NEXTAUTH_SECRET,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig();
  return cached;
}
