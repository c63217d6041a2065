import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { LEARNER_PIN } from "./auth";

// A PostgreSQL outage, seen by a person: the shared browser-test server runs on the embedded
// database, which cannot be stopped, so this file starts its own server from the same build
// on a throwaway PostgreSQL cluster, stops the cluster mid-test and starts it again.

const root = path.resolve(__dirname, "../..");
const pgPort = 55463 + Math.floor(Math.random() * 400);
const appPort = Number(process.env.E2E_DBDOWN_PORT ?? 3190 + Math.floor(Math.random() * 9));
const base = `http://localhost:${appPort}`;
const clusterScript = path.join(root, "scripts/postgres-cluster.sh");
const lesson = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080";
const learner = "zofia.kowalska";

const postgresMissing =
  spawnSync("bash", ["-c", "ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null || command -v pg_ctl"], { encoding: "utf8" }).stdout.trim() === "";

// Made in beforeAll: Playwright also loads this file in its main process, which runs no test.
let cluster = "";
let server: ChildProcess | undefined;
let serverLog = "";

function pg(action: "start" | "stop"): string {
  const run = spawnSync("bash", [clusterScript, action, cluster, String(pgPort)], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`postgres-cluster.sh ${action} failed: ${run.stderr}`);
  return run.stdout.trim();
}

async function waitForHealth(status: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`the server stopped:\n${serverLog.slice(-3000)}`);
    try {
      if ((await fetch(`${base}/api/health`)).status === status) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`/api/health did not answer ${status} in time:\n${serverLog.slice(-3000)}`);
}

function expectNoInternals(text: string) {
  expect(text).not.toMatch(/database server|prisma|127\.0\.0\.1|ECONNREFUSED|DriverAdapter/i);
  expect(text).not.toContain(String(pgPort));
  expect(text).not.toContain("This page couldn");
}

async function expectUnavailablePage(page: Page) {
  await expect(page.getByRole("heading", { name: "Usługa jest chwilowo niedostępna" })).toBeVisible();
  await expect(page.getByText("Nic nie zginęło")).toBeVisible();
  expectNoInternals(await page.content());
}

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.skip(postgresMissing, "needs PostgreSQL's server binaries (pg_ctl) to start and stop a throwaway cluster");
test.skip(!fs.existsSync(path.join(root, ".next/BUILD_ID")), "needs the production build (`next build`, which the e2e web server runs)");

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = fs.mkdtempSync(path.join(os.tmpdir(), "kc-dbdown-"));
  const url = pg("start");
  server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.mts", "--demo"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(appPort),
      DATABASE_URL: url,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "database-down-browser-test-secret-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      SIGN_IN_IP_LIMIT: "1000",
    },
  });
  for (const stream of [server.stdout, server.stderr]) stream?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  await waitForHealth(200, 100_000);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (!cluster) return;
  pg("stop");
  fs.rmSync(cluster, { recursive: true, force: true });
});

test("a PostgreSQL outage shows a calm Polish page, leaks nothing, and passes without a restart", async ({ browser }) => {
  const signedIn = await browser.newPage({ baseURL: base });
  const guest = await browser.newPage({ baseURL: base });

  await signedIn.goto("/logowanie");
  await signedIn.getByLabel("Nazwa użytkownika").fill(learner);
  await signedIn.getByLabel("PIN (6 cyfr)").fill(LEARNER_PIN);
  await signedIn.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(signedIn.getByRole("link", { name: /Wyloguj się|Zakończ i wyloguj/ })).toBeVisible();
  await signedIn.goto(`${lesson}/1`);
  await expect(signedIn.getByRole("button", { name: "Dalej" })).toBeVisible();

  pg("stop");
  try {
    // The health check answers 503 with the outage.
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expectNoInternals(await health.text());

    // „Dalej” on the step already open: the learner stays on that step and its page renders.
    await signedIn.getByRole("button", { name: "Dalej" }).click();
    await expect(signedIn).toHaveURL(new RegExp(`${lesson}/1#nie-zapisano$`));
    await expect(signedIn.getByText(/Usługa jest chwilowo niedostępna|Nie udało się zapisać tego kroku/).first()).toBeVisible();
    expectNoInternals(await signedIn.content());

    // A signed-in page: 503 with Retry-After and the Polish message, not Next's English error page.
    const personal = await signedIn.goto("/moje-postepy");
    expect(personal?.status()).toBe(503);
    expect(personal?.headers()["retry-after"]).toBe("30");
    await expectUnavailablePage(signedIn);

    // The public certificate check says so in words.
    const check = await guest.goto("/certyfikat/2345-6789-ABCD-EFGH");
    expect(check?.status()).toBe(503);
    await expect(guest.getByText("usługa jest chwilowo niedostępna")).toBeVisible();
    expectNoInternals(await guest.content());

    // A lesson page still works for a guest.
    expect((await guest.goto(`${lesson}/1`))?.status()).toBe(200);
    await expect(guest.getByRole("button", { name: "Dalej" })).toBeVisible();

    // A failed sign-in: a Polish sentence, no database message, host or port in the address.
    await guest.goto("/logowanie");
    await guest.getByLabel("Nazwa użytkownika").fill(learner);
    await guest.getByLabel("PIN (6 cyfr)").fill(LEARNER_PIN);
    await guest.getByRole("button", { name: "Zaloguj się" }).click();
    await expect(guest.getByText("Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.").first()).toBeVisible();
    expect(decodeURIComponent(guest.url())).not.toMatch(/database|prisma|127\.0\.0\.1|reach/i);
    expect(guest.url()).not.toContain(String(pgPort));
    expectNoInternals(await guest.content());

  } finally {
    pg("start");
  }

  // Recovery without restarting the server.
  await waitForHealth(200, 30_000);
  expect((await signedIn.goto("/moje-postepy"))?.status()).toBe(200);
  await expect(signedIn.getByRole("heading", { name: "Usługa jest chwilowo niedostępna" })).toHaveCount(0);
  await expect(signedIn.getByRole("link", { name: /Wyloguj się|Zakończ i wyloguj/ })).toBeVisible();
  expect(server?.exitCode).toBeNull();
});
