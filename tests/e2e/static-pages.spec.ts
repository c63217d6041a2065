import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PUBLIC_PAGE_CACHE_CONTROL, START_PAGE_CACHE_CONTROL } from "../../scripts/cache-policy.mjs";
import { expectAppearance } from "./appearance";
import { LEARNER_PIN, signInLearner } from "./auth";
import { contentReport } from "../helpers/content-report";

// Lessons served like files (issue 17): every public page is prerendered, answers with the
// public policy, sets no cookie and is the same bytes for a guest and a signed-in person.

function publicPages(): string[] {
  const { modules, lessons, simulators } = contentReport();
  return [
    "/",
    "/lekcje",
    ...modules.map((module) => `/lekcje/${module.slug}`),
    ...lessons.flatMap((lesson) => {
      const href = `/lekcje/${lesson.slug}`;
      return [
        href,
        ...lesson.analysis.steps.map((step) => `${href}/${step.number}`),
        ...(lesson.analysis.quiz.length ? [`${href}/quiz`] : []),
        `${href}/podsumowanie`,
        `${href}/druk`,
      ];
    }),
    "/slowniczek",
    "/cwiczenia",
    ...simulators.map((simulator) => `/cwiczenia/${simulator.slug}`),
    "/pomoc",
    "/deklaracja-dostepnosci",
    "/prywatnosc",
  ];
}

/** A learner's session cookie, got through the sign-in form as a browser would. */
async function learnerCookie(request: APIRequestContext, username: string, baseURL: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/learner", {
    form: { csrfToken, username, pin: LEARNER_PIN, callbackUrl: "/", json: "true" },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  const { cookies } = await request.storageState();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session, "the learner is signed in").toBeDefined();
  return `${session!.name}=${session!.value}`;
}

test("every public page is public, sets no cookie and is the same for a guest and a signed-in learner", async ({ playwright, baseURL }) => {
  const guest = await playwright.request.newContext({ baseURL });
  const signIn = await playwright.request.newContext({ baseURL });
  const session = await learnerCookie(signIn, "barbara.michalska", baseURL!);
  const pages = publicPages();
  expect(pages.length).toBeGreaterThan(200);
  const wrong: string[] = [];
  for (const path of pages) {
    const anonymous = await guest.get(path, { maxRedirects: 0 });
    const headers = anonymous.headers();
    if (anonymous.status() !== 200) wrong.push(`${path}: status ${anonymous.status()}`);
    const expected = path === "/" ? START_PAGE_CACHE_CONTROL : PUBLIC_PAGE_CACHE_CONTROL;
    if (headers["cache-control"] !== expected) wrong.push(`${path}: Cache-Control ${headers["cache-control"]}`);
    if (headers["set-cookie"]) wrong.push(`${path}: sets a cookie`);
    // The start page of a signed-in person is their own (rewritten to /start); every other public page is one file.
    if (path === "/") continue;
    const personal = await (await guest.get(path, { headers: { cookie: session }, maxRedirects: 0 })).body();
    if (personal.compare(await anonymous.body()) === 0) continue;
    // A page with revalidate (the statement, the policy) may have been regenerated in between: the next guest gets the new copy.
    const later = await (await guest.get(path, { maxRedirects: 0 })).body();
    if (personal.compare(later) !== 0) wrong.push(`${path}: other bytes for a signed-in learner`);
  }
  expect(wrong).toEqual([]);
  expect((await guest.storageState()).cookies).toEqual([]);
  await Promise.all([guest.dispose(), signIn.dispose()]);
});

test("personal pages stay private, and the per-person stylesheet is private and revalidated", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await learnerCookie(request, "barbara.michalska", baseURL!);
  for (const path of ["/", "/moje-postepy", "/moje-dane", "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/quiz/wynik?paczka=a", "/pomoc/moj-klub"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/private/);
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
  }
  const stylesheet = await request.get("/wyglad.css");
  expect(stylesheet.headers()["cache-control"]).toBe("private, no-cache");
  expect(stylesheet.headers()["vary"]).toMatch(/Cookie/i);
  expect(await stylesheet.text()).toContain("--kc-account:1");
  expect((await stylesheet.body()).length).toBeLessThan(1500);
  const again = await request.get("/wyglad.css", { headers: { "if-none-match": stylesheet.headers()["etag"]! } });
  expect(again.status()).toBe(304);
  // The sign-in page alone carries next-auth's CSRF cookie, for its plain HTML form.
  const fresh = await playwright.request.newContext({ baseURL });
  expect((await fresh.get("/logowanie")).headers()["set-cookie"]).toMatch(/next-auth\.csrf-token=/);
  await Promise.all([request.dispose(), fresh.dispose()]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a cached step page shows a signed-in learner her own header, and „Dalej” and sign-out work", async ({ page }) => {
    const step = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/2";
    await page.goto(step);
    await expect(page.getByRole("link", { name: "Zaloguj się" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Wyloguj się/ }).first()).toBeHidden();
    await expect(page.getByText("Bez logowania postępy zapamięta tylko ta przeglądarka.")).toBeVisible();

    await signInLearner(page, "barbara.michalska");
    await page.goto(step);
    await expect(page.getByRole("link", { name: "Zaloguj się" }).first()).toBeHidden();
    const signOut = page.getByRole("link", { name: /Wyloguj się/ }).first();
    await expect(signOut).toBeVisible();
    // The name comes from /wyglad.css (generated content), part of the link's accessible name.
    await expect(signOut).toHaveAccessibleName(/Wyloguj się\s?,\s?zalogowano jako\s*\(Barbara Michalska\)/);
    await expect(page.getByText("Bez logowania postępy zapamięta tylko ta przeglądarka.")).toBeHidden();
    await expect(page.getByText("Nie udało się zapisać tego kroku")).toBeHidden();
    await expect(page.getByRole("link", { name: "Moje postępy" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Mój klub" }).first()).toBeHidden();

    await page.getByRole("button", { name: "Dalej" }).click();
    await expect(page).toHaveURL(/oszustwa-sms-8080\/3$/);
    // Recorded on her account: the lesson's „Kontynuuj lekcję” (./dalej) leads to the step after it.
    await page.goto("/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/dalej");
    await expect(page).toHaveURL(/oszustwa-sms-8080\/3$/);

    await page.goto("/wyloguj");
    await page.getByRole("button", { name: /Wyloguj/ }).first().click();
    await page.goto(step);
    await expect(page.getByRole("link", { name: "Zaloguj się" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Wyloguj się/ }).first()).toBeHidden();
  });

  test("the chosen look applies on the first paint of a cached page", async ({ page }) => {
    await page.goto("/lekcje/ikp");
    await page.goto("/wyglad?wroc=/lekcje/ikp");
    await page.getByLabel("Bardzo duże (200%)").check();
    await page.getByLabel(/Ciemne tło/).check();
    await page.getByRole("button", { name: "Zapisz ustawienia" }).click();
    await page.goto("/lekcje/ikp");
    await expectAppearance(page, { textSize: "200", contrast: "dark" });
    const background = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe("rgb(0, 0, 0)");
  });
});

test("an unknown lesson address is a 404 at once and leaves nothing in the prerender cache", async ({ request }) => {
  // Known pages may be written there meanwhile (other tests run at the same time): look for ours.
  const cachedUnknown = () => {
    const dir = path.join(process.cwd(), ".next/server/route-cache");
    return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => file.includes("nie-ma") || file.includes("a\u0000")) : [];
  };
  for (let i = 0; i < 20; i++) {
    for (const address of [`/lekcje/nie-ma-${i}`, `/lekcje/ikp/nie-ma-${i}`, `/lekcje/ikp/nie-ma/${i}`, `/cwiczenia/nie-ma-${i}`, `/lekcje/ikp/a%00${i}`]) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(404);
      expect(await response.text()).toContain("Nie ma takiej strony");
    }
  }
  expect(cachedUnknown()).toEqual([]);
});
