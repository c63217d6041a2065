// npm run bench:dashboard — the club home and the progress matrix for a big club: 300 learners in
// 10 groups with realistic progress over every lesson, plus the step records of retired lessons
// that a club collects over the years (kept, not counted), ≈ 200,000 StepProgress rows in all.
// Times the data each page renders (median of 20) and counts the database queries per page.
// Embedded database (in memory) and, when DATABASE_URL is set, a fresh database on that server.
//   BENCH_LEARNERS=300  BENCH_RUNS=20
import { randomBytes } from "node:crypto";
import os from "node:os";
import { Client } from "pg";
import type { Actor } from "../lib/access/policy";
import { getCatalogue } from "../lib/content/catalogue";
import { openEmbedded, postgresFactory } from "../lib/db/adapters";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrate";
import { clubOverview } from "../lib/reports/club-home";
import { matrixCsv, matrixFilterSchema, progressMatrix } from "../lib/reports/matrix";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const GOAL_MS = 300;
const RETIRED_LESSONS = 130;
const RETIRED_STEPS = 8;
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();

const catalogue = await getCatalogue();
const lessons = catalogue.lessons;

/** A repeatable pseudo-random sequence, so every run seeds the same club. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

type Counted = { db: PrismaClient; queries: () => number; reset: () => void };

function counted(db: PrismaClient): Counted {
  let count = 0;
  (db as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => (count += 1));
  return { db, queries: () => count, reset: () => (count = 0) };
}

async function seed(db: PrismaClient): Promise<{ actor: Actor; clubId: string; groupId: string; stepRows: number }> {
  const club = await db.club.create({
    data: { name: "Klub ławkowy", kind: "LIBRARY", addressLine: "ul. Długa 1", postalCode: "00-001", city: "Miasto", gmina: "Miasto", powiat: "p", voivodeship: "MAZOWIECKIE", joinCode: `BENCH-${randomBytes(3).toString("hex")}` },
  });
  const educator = await db.user.create({ data: { displayName: "Edukator Ławkowy", username: `bench-edu-${randomBytes(3).toString("hex")}`, memberships: { create: { clubId: club.id, role: "EDUCATOR" } } } });
  const groups = await Promise.all(Array.from({ length: 10 }, (_, i) => db.group.create({ data: { clubId: club.id, name: `Grupa ${i + 1}` } })));
  const rand = random(42);
  const learnerIds: string[] = [];
  for (let i = 0; i < LEARNERS; i += 1) {
    const user = await db.user.create({ data: { displayName: `Uczestnik ${String(i + 1).padStart(3, "0")}`, username: `bench-${club.id}-${i}`, memberships: { create: { clubId: club.id, role: "LEARNER" } } } });
    learnerIds.push(user.id);
  }
  await db.groupMember.createMany({ data: learnerIds.map((userId, i) => ({ groupId: groups[i % groups.length]!.id, userId })) });
  const path = await db.lessonPath.create({ data: { clubId: club.id, title: "Wszystko", items: { create: lessons.slice(0, 12).map((lesson, position) => ({ position, lessonSlug: lesson.slug })) } } });
  await db.assignment.createMany({ data: groups.map((group) => ({ clubId: club.id, pathId: path.id, groupId: group.id, assignedById: educator.id })) });

  let stepRows = 0;
  for (const [index, userId] of learnerIds.entries()) {
    const completed = Math.floor(rand() * rand() * (lessons.length + 1));
    const steps: { userId: string; lessonSlug: string; stepId: string; completedAt: Date }[] = [];
    const completions: { userId: string; lessonSlug: string; completedAt: Date; assisted: boolean }[] = [];
    const attempts: { userId: string; lessonSlug: string; answers: object; correctCount: number; questionCount: number; passed: boolean; createdAt: Date }[] = [];
    lessons.slice(0, completed + 1).forEach((lesson, n) => {
      const at = new Date(NOW.getTime() - (completed - n + 1) * 3 * DAY);
      const done = n < completed;
      const stepIds = lesson.analysis.steps.map((step) => step.id);
      for (const stepId of done ? stepIds : stepIds.slice(0, Math.floor(rand() * stepIds.length))) steps.push({ userId, lessonSlug: lesson.slug, stepId, completedAt: at });
      if (done) {
        if (rand() < 0.2) attempts.push({ userId, lessonSlug: lesson.slug, answers: {}, correctCount: 0, questionCount: 3, passed: false, createdAt: at });
        attempts.push({ userId, lessonSlug: lesson.slug, answers: {}, correctCount: 3, questionCount: 3, passed: true, createdAt: at });
        completions.push({ userId, lessonSlug: lesson.slug, completedAt: at, assisted: rand() < 0.3 });
      }
    });
    // Lessons the platform used to have: their records stay (they are someone's history) but never count.
    for (let retired = 0; retired < RETIRED_LESSONS; retired += 1) {
      if (rand() < 0.6) for (let s = 0; s < RETIRED_STEPS; s += 1) steps.push({ userId, lessonSlug: `archiwum/lekcja-${retired}`, stepId: `krok-${s}`, completedAt: new Date(NOW.getTime() - 400 * DAY) });
    }
    await db.stepProgress.createMany({ data: steps });
    await db.lessonCompletion.createMany({ data: completions });
    if (attempts.length) await db.quizAttempt.createMany({ data: attempts });
    const last = lessons[Math.min(completed, lessons.length - 1)]!;
    await db.learningVisit.createMany({
      data: Array.from({ length: 1 + (index % 4) }, (_, v) => ({ userId, startedAt: new Date(NOW.getTime() - (v * 5 + (index % 20)) * DAY - 3_600_000), lastActivityAt: new Date(NOW.getTime() - (v * 5 + (index % 20)) * DAY), lastLessonSlug: last.slug, lastStepId: last.analysis.steps[1]?.id ?? null })),
    });
    stepRows += steps.length;
  }
  const actor: Actor = { userId: educator.id, displayName: educator.displayName, username: educator.username, isAdmin: false, memberships: [{ clubId: club.id, clubName: club.name, role: "EDUCATOR" }], activeClubId: club.id };
  return { actor, clubId: club.id, groupId: groups[0]!.id, stepRows };
}

async function measure(work: () => Promise<unknown>, c: Counted) {
  await work(); // warm-up: plans, caches
  const times: number[] = [];
  let queries = 0;
  for (let i = 0; i < RUNS; i += 1) {
    c.reset();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    queries = c.queries();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.ceil(times.length * 0.95) - 1]!, queries };
}

async function run(name: string, db: PrismaClient) {
  const seedStart = performance.now();
  const { actor, clubId, groupId, stepRows } = await seed(db);
  console.log(`\n${name}: seeded ${LEARNERS} learners × ${lessons.length} lessons, ${stepRows.toLocaleString("en")} step rows in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`);
  const c = counted(db);
  const pages = [
    ["club home (figures + Kto potrzebuje pomocy)", () => clubOverview(db, actor, clubId)],
    [`matrix: whole club × all ${lessons.length} lessons`, () => progressMatrix(db, actor, clubId, matrixFilterSchema.parse({}))],
    ["matrix: one group × its assigned path, by progress", () => progressMatrix(db, actor, clubId, matrixFilterSchema.parse({ grupa: groupId, sort: "postep" }))],
    ["CSV of the whole-club matrix", async () => matrixCsv(await progressMatrix(db, actor, clubId, matrixFilterSchema.parse({})))],
  ] as const;
  console.log(`  ${"page data".padEnd(52)}${"median".padStart(9)}${"p95".padStart(9)}${"queries".padStart(9)}`);
  for (const [label, work] of pages) {
    const result = await measure(work, c);
    console.log(`  ${label.padEnd(52)}${`${result.median.toFixed(0)} ms`.padStart(9)}${`${result.p95.toFixed(0)} ms`.padStart(9)}${String(result.queries).padStart(9)}  ${result.median < GOAL_MS ? "ok" : "over"} (goal < ${GOAL_MS} ms)`);
  }
}

const embedded = await openEmbedded(null);
await applyMigrations(embedded.factory);
const embeddedDb = new PrismaClient({ adapter: embedded.factory, log: [{ emit: "event", level: "query" }] });
await run("embedded (PGlite, in memory)", embeddedDb);
await embeddedDb.$disconnect();
await embedded.pglite.close();

if (process.env.DATABASE_URL) {
  const name = `kc_bench_dashboard_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  try {
    await applyMigrations(postgresFactory(url.toString()));
    const pgDb = new PrismaClient({ adapter: postgresFactory(url.toString()), log: [{ emit: "event", level: "query" }] });
    await run(`PostgreSQL (${url.host})`, pgDb);
    await pgDb.$disconnect();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log("\nDATABASE_URL is not set: PostgreSQL skipped (set it to a postgresql:// address to include it).");
}

console.log(`\nTimes are the data each page renders (queries and grouping in lib/reports), without React's HTML.`);
console.log(`Node ${process.version}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}).`);
process.exit(0);
