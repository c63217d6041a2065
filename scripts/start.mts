// npm start (production) and npm run demo: check the configuration, migrate, seed the demo
// data when asked (never in production), then hand over to our server (scripts/server.mjs).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseConfig } from "../lib/config";
import { closeDb, getDb } from "../lib/db/client";
import { demoLessons } from "../lib/content/demo-lessons";
import { demoCredentialsText, seedDemo } from "../lib/db/seed";
import { getCatalogue } from "../lib/content/catalogue";
import { lessonShape } from "../lib/progress/lessons";
import { recomputeCompletions } from "../lib/progress/record";
import { parseOperator } from "../lib/operator";
import { exitWithOneLine, migrateConfiguredDatabase } from "../lib/db/setup";
import { trustedProxyHops } from "./client-ip.mjs";

const demo = process.argv.includes("--demo");

function localDemoSecret(databaseDir: string): string {
  const file = path.join(path.dirname(path.resolve(databaseDir)), ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

try {
  if (demo && process.env.NODE_ENV === "production") {
    throw new ConfigError("the demo data is never loaded in production: run `npm start` instead");
  }
  // `npm start` is production: the same checks as on a server, whatever the shell's NODE_ENV.
  // The demo runs the production build with a random secret kept beside its embedded database.
  if (demo) {
    process.env.NEXTAUTH_SECRET ??= localDemoSecret(process.env.EMBEDDED_DB_DIR ?? "data/pglite");
    process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  }
  (process.env as Record<string, string>).NODE_ENV = demo ? "development" : "production";
  const config = parseConfig(process.env);
  parseOperator(process.env); // a malformed OPERATOR_* value stops the start, not a page view
  const applied = await migrateConfiguredDatabase();
  if (applied.length) console.log(`Database migrated: ${applied.join(", ")}`);
  if (demo) await seedDemo(await getDb(), await demoLessons());
  // Lessons may have gained or lost steps since the last start: completion follows the content.
  const completed = await recomputeCompletions(await getDb(), (await getCatalogue()).lessons.map(lessonShape));
  if (completed) console.log(`Lessons completed after content changes: ${completed}`);
  await closeDb();
  if (demo) console.log(`\n${demoCredentialsText()}\n`);
  try {
    trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  } catch (error) {
    throw new ConfigError((error as Error).message); // a malformed value stops the start here
  }
  console.log(`Klub Cyfrowy: http://localhost:${config.port}`);
  const server = spawn(process.execPath, [fileURLToPath(new URL("./server.mjs", import.meta.url))], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", PORT: String(config.port) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
} catch (error) {
  exitWithOneLine(error);
}
