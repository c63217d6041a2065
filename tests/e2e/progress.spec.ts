import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signInLearner } from "./auth";
import { expectNoAxeViolations } from "./axe";
import { contentLesson } from "./content";

// Each test uses its own demo learner and a lesson that learner has not touched in the demo data.
const signatureLesson = "podpis-elektroniczny/jaki-podpis-wybrac";
const whatsappLesson = "media-spolecznosciowe/whatsapp-wiadomosci";

async function lessonRow(page: Page, slug: string) {
  await page.goto("/moje-postepy");
  return page.locator(`li[data-lesson-slug="${slug}"]`);
}

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("a signed-in learner completes a lesson: every step and the quiz are recorded", async ({ page }) => {
    const lesson = contentLesson(signatureLesson);
    await signInLearner(page, "ryszard.grabowski");
    await expect(page.getByRole("heading", { name: /Dzień dobry, Ryszard/ })).toBeVisible();
    await expect((await lessonRow(page, signatureLesson)).locator("[data-status]").first()).toHaveAttribute("data-status", "not-started");

    await page.goto(`/lekcje/${signatureLesson}/1`);
    for (let step = 1; step <= lesson.analysis.steps.length; step++) {
      await expect(page).toHaveURL(new RegExp(`/lekcje/${signatureLesson}/${step}$`));
      await page.getByRole("button", { name: /Dalej/ }).click();
    }
    await expect(page).toHaveURL(new RegExp(`/lekcje/${signatureLesson}/quiz$`));
    // A wrong attempt first: stored too, and kind.
    for (const question of lesson.analysis.quiz) {
      await page.locator(`input[name="${question.id}"]`).nth(question.options.findIndex((option) => !option.correct)).check();
    }
    await page.getByRole("button", { name: "Sprawdź odpowiedzi" }).click();
    await expect(page).toHaveURL(/quiz\/wynik\?proba=/);
    await expect(page.locator("[data-quiz-passed='false']")).toBeVisible();
    for (const question of lesson.analysis.quiz) {
      await page.locator(`input[name="${question.id}"]`).nth(question.options.findIndex((option) => option.correct)).check();
    }
    await page.getByRole("button", { name: "Sprawdź odpowiedzi" }).click();
    await expect(page.getByText(/Quiz zaliczony, a cała lekcja ukończona/)).toBeVisible();

    const row = await lessonRow(page, signatureLesson);
    await expect(row.locator("[data-status]").first()).toHaveAttribute("data-status", "done");
    await expect(row).toContainText("Ukończona");
  });
});

test("double-clicking Dalej records the step once and moves one step on", async ({ page }) => {
  const lesson = contentLesson(whatsappLesson);
  await signInLearner(page, "teresa.jablonska");
  await expect(page.getByRole("heading", { name: /Dzień dobry/ })).toBeVisible();
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/postep/krok")) posts.push(request.url());
  });
  await page.goto(`/lekcje/${whatsappLesson}/1`);
  await page.getByRole("button", { name: /Dalej/ }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/lekcje/${whatsappLesson}/2$`));
  expect(posts).toHaveLength(1);
  // Two tabs or a retry sending the same step at once: still one record.
  const origin = new URL(page.url()).origin;
  const form = { lekcja: whatsappLesson, krok: lesson.analysis.steps[0]!.id };
  const responses = await Promise.all(
    [1, 2, 3].map(() => page.request.post("/api/postep/krok", { form, headers: { Origin: origin }, maxRedirects: 0 })),
  );
  expect(responses.map((response) => response.status())).toEqual([303, 303, 303]);
  await expect(await lessonRow(page, whatsappLesson)).toContainText(`Teraz: krok 2 z ${lesson.analysis.steps.length}`);

  await page.goto("/");
  await expect(page.getByRole("link", { name: /Kontynuuj/ })).toHaveAttribute("href", `/lekcje/${whatsappLesson}/2`);
  // The lesson page is the same for everyone: its „Kontynuuj lekcję” asks the server where she stopped.
  await page.goto(`/lekcje/${whatsappLesson}`);
  await expect(page.getByRole("link", { name: "Zacznij lekcję" })).toBeHidden();
  await page.getByRole("link", { name: "Kontynuuj lekcję" }).click();
  await expect(page).toHaveURL(new RegExp(`/lekcje/${whatsappLesson}/2$`));
});

test("a guest's progress is kept by the browser and joins the account at sign-in", async ({ page }) => {
  const lesson = contentLesson(whatsappLesson);
  await page.goto(`/lekcje/${whatsappLesson}/1`);
  for (let step = 1; step <= 3; step++) {
    await page.getByRole("button", { name: /Dalej/ }).click();
    await expect(page).toHaveURL(new RegExp(`/lekcje/${whatsappLesson}/${step + 1}$`));
  }
  await page.goto("/");
  await expect(page.getByRole("link", { name: /Kontynuuj/ })).toHaveAttribute("href", `/lekcje/${whatsappLesson}/4`);

  await signInLearner(page, "jerzy.pawlowski");
  await expect(page.getByRole("status").filter({ hasText: "zapisaliśmy na Twoim koncie postępy z tego urządzenia (3 kroki)" })).toBeVisible();
  await expect(await lessonRow(page, whatsappLesson)).toContainText(`Teraz: krok 4 z ${lesson.analysis.steps.length}`);
  await page.goto("/");
  await expect(page.locator("[data-resume]")).toHaveAttribute("data-resume", `/lekcje/${whatsappLesson}/4`);
  // The browser forgot it: nothing is merged twice.
  expect(await page.evaluate(() => window.localStorage.getItem("kc-postepy"))).toBeNull();
});

test("a crafted merge request gets a clear 400, an outdated one keeps only what exists, and nothing else changes", async ({ page }) => {
  await signInLearner(page, "barbara.michalska");
  await expect(page.getByRole("heading", { name: /Dzień dobry/ })).toBeVisible();
  const before = await (await lessonRow(page, whatsappLesson)).textContent();
  const origin = new URL(page.url()).origin;
  const send = (data: unknown) => page.request.post("/api/postep/scal", { data, headers: { Origin: origin } });
  const valid = { v: 1, steps: { [whatsappLesson]: [contentLesson(whatsappLesson).analysis.steps[0]!.id] }, quizzes: [], last: null };
  // A lesson that no longer exists is left out (lessons change while a browser keeps its record).
  const unknown = await send({ ...valid, steps: { "modul/nie-ma-takiej": ["krok"] } });
  expect(unknown.status()).toBe(200);
  expect(await unknown.json()).toEqual({ steps: 0, quizzes: 0, lessonsCompleted: 0 });
  for (const payload of [
    { ...valid, quizzes: [{ lesson: whatsappLesson, answers: {}, at: "2099-01-01T00:00:00.000Z" }] },
    { ...valid, userId: "ktos-inny" },
    { ...valid, steps: { [whatsappLesson]: Array.from({ length: 5000 }, (_, i) => `krok-${i}-${"x".repeat(20)}`) } },
  ]) {
    const response = await send(payload);
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/Nic nie zostało zapisane/);
  }
  expect((await page.request.post("/api/postep/scal", { data: valid, headers: { Origin: "https://zla-strona.example" } })).status()).toBe(403);
  expect(await (await lessonRow(page, whatsappLesson)).textContent()).toBe(before);
});

test("Kontynuuj na telefonie shows a QR code that opens the same step", async ({ page }) => {
  await page.goto(`/lekcje/${whatsappLesson}/3`);
  await page.getByRole("link", { name: "Kontynuuj na telefonie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kontynuuj na telefonie" })).toBeVisible();
  await expect(page).toHaveTitle(/Kontynuuj na telefonie/);
  const qr = page.getByRole("img", { name: /Kod QR z adresem kroku 3/ });
  const image = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(decoded?.data).toBe(new URL(`/lekcje/${whatsappLesson}/3`, page.url()).toString());
  await expectNoAxeViolations(page);
});
