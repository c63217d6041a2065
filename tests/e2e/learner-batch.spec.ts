import { expect, test } from "@playwright/test";
import { signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";
import { readPdf } from "./pdf";

const educator = "edukator@demo.klubcyfrowy.pl";
const suffix = () => `${Date.now() % 1_000_000}${Math.floor(Math.random() * 100)}`;

test("a second learner of the same name is asked about first, and created once confirmed — without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInStaff(page, educator);
  const name = `Genowefa Testowa ${suffix()}`;
  for (const attempt of [1, 2]) {
    await page.goto("/klub/uczestnicy/nowy");
    await page.getByLabel("Imię i nazwisko").fill(name);
    await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
    if (attempt === 1) await expect(page.locator("main").getByRole("status").filter({ hasText: "dodano" })).toContainText(name);
  }
  const username = name.toLowerCase().replace(/ /g, ".");
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toContainText(`Jest już ${name} (${username}). To inna osoba?`);
  await expect(page.getByLabel("Imię i nazwisko")).toHaveValue(name);
  // (axe needs JavaScript in the page: the warning's accessibility is checked in the component test.)
  await page.getByLabel("To inna osoba — dodaj").check();
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  const notice = page.locator("main").getByRole("status").filter({ hasText: "dodano" });
  await expect(notice).toContainText(`${username}2`);

  // Both are on the list, told apart by their usernames.
  await page.goto("/klub/uczestnicy");
  const rows = page.locator("table tbody tr").filter({ hasText: name });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(username);
  await expect(rows.nth(1)).toContainText(`${username}2`);
  await context.close();
});

test("an educator adds several learners at once: the cards open in a new tab and the PIN list stays", async ({ page, baseURL }) => {
  await signInStaff(page, educator);
  await page.goto("/klub/uczestnicy");
  await page.getByRole("link", { name: "Dodaj kilku uczestników" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dodaj kilku uczestników" })).toBeVisible();
  await expectNoAxeViolations(page);
  const tag = suffix();
  const names = [`Anna Zbiorowa ${tag}`, `Jan Zbiorowy ${tag}`, `Anna Zbiorowa ${tag}`];
  await page.getByLabel("Imiona i nazwiska").fill(names.join("\n"));
  await page.getByRole("button", { name: "Dodaj uczestników" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(`Anna Zbiorowa ${tag} jest na liście 2 razy. To różne osoby?`);
  await expectNoAxeViolations(page);
  await page.getByLabel("To różne osoby — dodaj wszystkich").check();
  await page.getByRole("button", { name: "Dodaj uczestników" }).click();

  const table = page.getByRole("table", { name: "Nowe konta i ich PIN-y" });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  const pins = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(pins.every((pin) => /^\d{6}$/.test(pin.trim()))).toBe(true);
  await expectNoAxeViolations(page);

  const print = page.getByRole("button", { name: "Wydrukuj karty do logowania (3)" });
  const form = page.locator("form", { has: print });
  await expect(form).toHaveAttribute("target", "_blank");
  const popup = page.waitForEvent("popup");
  await print.click();
  await (await popup).close();
  // The page with the PINs is still here, unchanged.
  await expect(table.locator("tbody tr td:nth-child(3)")).toHaveText(pins);

  // One PDF, one card per new learner. (Read again here: printing twice asks first, see below.)
  const learnerIds = await form.locator("input[name=learnerId]").evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => input.value));
  const body = new URLSearchParams([...learnerIds.map((id) => ["learnerId", id]), ["potwierdzam", "tak"]]).toString();
  const again = await page.request.post("/klub/karty", { data: body, headers: { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" } });
  expect(again.headers()["content-type"]).toBe("application/pdf");
  const pdf = readPdf(await again.body());
  expect(pdf.pages).toBe(3);
  expect(pdf.text).toContain(`Jan Zbiorowy ${tag}`);
});

test("a reprint from the list says first that the old card stops working", async ({ page, baseURL }) => {
  await signInStaff(page, educator);
  await page.goto("/klub/uczestnicy/nowy");
  const name = `Karol Karta ${suffix()}`;
  await page.getByLabel("Imię i nazwisko").fill(name);
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  const first = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Wydrukuj kartę do logowania" }).click();
  const firstTab = await first;

  // Once the first card is printed, the list offers a new one (the PDF may come as a download).
  const row = page.locator("table tbody tr").filter({ hasText: name });
  await expect(async () => {
    await page.goto("/klub/uczestnicy");
    await expect(row.getByRole("button", { name: /Wydrukuj nową kartę/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await firstTab.close();
  const reprint = row.getByRole("button", { name: /Wydrukuj nową kartę/ });
  await expect(row.locator("form")).toHaveAttribute("target", "_blank");
  const popupPromise = page.waitForEvent("popup");
  await reprint.click();
  const popup = await popupPromise;
  await expect(popup.getByRole("heading", { level: 1, name: "Wydrukować nową kartę?" })).toBeVisible();
  await expect(popup.locator("main")).toContainText("stara karta przestanie działać");
  await expect(popup.locator("main")).toContainText(name);
  await expectNoAxeViolations(popup);
  const pdf = popup.waitForResponse((response) => response.url().endsWith("/klub/karty") && response.request().method() === "POST");
  await popup.getByRole("button", { name: "Tak, wydrukuj nową kartę" }).click();
  expect((await pdf).headers()["content-type"]).toBe("application/pdf");

  // Another club's learner, or someone made up: nothing is printed.
  const stranger = await page.request.post("/klub/karty", { form: { learnerId: "nie-ma-takiego", potwierdzam: "tak" }, headers: { origin: baseURL! } });
  expect(stranger.status()).toBe(404);
});
