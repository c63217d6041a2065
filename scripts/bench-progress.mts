// npm run bench:progress — step completions over HTTP against `next start`: 200 signed-in
// learners walk through every lesson in course order, each posting "Dalej" (POST
// /api/postep/krok) as soon as the previous answer arrives, for 30 s; about one post in ten
// repeats the previous step (a double submit). Prints completions/s, p50/p95/p99 latency and
// errors, then checks the database: every acknowledged step stored once (0 lost, 0 duplicates).
// Runs on the embedded database (a fresh PGlite directory), then on PostgreSQL — DATABASE_URL, or
// a throwaway cluster when it is unset and the server is installed — with one instance, and with
// two instances behind deploy/nginx.conf (when nginx is installed; scripts/stack.mts, as
// deploy-check.sh runs them). Builds first when there is no production build (.next/BUILD_ID).
//   BENCH_SECONDS=30  BENCH_WARMUP=5 (unmeasured)  BENCH_LEARNERS=200  BENCH_PORT=3400 (to +3)  BENCH_DATABASE=embedded|postgres (one only)
//   BENCH_RATE=500    open loop instead: that many posts/s in all, latency from the planned send time
import { execSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { hashSecret } from "../lib/auth/secrets";
import { getCatalogue, lessonHref } from "../lib/content/catalogue";
import { openEmbedded, postgresFactory, postgresMigrationFactory } from "../lib/db/adapters";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrate";
import { parentPid, Stack, stackAvailable, treeCpuSeconds } from "./stack.mts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const RATE = Number(process.env.BENCH_RATE ?? 0);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const DOUBLE_SUBMIT_EVERY = 10;
const PIN = "482915";
const CLUB_JOIN_CODE = "BENCH-PROGRESS";

type Step = { slug: string; stepId: string; next: string };
type Learner = { id: string; username: string; cookie: string };
type Result = {
  database: string; seconds: number; requests: number; completions: number; doubles: number; errors: number; warmUpErrors: number;
  latencies: Float64Array; acknowledged: number; rows: number; distinct: number; lost: number; unacknowledged: number;
  serverCpu: number | null; nginxCpu: number | null; databaseCpu: number | null; loadCpu: number; errorSamples: string[];
};

// Every step of every lesson in course order, with the address the server should send us to next.
const catalogue = await getCatalogue();
const course: Step[] = catalogue.lessons.flatMap((lesson) => {
  const href = lessonHref(lesson);
  const { steps, quiz } = lesson.analysis;
  return steps.map((step) => ({
    slug: lesson.slug,
    stepId: step.id,
    next: step.number < steps.length ? `${href}/${step.number + 1}` : quiz.length ? `${href}/quiz` : `${href}/podsumowanie`,
  }));
});

// ---- database: the bench club and its learners, created before the server opens the database

async function seed(db: PrismaClient, pinHash: string): Promise<Map<string, string>> {
  await removeBenchData(db);
  const club = await db.club.create({
    data: { name: "Klub benchmarku", kind: "OTHER", addressLine: "ul. Testowa 1", postalCode: "00-001", city: "Testowo",
      gmina: "Testowo", powiat: "testowy", voivodeship: "MAZOWIECKIE", joinCode: CLUB_JOIN_CODE },
  });
  const usernames = Array.from({ length: LEARNERS }, (_, i) => `bench.${i}`);
  await db.user.createMany({ data: usernames.map((username, i) => ({ username, displayName: `Bench ${i}`, pinHash })) });
  const users = await db.user.findMany({ where: { username: { in: usernames } }, select: { id: true, username: true } });
  await db.membership.createMany({ data: users.map((user) => ({ userId: user.id, clubId: club.id, role: "LEARNER" as const })) });
  return new Map(users.map((user) => [user.username, user.id]));
}

async function removeBenchData(db: PrismaClient) {
  const users = { username: { startsWith: "bench." } };
  await db.auditEvent.deleteMany({ where: { OR: [{ actor: users }, { club: { joinCode: CLUB_JOIN_CODE } }] } });
  await db.user.deleteMany({ where: users }); // progress, visits and memberships go with them
  await db.club.deleteMany({ where: { joinCode: CLUB_JOIN_CODE } });
}

async function storedSteps(db: PrismaClient) {
  const [counts] = await db.$queryRawUnsafe<{ rows: number; distinct: number }[]>(
    `SELECT count(*)::int AS "rows", count(DISTINCT ("userId", "lessonSlug", "stepId"))::int AS "distinct"
     FROM "StepProgress" WHERE "userId" IN (SELECT "id" FROM "User" WHERE "username" LIKE 'bench.%')`,
  );
  const keys = await db.$queryRawUnsafe<{ key: string }[]>(
    `SELECT "userId" || '|' || "lessonSlug" || '|' || "stepId" AS "key"
     FROM "StepProgress" WHERE "userId" IN (SELECT "id" FROM "User" WHERE "username" LIKE 'bench.%')`,
  );
  return { ...counts!, keys: new Set(keys.map((row) => row.key)) };
}

// ---- the servers: one instance, or two behind nginx (scripts/stack.mts); started after the seed

type Deployment = { label: string; origin: string; proxied: boolean; start(): void; stop(): void; appPids(): (number | undefined)[]; nginxPid(): number | undefined };

function deployment(stack: Stack, database: string, behindProxy: boolean): Deployment {
  const apps = behindProxy ? [PORT + 1, PORT + 2] : [PORT];
  const proxyPort = PORT + 3;
  const origin = `http://127.0.0.1:${behindProxy ? proxyPort : PORT}`;
  return {
    label: behindProxy ? "2 instances behind nginx" : "1 instance",
    origin,
    proxied: behindProxy,
    start() {
      for (const port of apps) stack.startApp(port, { origin, database, env: { SIGN_IN_IP_LIMIT: "100000" } });
      for (const port of apps) stack.waitApp(port);
      if (behindProxy) stack.startNginx(proxyPort, [apps[0]!, apps[1]!], { accessLog: false });
    },
    stop() {
      if (behindProxy) stack.stopNginx();
      for (const port of apps) stack.stopApp(port);
    },
    appPids: () => apps.map((port) => stack.pid(port)),
    nginxPid: () => (behindProxy ? stack.pid("nginx") : undefined),
  };
}

// ---- clients

function cookiesFrom(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

async function signIn(origin: string, username: string, id: string): Promise<Learner> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/learner`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie: cookiesFrom(csrf, jar) },
    body: new URLSearchParams({ username, pin: PIN, csrfToken, callbackUrl: `${origin}/moje-postepy` }).toString(),
  });
  await response.arrayBuffer();
  const cookie = cookiesFrom(response, jar);
  if (response.status !== 302 || !jar.has("next-auth.session-token")) {
    throw new Error(`sign-in of ${username} failed: ${response.status} ${response.headers.get("location")}`);
  }
  return { id, username, cookie };
}

async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return results;
}

async function run(database: string, target: Deployment, db: () => Promise<PrismaClient>, done: (db: PrismaClient) => Promise<void>): Promise<Result> {
  const { origin } = target;
  const pinHash = await hashSecret(PIN);
  let client = await db();
  const ids = await seed(client, pinHash);
  let postgresRoot: number | undefined;
  if (database.startsWith("PostgreSQL")) {
    const [backend] = await client.$queryRawUnsafe<{ pid: number }[]>(`SELECT pg_backend_pid() AS "pid"`);
    postgresRoot = parentPid(backend!.pid); // the postmaster, when the cluster runs on this machine
  }
  await done(client);

  // "fifo" takes turns over the open connections: none idles into the server's 5 s keep-alive
  // timeout, which would race a post onto a connection being closed (ECONNRESET).
  const agent = new http.Agent({ keepAlive: true, maxSockets: LEARNERS, scheduling: "fifo" });
  const latencies: number[] = [];
  const acknowledged = new Set<string>();
  const errorSamples: string[] = [];
  let errors = 0, doubles = 0, started = 0, ended = 0, cpu = { server: 0, nginx: 0, database: 0, load: process.cpuUsage() };
  const cpuNow = () => ({ server: treeCpuSeconds(target.appPids()) ?? 0, nginx: treeCpuSeconds([target.nginxPid()]) ?? 0, database: treeCpuSeconds([postgresRoot]) ?? 0 });
  try {
    target.start();
    const signInStarted = performance.now();
    const learners = await inBatches([...ids], 8, ([username, id]) => signIn(origin, username, id));
    console.log(`${database}, ${target.label}: up, ${learners.length} learners signed in (${((performance.now() - signInStarted) / 1000).toFixed(1)} s)`);

    // Posts go through node:http with a keep-alive agent, not fetch: it costs the shared CPU a
    // third as much per post.
    const post = async (learner: Learner, step: Step, planned?: number) => {
      const sent = performance.now();
      try {
        const body = `lekcja=${encodeURIComponent(step.slug)}&krok=${encodeURIComponent(step.stepId)}`;
        const { status, location } = await new Promise<{ status?: number; location?: string }>((resolve, reject) => {
          const request = http.request(`${origin}/api/postep/krok`, {
            method: "POST",
            agent,
            headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), origin, cookie: learner.cookie },
          }, (response) => {
            response.resume();
            response.on("end", () => resolve({ status: response.statusCode, location: response.headers.location }));
            response.on("error", reject);
          });
          request.on("error", reject);
          request.end(body);
        });
        if (status !== 303 || location !== step.next) throw new Error(`${status} → ${location}`);
        acknowledged.add(`${learner.id}|${step.slug}|${step.stepId}`);
        return { ok: true, latency: performance.now() - (planned ?? sent) };
      } catch (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push((error as Error).message);
        return { ok: false, latency: performance.now() - (planned ?? sent) };
      }
    };

    // Each learner walks the course from the first step; about one post in ten repeats the
    // previous one. `rate` 0: the next post goes as soon as the answer arrives (closed loop).
    const walkers = learners.map((learner, index) => ({ learner, index, position: 0, previous: course[0]!, n: 0 }));
    const walk = (until: number, rate: number, record: (latency: number) => void) =>
      Promise.all(
        walkers.map(async (walker) => {
          const interval = rate > 0 ? (1000 * walkers.length) / rate : 0;
          let planned = performance.now() + (interval * walker.index) / walkers.length;
          for (;;) {
            if (rate > 0) {
              if (planned >= until) break;
              const wait = planned - performance.now();
              if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
            } else if (performance.now() >= until) break;
            const double = walker.n++ % DOUBLE_SUBMIT_EVERY === walker.index % DOUBLE_SUBMIT_EVERY && walker.position > 0;
            const step = double ? walker.previous : course[walker.position++ % course.length]!;
            if (double) doubles++;
            walker.previous = step;
            record((await post(walker.learner, step, rate > 0 ? planned : undefined)).latency);
            planned += interval;
          }
        }),
      );

    // Warm-up, not measured: the first seconds of a fresh server are slow (JIT, connection pool).
    await walk(performance.now() + WARMUP * 1000, 0, () => {});
    const warmUpErrors = errors;
    errors = 0;
    doubles = 0;

    const counted = acknowledged.size;
    cpu = { ...cpuNow(), load: process.cpuUsage() };
    started = performance.now();
    await walk(started + SECONDS * 1000, RATE, (latency) => latencies.push(latency));
    ended = performance.now();
    const now = cpuNow();
    cpu = { server: now.server - cpu.server, nginx: now.nginx - cpu.nginx, database: now.database - cpu.database, load: process.cpuUsage(cpu.load) };
    const seconds = (ended - started) / 1000;
    const completionsInWindow = acknowledged.size - counted;
    agent.destroy();
    target.stop();

    client = await db();
    const stored = await storedSteps(client);
    const lost = [...acknowledged].filter((key) => !stored.keys.has(key)).length;
    const unacknowledged = [...stored.keys].filter((key) => !acknowledged.has(key)).length;
    await done(client);
    return {
      database: `${database}, ${target.label}`, seconds, requests: latencies.length, completions: completionsInWindow, doubles, errors,
      warmUpErrors, latencies: Float64Array.from(latencies).sort(), acknowledged: acknowledged.size, rows: stored.rows, distinct: stored.distinct, lost, unacknowledged,
      serverCpu: fs.existsSync("/proc/self/stat") ? cpu.server : null, nginxCpu: target.proxied ? cpu.nginx : null,
      databaseCpu: postgresRoot ? cpu.database : null,
      loadCpu: (cpu.load.user + cpu.load.system) / 1e6, errorSamples,
    };
  } finally {
    agent.destroy();
    target.stop();
  }
}

// ---- main

// Everything this run starts (servers, nginx, a throwaway PostgreSQL) is stopped on exit, also on Ctrl-C.
const stack = new Stack("bench-progress");

if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("No production build (.next/BUILD_ID): running `next build` first.");
  execSync("npx next build", { stdio: "inherit" });
}

const only = process.env.BENCH_DATABASE;
const available = stackAvailable();
const loadBefore = os.loadavg()[0]!;
const results: Result[] = [];
let failed = false;
try {
  if (only !== "postgres") {
    const dir = path.join(stack.dir, "pglite");
    let pglite: Awaited<ReturnType<typeof openEmbedded>>["pglite"] | undefined;
    const open = async () => {
      const embedded = await openEmbedded(dir);
      pglite = embedded.pglite;
      await applyMigrations(embedded.factory);
      return new PrismaClient({ adapter: embedded.factory });
    };
    const close = async (db: PrismaClient) => {
      await db.$disconnect();
      await pglite?.close();
    };
    results.push(await run("embedded (PGlite, on disk)", deployment(stack, dir, false), open, close));
  }
  const url = process.env.DATABASE_URL || (only !== "embedded" && available.postgres ? stack.postgres(Number(process.env.BENCH_PG_PORT ?? 55451)) : "");
  if (only !== "embedded" && url) {
    const label = `PostgreSQL (${process.env.DATABASE_URL ? new URL(url).host : "throwaway cluster"})`;
    // Closed after migrating: the schema engine's lock must not outlive it (lib/db/adapters.ts).
    const migration = postgresMigrationFactory(url);
    await applyMigrations(migration.factory);
    await migration.close();
    const open = async () => new PrismaClient({ adapter: postgresFactory(url) });
    try {
      results.push(await run(label, deployment(stack, url, false), open, async (db) => db.$disconnect()));
      if (available.nginx) results.push(await run(label, deployment(stack, url, true), open, async (db) => db.$disconnect()));
      else console.log("nginx (and envsubst) not installed: the case with two instances behind the proxy is skipped.");
    } finally {
      const cleanup = await open();
      await removeBenchData(cleanup);
      await cleanup.$disconnect();
    }
  } else if (only !== "embedded") {
    console.log("No PostgreSQL: set DATABASE_URL to a postgresql:// address, or install the server for a throwaway cluster.");
  }
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  stack.down();
}

const at = (sorted: Float64Array, q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]! : NaN);
const mode = RATE > 0 ? `open loop, ${RATE} posts/s planned (latency from the planned send time)` : "closed loop, each learner posts as soon as the previous answer arrives";
console.log(`\n${LEARNERS} learners, ${SECONDS} s after a ${WARMUP} s warm-up, ${mode}; every ${DOUBLE_SUBMIT_EVERY}th post repeats the previous step.`);
console.log(`${"database, servers".padEnd(60)}${"posts".padStart(7)}${"new/s".padStart(8)}${"posts/s".padStart(9)}${"p50".padStart(7)}${"p95".padStart(7)}${"p99".padStart(7)}${"errors".padStart(8)}  check`);
for (const r of results) {
  const ok = r.lost === 0 && r.unacknowledged === 0 && r.rows === r.distinct && r.errors === 0 && r.warmUpErrors === 0;
  failed ||= !ok;
  const ms = (q: number) => `${at(r.latencies, q).toFixed(0)}`.padStart(7);
  console.log(
    `${r.database.padEnd(60)}${String(r.requests).padStart(7)}${(r.completions / r.seconds).toFixed(0).padStart(8)}${(r.requests / r.seconds).toFixed(0).padStart(9)}${ms(0.5)}${ms(0.95)}${ms(0.99)}${String(r.errors).padStart(8)}  ${ok ? "ok" : "FAILED"}`,
  );
  console.log(`  ${r.completions} new completions (steps recorded for the first time) and ${r.doubles} double submits in ${r.seconds.toFixed(1)} s; latency in ms`);
  if (r.warmUpErrors) console.log(`  errors during the warm-up: ${r.warmUpErrors}`);
  const goal = r.completions / r.seconds >= 500 && at(r.latencies, 0.95) < 50;
  console.log(`  goal (≥ 500 completions/s with p95 < 50 ms): ${goal ? "met" : "not met"}`);
  console.log(`  database: ${r.rows} rows for ${r.acknowledged} acknowledged steps — lost ${r.lost}, stored but not acknowledged ${r.unacknowledged}, duplicates ${r.rows - r.distinct}`);
  const share = (cpu: number | null) => (cpu === null ? "n/a" : `${((100 * cpu) / r.seconds).toFixed(0)}%`);
  const perPost = (cpu: number | null) => (cpu === null ? "" : ` (${((1000 * cpu) / r.requests).toFixed(2)} ms a post)`);
  const proxy = r.nginxCpu === null ? "" : `, nginx ${share(r.nginxCpu)}${perPost(r.nginxCpu)}`;
  console.log(
    `  CPU (100% = one core): app instances ${share(r.serverCpu)}${perPost(r.serverCpu)}${proxy}, PostgreSQL ${share(r.databaseCpu)}${perPost(r.databaseCpu)}, load generator ${share(r.loadCpu)}${perPost(r.loadCpu)}`,
  );
  for (const sample of r.errorSamples) console.log(`  error: ${sample}`);
}
if (RATE <= 0 && results.length) {
  const postsPerCompletion = DOUBLE_SUBMIT_EVERY / (DOUBLE_SUBMIT_EVERY - 1);
  console.log(
    `\nClosed loop: every learner always has one post in flight, so latency ≈ ${LEARNERS} ÷ posts/s (Little's law); p95 < 50 ms with ${LEARNERS} learners would take over ${Math.round(LEARNERS / 0.05)} posts/s. ` +
      `For the latency at a given load: BENCH_RATE=${Math.ceil(500 * postsPerCompletion)} (500 completions/s plus the double submits).`,
  );
}
console.log(`\nNode ${process.version}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}), load average before the run ${loadBefore.toFixed(2)}.`);
console.log("The load generator (this process) shares the machine with the servers and the database.");
process.exit(failed ? 1 : 0);
