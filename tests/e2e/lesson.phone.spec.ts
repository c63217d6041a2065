import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { paintedContrast } from "./pixels";
import { expectAppearance } from "./appearance";
import { preferencesCookie } from "./routes";

// A senior's first screen on a 390×844 phone is the lesson, not the menu (usability walk, item 1).
const step = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/1";

async function useTextSize(page: Page, baseURL: string, size: number, theme: "standard" | "high" | "dark" = "standard") {
  await page.context().addCookies([{ name: "kc-wyglad", value: preferencesCookie(theme, size), url: baseURL }]);
}

const bottomOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test("at 100 % the step's heading and first instruction are on the first screen, „Dalej” within two", async ({ page }) => {
  await page.goto(step);
  const screen = page.viewportSize()!.height;
  const heading = await bottomOf(page, "#tresc-kroku h1");
  const instruction = await bottomOf(page, "#tresc-kroku .kc-prose p");
  expect(heading.y + heading.height).toBeLessThanOrEqual(screen);
  expect(instruction.y + instruction.height).toBeLessThanOrEqual(screen);
  const next = (await page.getByRole("button", { name: "Dalej" }).boundingBox())!;
  expect(next.y + next.height).toBeLessThanOrEqual(2 * screen);
});

test("„Kontynuuj na telefonie” is not offered on the phone itself", async ({ page }) => {
  await page.goto(step);
  await expect(page.getByRole("button", { name: "Dalej" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kontynuuj na telefonie" })).toBeHidden();
});

test("at 200 % text the step's heading is on the first screen", async ({ page, baseURL }) => {
  await useTextSize(page, baseURL!, 200);
  await page.goto(step);
  await expectAppearance(page, { textSize: "200" });
  const heading = await bottomOf(page, "#tresc-kroku h1");
  expect(heading.y + heading.height).toBeLessThanOrEqual(page.viewportSize()!.height);
});

test("the menu waits behind „Menu”: it opens by touch and by keyboard, and its links work", async ({ page }) => {
  await page.goto(step);
  const menu = page.locator("summary", { hasText: "Menu" });
  await expect(menu).toBeVisible();
  await expect(page.getByRole("link", { name: "Słowniczek" })).toBeHidden();
  await menu.tap();
  await expect(page.getByRole("link", { name: "Słowniczek" })).toBeVisible();
  await expectNoAxeViolations(page);
  await menu.tap();
  await expect(page.getByRole("link", { name: "Słowniczek" })).toBeHidden();

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Zaloguj się", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Słowniczek" }).tap();
  await expect(page).toHaveURL(/\/slowniczek$/);
});

test("the menu opens without JavaScript too", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, baseURL });
  const page = await context.newPage();
  await page.goto(step);
  await page.locator("summary", { hasText: "Menu" }).click();
  await expect(page.getByRole("link", { name: "Lekcje", exact: true })).toBeVisible();
  await context.close();
});

// Only a browser profile on disk keeps a history, so :visited styles apply (a fresh test context
// never has visited links and would pass whatever the CSS says).
for (const theme of ["standard", "high", "dark"] as const) {
  test(`a link styled as a button keeps its colours once visited (${theme} contrast)`, async ({ baseURL }, testInfo) => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kc-visited-"));
    const context = await chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      viewport: { width: 390, height: 844 },
      baseURL,
    });
    try {
      await context.addCookies([{ name: "kc-wyglad", value: preferencesCookie(theme, 100), url: baseURL! }]);
      const page = await context.newPage();
      await page.goto("/");
      await page.getByRole("link", { name: /^Zacznij pierwszą lekcję/ }).click();
      await page.waitForURL(/\/lekcje\/.+\/1$/);
      await page.goBack();
      await page.mouse.move(0, 0);
      const button = page.getByRole("link", { name: /^Zacznij pierwszą lekcję/ });
      await expect(button).toBeVisible();
      expect(await paintedContrast(button)).toBeGreaterThanOrEqual(7);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
}

test("without a Polish voice the message appears right by „Przeczytaj na głos”, on the same screen, announced", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", {
      value: { getVoices: () => [{ name: "English", lang: "en-US" }], speak: () => {}, cancel: () => {}, addEventListener: () => {} },
    });
  });
  await page.goto(step);
  const button = page.getByRole("button", { name: "Przeczytaj na głos" });
  await button.tap();
  const message = page.getByRole("status").filter({ hasText: "nie ma polskiego głosu" });
  await expect(message).toBeVisible();
  await expect(button).toHaveAccessibleDescription(/nie ma polskiego głosu/);
  const [at, said] = [(await button.boundingBox())!, (await message.boundingBox())!];
  // Beside the button, or straight under it when the phone is too narrow: never further away.
  expect(said.y - (at.y + at.height)).toBeLessThan(16);
  expect(said.y).toBeGreaterThanOrEqual(at.y - 2);
  await expect(message).toBeInViewport();
});
