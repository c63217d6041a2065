// npm run bench:reports — the programme reports at national scale. Builds, with set-based SQL
// (generate_series), 2,500 clubs in every voivodeship, 5,000 educators, 100,000 learners,
// 4,000,000 step rows (40 per learner over the last 15 months), 500,000 lesson completions and
// 60,000 club sessions with attendance, on PostgreSQL; a tenth of that on the embedded database.
// Then times the server's work for one report page (figures + trend + idle clubs): the whole
// country, one voivodeship, one gmina, one club. Goals: national < 1 s, voivodeship < 500 ms.
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:55461/postgres  (else only the embedded run)
//   BENCH_RUNS=15  BENCH_SCALE=1 (PostgreSQL; the embedded run always uses a tenth of it)
//   BENCH_EMBEDDED=0 skips the embedded run; BENCH_REUSE=<database> times an already built one on
//   that server (kept afterwards) instead of building and dropping a fresh one; BENCH_KEEP=1
//   keeps the database it built and prints its name, for BENCH_REUSE
import { randomBytes } from "node:crypto";
import os from "node:os";
import { Client } from "pg";
import type { Actor } from "../lib/access/policy";
import { openEmbedded, postgresFactory } from "../lib/db/adapters";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrate";
import { idleClubs } from "../lib/reports/programme/idle";
import { periodQuerySchema, resolvePeriod } from "../lib/reports/programme/period";
import { programmeReport } from "../lib/reports/programme/report";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const admin: Actor = { userId: "bench-admin", displayName: "Admin", username: "admin", isAdmin: true, memberships: [], activeClubId: null };
const period = resolvePeriod(periodQuerySchema.parse({ okres: "poprzedni-kwartal" }));

type Exec = (sql: string) => Promise<unknown>;

/** The programme in a handful of INSERT … SELECT generate_series statements. */
async function build(exec: Exec, scale: number) {
  const clubs = Math.round(2500 * scale);
  const educators = Math.round(5000 * scale);
  const learners = Math.round(100_000 * scale);
  const stepsPerLearner = 40;
  const voivodeships = ["DOLNOSLASKIE", "KUJAWSKO_POMORSKIE", "LUBELSKIE", "LUBUSKIE", "LODZKIE", "MALOPOLSKIE", "MAZOWIECKIE", "OPOLSKIE", "PODKARPACKIE", "PODLASKIE", "POMORSKIE", "SLASKIE", "SWIETOKRZYSKIE", "WARMINSKO_MAZURSKIE", "WIELKOPOLSKIE", "ZACHODNIOPOMORSKIE"];
  const started = Date.now();
  // Club i: voivodeship i % 16 (TERYT 02…32), powiat (i / 16) % 12 + 1, gmina (i / 192) % 14 + 1.
  await exec(`INSERT INTO "Club" (id, name, kind, "addressLine", "postalCode", city, gmina, powiat, voivodeship, "terytCode", "joinCode", "contactPhone", "createdAt", "updatedAt")
    SELECT 'club' || i, 'Klub ' || i, 'LIBRARY', 'ul. Szkolna 1', '00-001', 'Miasto ' || i, 'Gmina ' || (i / 192) % 14, 'Powiat ' || (i / 16) % 12,
      (ARRAY['${voivodeships.join("','")}'])[i % 16 + 1]::"Voivodeship",
      lpad(((i % 16) * 2 + 2)::text, 2, '0') || lpad(((i / 16) % 12 + 1)::text, 2, '0') || lpad(((i / 192) % 14 + 1)::text, 2, '0') || '2',
      'BENCH-' || i, '85 000 00 00', now() - interval '2 years', now()
    FROM generate_series(0, ${clubs - 1}) i`);
  await exec(`INSERT INTO "User" (id, "displayName", username, "createdAt", "updatedAt")
    SELECT 'edu' || i, 'Edukator ' || i, 'edu' || i, now(), now() FROM generate_series(0, ${educators - 1}) i`);
  await exec(`INSERT INTO "Membership" (id, "userId", "clubId", role, "createdAt")
    SELECT 'me' || i, 'edu' || i, 'club' || (i % ${clubs}), 'EDUCATOR', now() - interval '1 year' FROM generate_series(0, ${educators - 1}) i`);
  await exec(`INSERT INTO "User" (id, "displayName", username, "createdAt", "updatedAt")
    SELECT 'lrn' || i, 'Uczestnik ' || i, 'lrn' || i, now(), now() FROM generate_series(0, ${learners - 1}) i`);
  await exec(`INSERT INTO "Membership" (id, "userId", "clubId", role, "createdAt")
    SELECT 'ml' || i, 'lrn' || i, 'club' || (i % ${clubs}), 'LEARNER', now() - interval '1 year' FROM generate_series(0, ${learners - 1}) i`);
  // 40 steps per learner: 5 lessons of 8 steps, spread over 450 days; 30 % with an educator's help.
  await exec(`INSERT INTO "StepProgress" (id, "userId", "lessonSlug", "stepId", "completedAt", assisted)
    SELECT 'sp' || g, 'lrn' || (g / ${stepsPerLearner}), 'modul-' || (g % 7) || '/lekcja-' || ((g % ${stepsPerLearner}) / 8), 'krok-' || (g % 8),
      now() - ((hashint4(g::int) & 65535) * 450.0 / 65535) * interval '1 day', (hashint4(g::int + 7) & 7) < 2
    FROM generate_series(0, ${learners * stepsPerLearner - 1}) g`);
  await exec(`INSERT INTO "LessonCompletion" (id, "userId", "lessonSlug", "completedAt", assisted)
    SELECT 'lc' || g, 'lrn' || (g / 5), 'modul-' || (g % 7) || '/lekcja-' || (g % 5), now() - ((hashint4(g::int) & 65535) * 450.0 / 65535) * interval '1 day', (hashint4(g::int + 3) & 7) < 2
    FROM generate_series(0, ${learners * 5 - 1}) g`);
  await exec(`INSERT INTO "ClubSession" (id, "clubId", date, "durationMinutes", topics, "createdAt")
    SELECT 'cs' || g, 'club' || (g % ${clubs}), (now() - ((g / ${clubs}) * 18) * interval '1 day')::date, 90, 'Zajęcia', now() FROM generate_series(0, ${clubs * 24 - 1}) g`);
  await exec(`INSERT INTO "ClubSessionAttendance" ("sessionId", "userId", "neededHelp")
    SELECT 'cs' || s, 'lrn' || ((s % ${clubs}) + ${clubs} * k), k < 2 FROM generate_series(0, ${clubs * 24 - 1}) s, generate_series(0, 5) k WHERE (s % ${clubs}) + ${clubs} * k < ${learners}`);
  await exec(`ANALYZE`);
  return { clubs, educators, learners, steps: learners * stepsPerLearner, seconds: (Date.now() - started) / 1000 };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(db: PrismaClient, query: { obszar: string; klub?: string }) {
  const times: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const started = performance.now();
    const report = await programmeReport(db, admin, query, period);
    await idleClubs(db, admin, report.code);
    if (run >= 2) times.push(performance.now() - started); // two warm-up runs
  }
  return stats(times);
}

async function measure(label: string, db: PrismaClient, exec: Exec, scale: number, reuse = false) {
  if (reuse) console.log(`${label}: reusing an already built programme`);
  else {
    const built = await build(exec, scale);
    console.log(`${label}: ${built.clubs} clubs, ${built.educators} educators, ${built.learners} learners, ${built.steps} step rows (built in ${built.seconds.toFixed(0)} s)`);
  }
  const cases: [string, { obszar: string; klub?: string }, number | null][] = [
    ["national", { obszar: "" }, 1000],
    ["voivodeship (20)", { obszar: "20" }, 500],
    ["gmina (2001012)", { obszar: "2001012" }, null],
    ["club", { obszar: "", klub: "club9" }, null],
  ];
  for (const [name, query, goal] of cases) {
    const { median, p95 } = await time(db, query);
    const verdict = goal === null ? "" : median < goal ? ` (goal < ${goal} ms: met)` : ` (goal < ${goal} ms: NOT met)`;
    console.log(`  ${name.padEnd(18)} median ${median.toFixed(0).padStart(5)} ms   p95 ${p95.toFixed(0).padStart(5)} ms${verdict}`);
  }
}

console.log(`bench:reports — ${os.cpus().length} cores, ${RUNS} runs each after 2 warm-ups, period ${period.label}, server time of one report page`);
if (process.env.BENCH_EMBEDDED !== "0") {
  const { pglite, factory } = await openEmbedded(null);
  await applyMigrations(factory);
  const db = new PrismaClient({ adapter: factory });
  await measure("embedded (PGlite, a tenth)", db, (sql) => pglite.exec(sql), SCALE / 10);
  await db.$disconnect();
  await pglite.close();
}
const url = process.env.BENCH_DATABASE_URL;
const reuse = process.env.BENCH_REUSE;
if (url && reuse) {
  const target = new URL(url);
  target.pathname = `/${reuse}`;
  const db = new PrismaClient({ adapter: postgresFactory(target.toString()) });
  await measure("PostgreSQL", db, async () => undefined, SCALE, true);
  await db.$disconnect();
} else if (url) {
  const name = `kc_bench_${randomBytes(4).toString("hex")}`;
  const server = new Client({ connectionString: url });
  await server.connect();
  await server.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const connection = new Client({ connectionString: target.toString() });
  try {
    await applyMigrations(postgresFactory(target.toString()));
    await connection.connect();
    const db = new PrismaClient({ adapter: postgresFactory(target.toString()) });
    await measure("PostgreSQL", db, (sql) => connection.query(sql), SCALE);
    await db.$disconnect();
  } finally {
    await connection.end();
    if (process.env.BENCH_KEEP === "1") console.log(`kept: BENCH_REUSE=${name}`);
    else await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  }
} else {
  console.log("PostgreSQL: set BENCH_DATABASE_URL to a server where the user may create databases.");
}
process.exit(0); // the WebAssembly schema engine leaves a 10 s timer running
