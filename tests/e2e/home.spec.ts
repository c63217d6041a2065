import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("the home page", () => {
  test("is in Polish, starts with a skip link and shows the demo data", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Witaj w Klubie Cyfrowym");
    await expect(page.getByRole("main")).toContainText("w bibliotekach, domach kultury i na uniwersytetach trzeciego wieku");

    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Przejdź do treści" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("takes a guest to the first lesson's first step in one tap, and the personal start page shows the figures", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^Zacznij pierwszą lekcję/ }).click();
    await expect(page).toHaveURL(/\/lekcje\/[^/]+\/[^/]+\/1$/);
    await expect(page.getByRole("button", { name: "Dalej" })).toBeVisible();
    // The prerendered page holds no figures; the start page drawn per request (here after a sign-out) does.
    // Other browser tests add people and clubs to the same demo database.
    await page.goto("/?koniec=wylogowano");
    await expect(page.getByText(/korzysta już \d+ os(oba|oby|ób) w \d+ klub(ie|ach)/)).toBeVisible();
  });

  test("has no axe violations (WCAG 2.2 AA)", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });

  test("uses the self-hosted Atkinson Hyperlegible Next font for Polish letters", async ({ page }) => {
    await page.goto("/");
    const fontFamily = await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily);
    expect(fontFamily).toContain("Atkinson Hyperlegible Next");
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('20px "Atkinson Hyperlegible Next"', "ąćęłńóśźż");
    });
    expect(loaded).toBe(true);
  });

  test("base text is at least 20 px", async ({ page }) => {
    await page.goto("/");
    const size = await page.locator("main p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
  });
});

test.describe("pages that do not exist", () => {
  test("answer 404 in Polish with a way back", async ({ page }) => {
    const response = await page.goto("/nie-ma-takiej-strony");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie ma takiej strony");
    await expect(page.getByRole("link", { name: "Wróć na stronę główną" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("the health check reports the app and the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { kind: "embedded", ok: true } });
});
