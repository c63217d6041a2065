import { expect, test } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";

// „Coś się nie zgadza? Napisz nam”: from a step to the editor and back to the club, all as plain
// form posts (no JavaScript). Reports stay in the e2e database for the whole run: each carries a stamp.
// axe needs scripts in the page, so it checks these pages from tests/e2e/routes.ts (accessibility.spec.ts).
const lesson = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080";
const editor = "redaktor@demo.klubcyfrowy.pl";
const educator = "edukator@demo.klubcyfrowy.pl";

test.describe("reporting a mistake without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guest reports a mistake from a step, sees the thank-you page, and an editor finds it on /redakcja", async ({ page, browser, baseURL }) => {
    const stamp = `Przycisk nazywa się teraz „Zgłoś SMS” ${Date.now()}`;
    await page.goto(`${lesson}/6`);
    const link = page.getByRole("link", { name: "Coś się nie zgadza? Napisz nam" });
    // Below the step's navigation, a calm link with a 44 px target.
    const [nav, box] = await Promise.all([page.getByRole("navigation", { name: "Kroki lekcji" }).boundingBox(), link.boundingBox()]);
    expect(box!.y).toBeGreaterThan(nav!.y + nav!.height - 1);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expect(link).toHaveAttribute("href", new RegExp(`^${lesson}/6/zglos\\?wersja=[0-9a-f]{16}$`));
    await link.click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coś się nie zgadza? Napisz nam");
    await expect(page.getByText("Nie wpisuj tu imienia, numeru PESEL ani telefonu.")).toBeVisible();

    // Sent empty: a polite message, and what was typed in the other field stays.
    await page.getByLabel(/Co widzisz zamiast tego na ekranie/).fill("Napis „Zgłoś SMS”");
    await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(page.getByRole("link", { name: "Napisz, co się nie zgadza — wystarczy jedno zdanie." })).toBeVisible();
    await expect(page.getByLabel(/Co widzisz zamiast tego na ekranie/)).toHaveValue("Napis „Zgłoś SMS”");
    await expect(page.getByLabel("Co się nie zgadza?")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Co się nie zgadza?").fill(stamp);
    await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(page).toHaveURL(`${lesson}/6/zglos/dziekujemy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dziękujemy za zgłoszenie");
    await page.getByRole("link", { name: "Wróć do kroku 6" }).click();
    await expect(page).toHaveURL(`${lesson}/6`);

    const editorContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const editorPage = await editorContext.newPage();
    await signInStaff(editorPage, editor);
    await editorPage.goto("/redakcja");
    await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText("Redakcja");
    const report = editorPage.locator("li[id^=zgloszenie-]", { hasText: stamp });
    await expect(report).toHaveCount(1);
    await expect(report).toContainText("Napis „Zgłoś SMS”");
    await expect(report).toContainText("Stan: nowe");
    await expect(report).toContainText("Dotyczy obecnej wersji lekcji.");
    await expect(report.getByRole("heading")).toContainText("Krok 6:");

    await report.getByLabel("przyjęte").check();
    await report.getByLabel(/Odpowiedź dla klubu/).fill("Dziękujemy, poprawimy ten krok.");
    await report.getByRole("button", { name: "Zapisz" }).click();
    const saved = editorPage.locator("li[id^=zgloszenie-]", { hasText: stamp });
    await expect(saved).toContainText("Stan: przyjęte");
    await expect(saved.getByLabel(/Odpowiedź dla klubu/)).toHaveValue("Dziękujemy, poprawimy ten krok.");
    // Nobody's name or progress: the page names no learner of the demo club.
    await expect(editorPage.locator("main")).not.toContainText("Zofia Kowalska");
    await editorContext.close();
  });

  test("an educator's report reaches their club's page with the editor's status and reply", async ({ browser, baseURL }) => {
    const stamp = `Z klubu: nowa ikona koperty ${Date.now()}`;
    const educatorContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await educatorContext.newPage();
    await signInStaff(page, educator);
    await page.goto(`${lesson}/2`);
    await page.getByRole("link", { name: "Coś się nie zgadza? Napisz nam" }).click();
    await page.getByLabel("Co się nie zgadza?").fill(stamp);
    await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dziękujemy za zgłoszenie");

    await page.goto("/klub");
    await page.getByRole("link", { name: /Zgłoszone błędy w lekcjach/ }).click();
    const mine = page.getByRole("listitem").filter({ hasText: stamp });
    await expect(mine).toContainText("Stan: nowe");

    const editorContext = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const editorPage = await editorContext.newPage();
    await signInStaff(editorPage, editor);
    await editorPage.goto("/redakcja");
    const report = editorPage.locator("li[id^=zgloszenie-]", { hasText: stamp });
    await report.getByLabel("poprawione").check();
    await report.getByLabel(/Odpowiedź dla klubu/).fill("Poprawione, dziękujemy.");
    await report.getByRole("button", { name: "Zapisz" }).click();
    await expect(editorPage.locator("li[id^=zgloszenie-]", { hasText: stamp })).toContainText("Stan: poprawione");
    // An editor sees no club page and no learner.
    for (const path of ["/klub", "/klub/uczestnicy", "/klub/zgloszenia", "/klub/postepy", "/admin/kluby", "/admin/redaktorzy"]) {
      expect((await editorPage.goto(path))?.status(), path).toBe(404);
    }
    await editorContext.close();

    await page.reload();
    const answered = page.getByRole("listitem").filter({ hasText: stamp });
    await expect(answered).toContainText("Stan: poprawione");
    await expect(answered).toContainText("Poprawione, dziękujemy.");
    await educatorContext.close();
  });
});

test("only editors and administrators open /redakcja: a guest is asked to sign in, a learner and an educator get 404", async ({ page, browser, baseURL }) => {
  await page.goto("/redakcja");
  await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fredakcja/);

  await signInLearner(page, "halina.kaminska");
  await expect(page.getByRole("link", { name: /Wyloguj się/ })).toBeVisible();
  expect((await page.goto("/redakcja"))?.status()).toBe(404);

  for (const [email, status] of [[educator, 404], ["kierownik@demo.klubcyfrowy.pl", 404], ["admin@demo.klubcyfrowy.pl", 200]] as const) {
    const context = await browser.newContext({ baseURL });
    const staff = await context.newPage();
    await signInStaff(staff, email);
    expect((await staff.goto("/redakcja"))?.status(), email).toBe(status);
    await context.close();
  }
});
