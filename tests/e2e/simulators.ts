import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// Shared steps of the simulator browser tests: every simulator page has the practice band,
// a "Twoje zadanie" section, a drawn service (a region named "Pokazowa strona: …") and "Pokaż mi".

/**
 * The address of the lesson step that carries the practice link, read from the lesson's MDX, so
 * the tests follow the lesson when steps are added or split.
 */
export function practiceStepPath(lesson: string, simulator: string): string {
  const source = fs.readFileSync(path.join(process.cwd(), "content", `${lesson}.mdx`), "utf8");
  const at = source.indexOf(`<Practice simulator="${simulator}"`);
  if (at === -1) throw new Error(`${lesson} has no <Practice simulator="${simulator}">`);
  const stepNumber = source.slice(0, at).split("<Step ").length - 1;
  return `/lekcje/${lesson}/${stepNumber}`;
}

export function service(page: Page) {
  return page.getByRole("region", { name: /^Pokazowa strona/ });
}

export async function startSimulator(page: Page, slug: string) {
  await page.goto(`/cwiczenia/${slug}`);
  await expect(page.getByText("Ćwiczenie — to nie jest prawdziwa strona. Nic tu nie wyślesz.").first()).toBeVisible();
  await page.getByRole("link", { name: "Zaczynam ćwiczenie" }).click();
  await expect(service(page)).toBeVisible();
}

/** The kind hint after a wrong tap. */
export async function expectHint(page: Page, text: string | RegExp) {
  const hint = page.locator("main").getByRole("status").filter({ hasText: "Podpowiedź" });
  await expect(hint).toContainText(text);
}

/** "Pokaż mi": says what to do and marks the control with "← tutaj". */
export async function showMe(page: Page, text: string | RegExp) {
  await page.getByRole("link", { name: "Pokaż mi" }).click();
  await expect(page.locator("main").getByRole("status").filter({ hasText: "Pokaż mi" })).toContainText(text);
  await expect(service(page).getByText("← tutaj").first()).toBeVisible();
}

export async function expectSummary(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Brawo! Ćwiczenie ukończone" })).toBeVisible();
}
