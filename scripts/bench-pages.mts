// npm run bench:pages — a typical lesson step page: HTML, JS and total bytes transferred (gzip)
// on a first load in Chromium, then requests/s under 50 concurrent clients, in the same run, for
//   1. nginx serving the page's saved HTML as a file (gzip_static): the ceiling on this machine,
//   2. the app alone (`npm start`, instance A),
//   3. deploy/nginx.conf in front of two instances (scripts/stack.mts, as deploy-check.sh runs it),
// each with p50/p95 and its ratio to the ceiling. Builds first when there is no production build.
// Each instance has its own embedded database: the page reads none. Ports 3420–3423.
import { execSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { Stack, treeCpuSeconds } from "./stack.mts";

const ports = { proxy: 3420, a: 3421, b: 3422, ceiling: 3423 };
const stepPage = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/3";
const BUDGET_KB = 150;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const CONCURRENCY = 50;
const url = (port: number, pathname = stepPage) => `http://127.0.0.1:${port}${pathname}`;

if (!fs.existsSync(".next/BUILD_ID")) execSync("npx next build", { stdio: "inherit" });

const stack = new Stack("bench-pages");
const origin = url(ports.proxy, "");
for (const port of [ports.a, ports.b]) stack.startApp(port, { origin, database: path.join(stack.dir, `pglite-${port}`) });
for (const port of [ports.a, ports.b]) stack.waitApp(port);
const staticRoot = path.join(stack.dir, "static");
fs.mkdirSync(staticRoot);
stack.startNginx(ports.proxy, [ports.a, ports.b], { accessLog: false, staticPort: ports.ceiling, staticRoot });

// ---- bytes on a first load (the app alone, as before the proxy existed)

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
const browser = await chromium.launch({ executablePath: systemChromium });
const page = await browser.newPage();
const transferred: Record<string, number> = {};
let requests = 0;
page.on("requestfinished", async (request) => {
  const sizes = await request.sizes();
  const type = request.resourceType();
  transferred[type] = (transferred[type] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
  requests++;
});
// "load", then a pause: anything the page fetches in the background is counted, as a person's
// phone would download it too.
await page.goto(url(ports.a), { waitUntil: "load" });
await page.waitForTimeout(2000);
await browser.close();

const kb = (bytes = 0) => (bytes / 1024).toFixed(1);
const total = Object.values(transferred).reduce((sum, bytes) => sum + bytes, 0);
console.log(`Step page ${stepPage}, first load in Chromium (transferred, gzip, with headers):`);
console.log(`  HTML        ${kb(transferred.document).padStart(7)} KB`);
console.log(`  JavaScript  ${kb(transferred.script).padStart(7)} KB`);
console.log(`  CSS         ${kb(transferred.stylesheet).padStart(7)} KB`);
console.log(`  fonts       ${kb(transferred.font).padStart(7)} KB`);
console.log(`  total       ${kb(total).padStart(7)} KB in ${requests} requests (budget ${BUDGET_KB} KB: ${total / 1024 <= BUDGET_KB ? "within" : "OVER"})`);

// ---- the ceiling's file: the app's HTML, gzipped as the app gzips it (zlib's default level)

const html = Buffer.from(await (await fetch(url(ports.a))).arrayBuffer());
fs.writeFileSync(path.join(staticRoot, "step.html"), html);
fs.writeFileSync(path.join(staticRoot, "step.html.gz"), zlib.gzipSync(html));

// ---- load: node:http with a keep-alive agent (a third of fetch's CPU per request), closed loop

type Measured = { served: number; failed: number; hits: number; latencies: number[]; seconds: number; cpu: { load: number; nginx: number | null; apps: number | null } };

function get(target: string, agent: http.Agent): Promise<{ status: number; cache: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(target, { agent, headers: { "accept-encoding": "gzip" } }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, cache: String(response.headers["x-cache-status"] ?? "") }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function measure(target: string): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY, scheduling: "fifo" });
  const run = async (seconds: number, record: boolean) => {
    const result = { served: 0, failed: 0, hits: 0, latencies: [] as number[] };
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          const started = performance.now();
          const answer = await get(target, agent).catch(() => ({ status: 0, cache: "" }));
          if (!record) continue;
          result.latencies.push(performance.now() - started);
          if (answer.status === 200) result.served++;
          else result.failed++;
          if (answer.cache === "HIT") result.hits++;
        }
      }),
    );
    return result;
  };
  await run(WARMUP_SECONDS, false); // JIT, connections, the proxy's cache: not measured
  const servers = () => ({ nginx: treeCpuSeconds([stack.pid("nginx")]), apps: treeCpuSeconds([stack.pid(ports.a), stack.pid(ports.b)]) });
  const before = { load: process.cpuUsage(), ...servers() };
  const started = performance.now();
  const result = await run(LOAD_SECONDS, true);
  const seconds = (performance.now() - started) / 1000;
  const after = servers();
  const load = process.cpuUsage(before.load);
  agent.destroy();
  const used = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return { ...result, seconds, cpu: { load: (load.user + load.system) / 1e6, nginx: used(after.nginx, before.nginx), apps: used(after.apps, before.apps) } };
}

const cases: [string, string][] = [
  ["nginx, the saved HTML as a file (ceiling)", url(ports.ceiling, "/step.html")],
  ["the app alone (npm start, 1 instance)", url(ports.a)],
  ["deploy/ nginx + 2 instances", url(ports.proxy)],
];
const results: Measured[] = [];
for (const [, target] of cases) results.push(await measure(target));

const ceiling = results[0]!.served / results[0]!.seconds;
console.log(`\n${CONCURRENCY} concurrent clients for ${LOAD_SECONDS} s each (after ${WARMUP_SECONDS} s unmeasured), the same page, one run:`);
console.log(`${"".padEnd(44)}${"req/s".padStart(8)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"ratio".padStart(7)}${"failed".padStart(8)}  CPU (100% = one core)`);
cases.forEach(([label], index) => {
  const r = results[index]!;
  const rate = r.served / r.seconds;
  const sorted = r.latencies.sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN).toFixed(1);
  // Share of a core, and CPU ms per request: what the machine would sustain without the contention.
  const share = (cpu: number | null) => (cpu === null ? "n/a" : `${((100 * cpu) / r.seconds).toFixed(0)}% (${((1000 * cpu) / Math.max(1, r.served)).toFixed(2)} ms/req)`);
  const hits = index === 2 ? `; X-Cache-Status HIT ${((100 * r.hits) / Math.max(1, r.served + r.failed)).toFixed(0)}%` : "";
  console.log(
    `${label.padEnd(44)}${rate.toFixed(0).padStart(8)}${at(0.5).padStart(8)}${at(0.95).padStart(8)}${(rate / ceiling).toFixed(2).padStart(7)}${String(r.failed).padStart(8)}  ` +
      `load generator ${share(r.cpu.load)}, nginx ${share(r.cpu.nginx)}, apps ${share(r.cpu.apps)}${hits}`,
  );
});
console.log(`\nNode ${process.version}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}), load average ${os.loadavg()[0]!.toFixed(2)}; nginx with one worker.`);
console.log("The load generator (this process, one thread) shares the machine with nginx and the app.");
stack.down();
process.exit(0);
