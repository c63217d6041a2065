import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { contentLesson } from "./content";

const slug = "internet-i-bezpieczenstwo/oszustwa-sms-8080";
const base = `/lekcje/${slug}`;

test.describe("lesson pages have no axe violations", () => {
  for (const [name, url] of [
    ["the catalogue", "/lekcje"],
    ["a module page", "/lekcje/ikp"],
    ["a lesson page", base],
    ["a step page", `${base}/2`],
    ["the quiz", `${base}/quiz`],
    ["the quiz feedback", `${base}/quiz/wynik?${new URLSearchParams({ paczka: "a" })}`],
    ["the summary", `${base}/podsumowanie`],
    ["the print card", `${base}/druk`],
    ["the glossary", "/slowniczek"],
  ] as const) {
    test(name, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }
});

test("the catalogue lists the eight modules with lesson counts and time", async ({ page }) => {
  await page.goto("/lekcje");
  const modules = page.locator("main ol > li");
  await expect(modules).toHaveCount(8);
  await expect(modules.first()).toContainText(/\d+ lekcj[aei], razem około/);
});

async function focusByTab(page: Page, name: RegExp) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (name.test(text)) return;
  }
  throw new Error(`could not reach ${name} with the Tab key`);
}

test("a whole lesson can be walked with the keyboard alone", async ({ page }) => {
  const lesson = contentLesson(slug);
  await page.goto(base);
  await focusByTab(page, /Zacznij lekcję/);
  await page.keyboard.press("Enter");

  const total = lesson.analysis.steps.length;
  for (const [index, step] of lesson.analysis.steps.entries()) {
    await expect(page).toHaveURL(`${base}/${index + 1}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title);
    await expect(page.getByText(`Krok ${index + 1} z ${total}`, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /Rozpoznaj fałszywego SMS-a/ })).toBeVisible();
    await focusByTab(page, /Dalej/);
    await page.keyboard.press("Enter");
  }

  await expect(page).toHaveURL(`${base}/quiz`);
  for (const question of lesson.analysis.quiz) {
    const correct = question.options.findIndex((option) => option.correct);
    const first = page.locator(`input[name="${question.id}"]`).first();
    await first.focus();
    await page.keyboard.press("Space");
    for (let i = 0; i < correct; i++) await page.keyboard.press("ArrowDown");
    await expect(page.locator(`input[name="${question.id}"]`).nth(correct)).toBeChecked();
  }
  await focusByTab(page, /Sprawdź odpowiedzi/);
  await page.keyboard.press("Enter");

  await expect(page.getByText(`Dobre odpowiedzi: ${lesson.analysis.quiz.length} z ${lesson.analysis.quiz.length}.`)).toBeVisible();
  await focusByTab(page, /Dalej: podsumowanie/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Co już potrafisz" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gdzie sprawdzić aktualne informacje" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Następna lekcja:/ })).toBeVisible();
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("a whole lesson works: steps, Wstecz, quiz with feedback and retry, summary", async ({ page }) => {
    const lesson = contentLesson(slug);
    await page.goto(base);
    await page.getByRole("link", { name: "Zacznij lekcję" }).click();
    await page.getByRole("button", { name: /Dalej/ }).click();
    await expect(page).toHaveURL(`${base}/2`);
    await page.getByRole("link", { name: /Wstecz/ }).click();
    await expect(page).toHaveURL(`${base}/1`);
    for (let step = 1; step <= lesson.analysis.steps.length; step++) {
      await page.getByRole("button", { name: /Dalej/ }).click();
    }
    await expect(page).toHaveURL(`${base}/quiz`);

    // First try: every answer wrong — kind feedback, nothing lost, try again.
    for (const question of lesson.analysis.quiz) {
      const wrong = question.options.findIndex((option) => !option.correct);
      await page.locator(`input[name="${question.id}"]`).nth(wrong).check();
    }
    await page.getByRole("button", { name: "Sprawdź odpowiedzi" }).click();
    await expect(page.getByText("Dobre odpowiedzi: 0 z", { exact: false })).toBeVisible();
    await expect(page.getByText(/Tym razem nie/).first()).toBeVisible();

    for (const question of lesson.analysis.quiz) {
      const correct = question.options.findIndex((option) => option.correct);
      await page.locator(`input[name="${question.id}"]`).nth(correct).check();
    }
    await page.getByRole("button", { name: "Sprawdź odpowiedzi" }).click();
    await expect(page.locator("[data-quiz-passed='true']")).toBeVisible();
    await page.getByRole("link", { name: "Dalej: podsumowanie" }).click();
    await expect(page.getByRole("heading", { name: "Co już potrafisz" })).toBeVisible();
  });
});

test("every step page exposes the lesson slug and the step's stable id for progress", async ({ page }) => {
  const lesson = contentLesson(slug);
  await page.goto(`${base}/3`);
  const article = page.locator("article[data-lesson-slug]");
  await expect(article).toHaveAttribute("data-lesson-slug", slug);
  await expect(article).toHaveAttribute("data-step-id", lesson.analysis.steps[2]!.id);
});

test("a Term leads to its explanation on the same step, and the glossary lists it", async ({ page }) => {
  await page.goto(`${base}/3`);
  const term = page.locator("main a[href^='#slowo-']").first();
  const target = (await term.getAttribute("href"))!;
  await term.click();
  await expect(page.locator(target)).toBeInViewport();
  await page.goto("/slowniczek");
  await expect(page.locator(`[id="${target.slice("#slowo-".length)}"]`)).toBeAttached();
});

test("the print card holds every step on A4", async ({ page }) => {
  const lesson = contentLesson(slug);
  await page.goto(`${base}/druk`);
  for (const step of lesson.analysis.steps) {
    // Accessible names read a non-breaking space (after „z”, „w”…) as a plain one.
    const title = step.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\u00a0/g, "\\s");
    await expect(page.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});

test("unknown lessons and steps answer 404", async ({ page }) => {
  expect((await page.goto("/lekcje/ikp/nie-ma-takiej"))?.status()).toBe(404);
  expect((await page.goto(`${base}/99`))?.status()).toBe(404);
});

test("every lesson route answers 200: each lesson, step, quiz, summary and print card", async ({ request }) => {
  const { contentLessons } = await import("./content");
  const failures: string[] = [];
  for (const lesson of contentLessons()) {
    const href = `/lekcje/${lesson.slug}`;
    const urls = [href, `${href}/quiz`, `${href}/podsumowanie`, `${href}/druk`, ...lesson.analysis.steps.map((_, i) => `${href}/${i + 1}`)];
    for (const url of urls) {
      const response = await request.get(url);
      if (response.status() !== 200) failures.push(`${url}: ${response.status()}`);
    }
  }
  expect(failures).toEqual([]);
});

test.describe("at 200% zoom (640 CSS pixels wide) and on a small phone (320)", () => {
  for (const width of [640, 320]) {
    test(`a step page and the quiz need no sideways scrolling at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const url of [`${base}/4`, `${base}/quiz`]) {
        await page.goto(url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, url).toBeLessThanOrEqual(0);
        await expect(page.getByRole("link", { name: /Dalej|Wstecz/ }).first()).toBeVisible();
      }
    });
  }
});
