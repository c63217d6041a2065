// npm run bench:pages — a typical lesson step page on `next start`: HTML, JS and total bytes
// transferred (gzip) on a first load in Chromium, and requests/s under 50 concurrent clients.
// Builds first when there is no production build. Uses its own embedded database directory.
import { spawn, execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const port = 3300;
const origin = `http://127.0.0.1:${port}`;
const stepPage = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/3";
const BUDGET_KB = 150;
const LOAD_SECONDS = 10;
const CONCURRENCY = 50;

if (!fs.existsSync(".next/BUILD_ID")) execSync("npx next build", { stdio: "inherit" });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "klub-bench-pages-"));
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.mts", "--demo"], {
  env: { ...process.env, PORT: String(port), EMBEDDED_DB_DIR: path.join(dataDir, "pglite"), DATABASE_URL: "" },
  stdio: "ignore",
});

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

try {
  await waitForServer();

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
  // "load", then a pause: Next prefetches linked pages in the background, which never goes idle;
  // those prefetches are counted, as a person's phone would download them too.
  await page.goto(origin + stepPage, { waitUntil: "load" });
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

  let served = 0;
  let failed = 0;
  const latencies: number[] = [];
  const until = performance.now() + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const response = await fetch(origin + stepPage, { headers: { "accept-encoding": "gzip" } });
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (response.ok) served++;
        else failed++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.floor(latencies.length * q)]?.toFixed(0);
  console.log(`\nnext start, ${CONCURRENCY} concurrent clients for ${LOAD_SECONDS} s on the same machine:`);
  console.log(`  ${(served / LOAD_SECONDS).toFixed(0)} requests/s, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, ${failed} failed`);
  console.log(`\nNode ${process.version}, ${os.cpus().length} CPU cores; the load generator shares the machine with the server.`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
