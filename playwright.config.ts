import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Use the system Chromium where there is one (Debian's package on CI); Playwright's own
// browser otherwise (`npx playwright install chromium`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
const port = Number(process.env.E2E_PORT ?? 3100);
const launchOptions = {
  executablePath: systemChromium,
  args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Some tests walk a whole flow (add a club, invite, accept, sign in) on a 2-core CI machine.
  timeout: 90_000,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "pl-PL",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /\.phone\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      // The learner's journeys on a phone the size the usability walk used (390×844, touch).
      name: "phone",
      testMatch: /\.phone\.spec\.ts$/,
      use: {
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  // The browser tests run against the production build on their own embedded database,
  // seeded with the demo data, so no two processes ever share a PGlite directory.
  webServer: {
    command: `rm -rf .e2e-data && npx next build && tsx scripts/start.mts --demo`,
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // Every browser test signs in from this one address, like a whole club room behind one
    // public address: the per-address sign-in limit is raised as such a club would raise it.
    // Club-device sessions end after 45 s without activity instead of 15 minutes (club-devices.spec.ts).
    env: { PORT: String(port), EMBEDDED_DB_DIR: ".e2e-data/pglite", DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", SIGN_IN_IP_LIMIT: "1000", CLUB_DEVICE_IDLE_SECONDS: "45" },
  },
});
