import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

const lessonRows = (page: Page) => page.locator("#lekcje ~ ol > li");

/** The lesson titles in the path's order, as the path's page shows them ("1. Title"). */
async function order(page: Page) {
  return (await lessonRows(page).locator("p > span.font-bold").allInnerTexts()).map((text) => text.replace(/^\d+\.\s*/, "").trim());
}

/** Adds the first lesson the list offers and returns its title. */
async function addFirstOffered(page: Page) {
  const option = page.locator("#lesson optgroup option").first();
  const title = ((await option.textContent()) ?? "").trim();
  const before = await lessonRows(page).count();
  // The same button pressed again within a second is ignored (shaky hands), and with JavaScript the
  // page is redrawn in place, so the button is the same one as for the lesson before.
  if (before) await page.waitForTimeout(1100);
  await page.getByLabel("Lekcja", { exact: true }).selectOption({ label: title });
  await page.getByRole("button", { name: "Dodaj lekcję" }).click();
  // The notice may still be there from the lesson before: wait for the new row itself.
  await expect(lessonRows(page)).toHaveCount(before + 1);
  await expect(lessonRows(page).last()).toContainText(title);
  await expect(page.getByText("Lekcja jest dodana na końcu ścieżki.")).toBeVisible();
  return title;
}

async function newPath(page: Page, name: string) {
  await page.goto("/klub/sciezki");
  await page.getByLabel("Nazwa ścieżki").fill(name);
  await page.getByRole("button", { name: "Utwórz ścieżkę" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an educator composes a path, moves a lesson up, assigns it to a group; a learner of the group sees that order", async ({ page, browser, baseURL }) => {
  const name = `Ścieżka na środę ${Date.now() % 100000}`;
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub");
  await page.getByRole("link", { name: "Ścieżki nauki" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ścieżki nauki" })).toBeVisible();
  // The built-in paths are shown with their lessons, read-only.
  await expect(page.getByRole("heading", { level: 3, name: /Urząd w telefonie \(8 lekcji\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Utwórz ścieżkę" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Wpisz nazwę ścieżki");
  await page.getByLabel("Nazwa ścieżki").fill(name);
  await page.getByRole("button", { name: "Utwórz ścieżkę" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Ścieżka jest utworzona")).toBeVisible();

  await page.getByRole("button", { name: "Dodaj lekcję" }).click();
  await expect(page.getByText("nie wybrano lekcji")).toBeVisible();
  const first = await addFirstOffered(page);
  const second = await addFirstOffered(page);
  const third = await addFirstOffered(page);
  expect(await order(page)).toEqual([first, second, third]);
  // The lesson already in the path is no longer offered.
  await expect(page.locator("#lesson option", { hasText: first })).toHaveCount(0);

  await page.getByRole("button", { name: `Wyżej — ${third}` }).click();
  await expect(page.getByText("Lekcja jest przesunięta wyżej")).toBeVisible();
  expect(await order(page)).toEqual([first, third, second]);
  // Back at the moved lesson: its row is named in the address and has focus (or holds it).
  expect(new URL(page.url()).hash).toMatch(/^#lekcja-/);
  const moved = page.locator(new URL(page.url()).hash);
  await expect(moved).toContainText(third);
  await expect(moved).toBeInViewport();
  expect(await moved.evaluate((row) => row.contains(document.activeElement))).toBe(true);
  // The first lesson cannot go up, the last cannot go down.
  await expect(lessonRows(page).first().getByRole("button", { name: /^Wyżej/ })).toHaveCount(0);
  await expect(lessonRows(page).last().getByRole("button", { name: /^Niżej/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const pathUrl = page.url().split("?")[0]!;

  await page.goto("/klub/grupy");
  await page.getByRole("link", { name: "Wtorki 10:00 — pierwsze kroki" }).click();
  await page.getByLabel("Ścieżka nauki").selectOption({ label: `${name} (3 lekcje)` });
  await page.getByRole("button", { name: "Zadaj ścieżkę" }).click();
  await expect(page.getByText("Ścieżka jest zadana")).toBeVisible();
  await expect(page.locator("#zadane ~ ul")).toContainText(name);

  const learner = await (await browser.newContext({ baseURL })).newPage();
  await signInLearner(learner, "krystyna.dabrowska");
  const assigned = learner.locator("section[aria-labelledby=zadane] > ol > li").filter({ hasText: name });
  await expect(assigned).toContainText("Zadane przez: Marek Nowak");
  expect(await assigned.locator("ol > li a").allInnerTexts()).toEqual([first, third, second]);

  // Deleting the path says it is assigned and wants the box ticked; then the learner no longer has it.
  await page.goto(pathUrl);
  await expect(page.locator("#usun ~ p").first()).toContainText("Ta ścieżka jest zadana: 1 grupie");
  await page.getByRole("button", { name: "Usuń ścieżkę" }).click();
  await expect(page.getByText("ścieżka nie jest usunięta")).toBeVisible();
  await page.getByLabel(/Tak, usuń tę ścieżkę/).check();
  await page.getByRole("button", { name: "Usuń ścieżkę" }).click();
  await expect(page.getByText("Ścieżka jest usunięta")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(name);
  await learner.reload();
  await expect(learner.locator("section[aria-labelledby=zadane] > ol > li").filter({ hasText: name })).toHaveCount(0);
  await learner.context().close();
});

async function withoutJavaScript(browser: Browser, page: Page, baseURL: string) {
  return browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
}

test("without JavaScript, lessons are added, moved with Wyżej / Niżej and removed, and the page comes back at the lesson", async ({ page, browser, baseURL }) => {
  const name = `Bez skryptów ${Date.now() % 100000}`;
  await signInStaff(page, "edukatorka@demo.klubcyfrowy.pl");
  await newPath(page, name);
  const path = page.url().split("?")[0]!;

  const context = await withoutJavaScript(browser, page, baseURL!);
  const plain = await context.newPage();
  await plain.goto(path);
  const first = await addFirstOffered(plain);
  const second = await addFirstOffered(plain);
  const third = await addFirstOffered(plain);

  await plain.getByRole("button", { name: `Niżej — ${first}` }).click();
  await expect(plain.getByText("Lekcja jest przesunięta niżej")).toBeVisible();
  expect(await order(plain)).toEqual([second, first, third]);
  expect(new URL(plain.url()).hash).toMatch(/^#lekcja-/);
  await expect(plain.locator(new URL(plain.url()).hash)).toContainText(first);

  await plain.getByRole("button", { name: `Wyżej — ${third}` }).click();
  await expect(plain.getByText("Lekcja jest przesunięta wyżej")).toBeVisible();
  expect(await order(plain)).toEqual([second, third, first]);
  await expect(plain.locator(new URL(plain.url()).hash)).toContainText(third);

  await plain.getByRole("button", { name: `Usuń ze ścieżki: ${second}` }).click();
  await expect(plain.getByText("Lekcja nie jest już w tej ścieżce.")).toBeVisible();
  expect(await order(plain)).toEqual([third, first]);
  await expect(lessonRows(plain).first().getByRole("button", { name: /^Wyżej/ })).toHaveCount(0);
  await expect(lessonRows(plain).first().getByRole("button", { name: /^Niżej/ })).toHaveCount(1);
  await context.close();
});
