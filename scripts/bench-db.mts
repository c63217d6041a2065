// npm run bench:db — 10,000 step-progress upserts, sequential and from 50 concurrent writers,
// on the embedded database (a fresh PGlite directory on disk) and, when DATABASE_URL is set,
// on PostgreSQL. Prints rows/s per case and checks the row count: nothing lost, no duplicates.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openEmbedded, postgresFactory } from "../lib/db/adapters";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrate";

const TOTAL = 10_000;
const WRITERS = 50;
const LEARNERS = 100;
const LESSON = "bench/lesson";

type Case = { database: string; mode: string; upserts: number; rows: number; expected: number; seconds: number };

async function prepare(db: PrismaClient) {
  await db.user.deleteMany({ where: { username: { startsWith: "bench." } } });
  const ids: string[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const user = await db.user.create({ data: { username: `bench.${i}`, displayName: `Bench ${i}` } });
    ids.push(user.id);
  }
  return ids;
}

function upsert(db: PrismaClient, userId: string, stepId: string) {
  return db.stepProgress.upsert({
    where: { userId_lessonSlug_stepId: { userId, lessonSlug: LESSON, stepId } },
    update: {},
    create: { userId, lessonSlug: LESSON, stepId },
  });
}

async function count(db: PrismaClient, users: string[]) {
  return db.stepProgress.count({ where: { lessonSlug: LESSON, userId: { in: users } } });
}

async function run(name: string, db: PrismaClient): Promise<Case[]> {
  const users = await prepare(db);
  const results: Case[] = [];

  // Sequential: 10,000 distinct (learner, step) keys, one after another.
  let started = performance.now();
  for (let i = 0; i < TOTAL; i++) await upsert(db, users[i % LEARNERS]!, `seq-${Math.floor(i / LEARNERS)}`);
  results.push({ database: name, mode: "sequential", upserts: TOTAL, rows: await count(db, users), expected: TOTAL, seconds: (performance.now() - started) / 1000 });

  // Concurrent: 50 writers; every key is written by two different writers at about the same
  // time (double submits, two tabs), so 10,000 upserts must leave exactly 5,000 new rows.
  const before = await count(db, users);
  const keys = TOTAL / 2;
  started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let i = writer; i < TOTAL; i += WRITERS) {
        const key = i % keys;
        await upsert(db, users[key % LEARNERS]!, `par-${Math.floor(key / LEARNERS)}`);
      }
    }),
  );
  results.push({ database: name, mode: `${WRITERS} concurrent writers`, upserts: TOTAL, rows: (await count(db, users)) - before, expected: keys, seconds: (performance.now() - started) / 1000 });

  await db.user.deleteMany({ where: { username: { startsWith: "bench." } } });
  return results;
}

const cases: Case[] = [];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "klub-bench-"));
const embedded = await openEmbedded(path.join(dir, "pglite"));
await applyMigrations(embedded.factory);
const embeddedDb = new PrismaClient({ adapter: embedded.factory });
cases.push(...(await run("embedded (PGlite, on disk)", embeddedDb)));
await embeddedDb.$disconnect();
await embedded.pglite.close();
fs.rmSync(dir, { recursive: true, force: true });

if (process.env.DATABASE_URL) {
  const factory = postgresFactory(process.env.DATABASE_URL);
  await applyMigrations(factory);
  const pgDb = new PrismaClient({ adapter: postgresFactory(process.env.DATABASE_URL) });
  const host = new URL(process.env.DATABASE_URL).host;
  cases.push(...(await run(`PostgreSQL (${host})`, pgDb)));
  await pgDb.$disconnect();
} else {
  console.log("DATABASE_URL is not set: PostgreSQL skipped (set it to a postgresql:// address to include it).");
}

console.log(`\n${"database".padEnd(34)}${"case".padEnd(24)}${"upserts".padStart(8)}${"rows/s".padStart(10)}${"rows".padStart(8)}  check`);
let failed = false;
for (const c of cases) {
  const ok = c.rows === c.expected;
  failed ||= !ok;
  console.log(
    `${c.database.padEnd(34)}${c.mode.padEnd(24)}${String(c.upserts).padStart(8)}${Math.round(c.upserts / c.seconds).toString().padStart(10)}${String(c.rows).padStart(8)}  ${ok ? "ok" : `WRONG: expected ${c.expected}`}`,
  );
}
console.log(`\nNode ${process.version}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}).`);
process.exit(failed ? 1 : 0);
