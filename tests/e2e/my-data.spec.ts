import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

// Deleting an account is for good, so this spec makes its own learner through the educator's
// page: the demo learners other specs sign in as stay untouched.
async function newLearner(page: Page): Promise<{ name: string; username: string; pin: string }> {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/uczestnicy/nowy");
  const name = `Leokadia Danych ${Date.now() % 100000}`;
  await page.getByLabel("Imię i nazwisko").fill(name);
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  const notice = page.locator("main").getByRole("status").filter({ hasText: "dodano" });
  await expect(notice).toContainText(`Gotowe: dodano nową osobę — ${name}`);
  return {
    name,
    username: (await notice.locator("p strong").first().innerText()).trim(),
    pin: (await notice.locator("strong.font-mono").innerText()).trim(),
  };
}

async function withoutJavaScript(browser: Browser, page: Page, baseURL: string) {
  return browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
}

test("a learner sees their data, downloads it, and deletes the account with their PIN", async ({ page, browser, baseURL }) => {
  const educator = await browser.newPage({ baseURL });
  const learner = await newLearner(educator);

  await signInLearner(page, learner.username, learner.pin);
  await expect(page.getByRole("link", { name: new RegExp(`Wyloguj się.*${learner.name}`) })).toBeVisible();
  await page.getByRole("contentinfo").getByRole("link", { name: "Moje dane" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moje dane" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(learner.username);
  await expect(page.getByRole("region", { name: "Twoje kluby" })).toContainText("Lipowej");
  await expect(page.getByRole("region", { name: "Zapis ważnych działań na Twoim koncie" })).toContainText("założenie konta w klubie");
  await expect(page.getByRole("main")).toContainText("Mamy też zabezpieczony skrót PIN-u");
  // After a client-side navigation Next sets the title a moment after the content.
  await expect(page).toHaveTitle(/Moje dane/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Pobierz plik z moimi danymi (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^klub-cyfrowy-moje-dane-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(exported.tables.User.username).toBe(learner.username);
  expect(exported.tables.User).not.toHaveProperty("pinHash");
  expect(exported.tables.Membership[0].clubName).toContain("Lipowej");

  await page.getByRole("link", { name: "Usuń moje konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Usuń moje konto" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("osoba usunęła konto");
  await expect(page).toHaveTitle(/Usuń konto/);
  await expectNoAxeViolations(page);

  // Nothing filled in: both problems, each linked to its field.
  await page.getByRole("button", { name: "Usuń moje konto" }).click();
  const summary = page.locator("main").getByRole("alert");
  await expect(summary).toContainText("Wpisz swój PIN");
  await expect(summary).toContainText("Rozumiem, że tego nie da się cofnąć");
  await expectNoAxeViolations(page);

  // A wrong PIN, sent as a plain HTML form: a polite message, and the account is still there.
  const plain = await withoutJavaScript(browser, page, baseURL!);
  const plainPage = await plain.newPage();
  await plainPage.goto("/moje-dane/usun");
  await plainPage.getByLabel("Twój PIN (6 cyfr)").fill(learner.pin === "135792" ? "135793" : "135792");
  await plainPage.getByLabel("Rozumiem, że tego nie da się cofnąć").check();
  await plainPage.getByRole("button", { name: "Usuń moje konto" }).click();
  await expect(plainPage.locator("main")).toContainText("Ten PIN się nie zgadza. Sprawdź i spróbuj jeszcze raz. Twoje konto nie zostało usunięte.");
  await plain.close();
  await page.goto("/moje-dane");
  await expect(page.getByRole("heading", { level: 1, name: "Moje dane" })).toBeVisible();

  await page.goto("/moje-dane/usun");
  await page.getByLabel("Twój PIN (6 cyfr)").fill(learner.pin);
  await page.getByLabel("Rozumiem, że tego nie da się cofnąć").check();
  await page.getByRole("button", { name: "Usuń moje konto" }).click();
  await expect(page).toHaveURL("/moje-dane/usunieto");
  await expect(page.getByRole("heading", { level: 1, name: "Konto zostało usunięte" })).toBeVisible();
  // After a server action's redirect the title arrives a moment after the page.
  await expect(page).toHaveTitle("Konto zostało usunięte — Klub Cyfrowy");
  await expect(page.getByRole("link", { name: "Zaloguj się" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("next-auth.session-token");

  // The same name and PIN no longer open anything, and the club no longer lists the person.
  await signInLearner(page, learner.username, learner.pin);
  await expect(page.locator("main").getByRole("alert")).toContainText("Nazwa użytkownika albo PIN się nie zgadzają");
  await educator.goto("/klub/uczestnicy");
  await expect(educator.getByRole("main")).not.toContainText(learner.name);
  await educator.close();
});

test("my data is only for the signed-in person", async ({ page, request }) => {
  const file = await request.get("/moje-dane/pobierz", { maxRedirects: 0 });
  expect(file.status()).toBe(303);
  expect(new URL(file.headers().location!).pathname + new URL(file.headers().location!).search).toBe("/logowanie?callbackUrl=%2Fmoje-dane%2Fpobierz");
  await page.goto("/moje-dane");
  await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fmoje-dane$/);
});

test("staff are told to ask someone else instead of deleting their own account", async ({ page }) => {
  await signInStaff(page, "kierownik@demo.klubcyfrowy.pl");
  await page.goto("/moje-dane/usun");
  await expect(page.getByRole("heading", { level: 1, name: "Usunięcie konta pracownika" })).toBeVisible();
  await expect(page.getByLabel(/Twoje hasło|PIN/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto("/moje-dane");
  await expect(page.getByRole("region", { name: "Twoje kluby" })).toContainText("kierownik klubu");
});
