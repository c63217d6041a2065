import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signInLearner, signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

test("a learner signs in with username and PIN, and signs out", async ({ page }) => {
  await signInLearner(page, "zofia.kowalska");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: /Wyloguj się.*Zofia Kowalska/ })).toBeVisible();
  await page.getByRole("link", { name: /Wyloguj się/ }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Wyloguj się" }).click();
  await expect(page.getByRole("heading", { name: "Wylogowanie udane" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zaloguj się" })).toBeVisible();
});

test.describe("signing in works without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("learner and staff forms are plain HTML forms", async ({ page }) => {
    await signInLearner(page, "halina.kaminska");
    await expect(page.getByRole("link", { name: /Wyloguj się.*Halina/ })).toBeVisible();
  });
});

test("a wrong PIN gets one polite message, the same as an unknown user, and keeps the name typed", async ({ page }) => {
  await signInLearner(page, "jozef.lewandowski", "000001");
  const wrongPin = await page.locator("main").getByRole("alert").innerText();
  expect(wrongPin).toMatch(/Nazwa użytkownika albo PIN się nie zgadzają/);
  await expect(page.getByLabel("Nazwa użytkownika")).toHaveValue("jozef.lewandowski");
  await expectNoAxeViolations(page);
  await signInLearner(page, "nie.ma.takiej.osoby", "000001");
  expect(await page.locator("main").getByRole("alert").innerText()).toBe(wrongPin);
});

test("after 10 wrong PINs the 11th, right one is refused with a polite message saying when to try again", async ({ page }) => {
  for (let attempt = 0; attempt < 10; attempt++) await signInLearner(page, "tadeusz.zajac", `13579${attempt}`);
  await signInLearner(page, "tadeusz.zajac");
  await expect(page.locator("main").getByRole("alert")).toContainText(/za dużo nieudanych prób.*Spróbuj ponownie za \d+ min.*edukator w klubie może ustawić nowy/is);
  await expect(page.getByRole("link", { name: "Zaloguj się" })).toBeVisible();
});

test("staff sign in with e-mail and password and reach their club", async ({ page }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lipowej");
  await expectNoAxeViolations(page);
});

test("an educator adds a learner, sees the PIN once, prints the card, and its QR opens sign-in with the username", async ({ page, baseURL }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/uczestnicy");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Dodaj uczestnika" }).click();
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Wpisz imię i nazwisko.");
  await expectNoAxeViolations(page);
  const name = `Bożena Łąkowska ${Date.now() % 100000}`;
  await page.getByLabel("Imię i nazwisko").fill(name);
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  const notice = page.locator("main").getByRole("status").filter({ hasText: "dodano" });
  await expect(notice).toContainText(`Gotowe: dodano nową osobę — ${name}`);
  const pin = (await notice.locator("strong.font-mono").innerText()).trim();
  expect(pin).toMatch(/^\d{6}$/);
  const username = (await notice.locator("p strong").first().innerText()).trim();
  await expectNoAxeViolations(page);

  // The card opens in a new tab: the page with the PIN stays.
  const printForm = page.locator("form", { has: page.getByRole("button", { name: "Wydrukuj kartę do logowania" }) });
  await expect(printForm).toHaveAttribute("target", "_blank");
  const learnerId = (await printForm.locator("input[name=learnerId]").inputValue())!;
  const response = await page.request.post("/klub/karty", { form: { learnerId }, headers: { origin: baseURL! } });
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "karta-"));
  fs.writeFileSync(path.join(dir, "karta.pdf"), await response.body());
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", path.join(dir, "karta.pdf"), path.join(dir, "strona")]);
  const image = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((file) => file.endsWith(".png"))!)));
  const qr = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(qr).not.toBeNull();
  const url = new URL(qr!.data);
  expect(url.pathname).toBe("/logowanie/karta");
  expect(url.searchParams.get("u")).toBe(username);
  expect(execFileSync("pdftotext", [path.join(dir, "karta.pdf"), "-"], { encoding: "utf8" })).toContain(name);

  // A phone scans the card: the name is known, only the PIN remains.
  const phone = await page.context().browser()!.newContext({ baseURL });
  const phonePage = await phone.newPage();
  await phonePage.goto(url.pathname + url.search);
  await expect(phonePage.getByText(`Dzień dobry, ${name}!`)).toBeVisible();
  await expectNoAxeViolations(phonePage);
  await phonePage.getByLabel("PIN (6 cyfr)").fill(pin);
  await phonePage.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(phonePage.getByRole("link", { name: new RegExp(`Wyloguj się.*${name}`) })).toBeVisible();

  // A reprint is confirmed first (the old card still works until then), then revokes the first card.
  const unconfirmed = await page.request.post("/klub/karty", { form: { learnerId }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(unconfirmed.status()).toBe(303);
  expect(unconfirmed.headers()["location"]).toBe(`/klub/karty/potwierdz?learnerId=${learnerId}`);
  await page.request.post("/klub/karty", { form: { learnerId, potwierdzam: "tak" }, headers: { origin: baseURL! } });
  const other = await page.context().browser()!.newContext({ baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto(url.pathname + url.search);
  await expect(otherPage.getByText(/ta karta już nie działa/i)).toBeVisible();
  await phone.close();
  await other.close();
});

test("printing cards refuses a request from another site", async ({ page }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  const response = await page.request.post("/klub/karty", { form: { learnerId: "x" }, headers: { origin: "https://zly.example.com" } });
  expect(response.status()).toBe(403);
});

test("a learner registers at home with a club's join code", async ({ page }) => {
  await page.goto("/rejestracja");
  await expectNoAxeViolations(page);
  const username = `nowy.${Date.now() % 1000000}`;
  await page.getByLabel("Imię i nazwisko").fill("Stefania Nowa");
  await page.getByLabel("Nazwa użytkownika").fill(username);
  await page.getByLabel("Wymyśl PIN (6 cyfr)").fill("123456");
  await page.getByLabel("Wpisz PIN jeszcze raz").fill("123456");
  await page.getByLabel("Kod klubu (nieobowiązkowo)").fill("LIPOWA-2026");
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Ten PIN łatwo zgadnąć");
  await expect(page.getByLabel("Nazwa użytkownika")).toHaveValue(username);
  await page.getByLabel("Wymyśl PIN (6 cyfr)").fill("482915");
  await page.getByLabel("Wpisz PIN jeszcze raz").fill("482915");
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByText(/Udało się dołączyć do klubu: .*Lipowej/)).toBeVisible();
  await page.getByRole("link", { name: "Zaloguj się" }).last().click();
  await page.getByLabel("PIN (6 cyfr)").fill("482915");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page.getByRole("link", { name: /Wyloguj się.*Stefania Nowa/ })).toBeVisible();
});

test("an educator of another club gets 404 for this club's learner", async ({ page, browser, baseURL }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/uczestnicy");
  const href = (await page.getByRole("link", { name: "Zofia Kowalska" }).getAttribute("href"))!;
  expect(href).toMatch(/^\/klub\/uczestnicy\/.+/);

  // Club B: the administrator adds it and invites its manager; the manager invites an educator.
  const stamp = Date.now() % 1_000_000;
  const clubName = `Dom Kultury w Brzozowie ${stamp}`;
  const password = "Nasz klub w Brzozowie ma zielone drzwi";
  const admin = await browser.newContext({ baseURL });
  const adminPage = await admin.newPage();
  await signInStaff(adminPage, "admin@demo.klubcyfrowy.pl");
  await adminPage.goto("/admin/kluby");
  await adminPage.getByLabel("Nazwa klubu", { exact: true }).fill(clubName);
  await adminPage.getByLabel("Dom kultury", { exact: true }).check();
  await adminPage.getByLabel("Ulica i numer", { exact: true }).fill("ul. Lipowa 2");
  await adminPage.getByLabel("Kod pocztowy", { exact: true }).fill("36-200");
  await adminPage.getByLabel("Miejscowość", { exact: true }).fill("Brzozów");
  await adminPage.getByLabel("Gmina", { exact: true }).fill("Brzozów");
  await adminPage.getByLabel("Powiat", { exact: true }).fill("brzozowski");
  await adminPage.getByLabel("Województwo", { exact: true }).selectOption("PODKARPACKIE");
  await adminPage.getByLabel("Kod TERYT gminy", { exact: true }).fill("1802023");
  await adminPage.getByRole("button", { name: "Dodaj klub" }).click();
  const clubB = adminPage.getByRole("region", { name: clubName, exact: true });
  await clubB.getByLabel(/Adres e-mail kierownika/).fill(`kierownik.${stamp}@brzozow.example.pl`);
  await clubB.getByRole("button", { name: /Zaproś kierownika klubu/ }).click();
  const managerLink = new URL(await clubB.getByLabel("Link do zaproszenia").inputValue()).pathname;
  await admin.close();

  async function accept(link: string, name: string) {
    const context = await browser.newContext({ baseURL });
    const invitee = await context.newPage();
    await invitee.goto(link);
    await invitee.getByLabel("Imię i nazwisko", { exact: true }).fill(name);
    await invitee.getByLabel("Hasło", { exact: true }).fill(password);
    await invitee.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(invitee.getByText(/przyjęto zaproszenie/i)).toBeVisible();
    return { context, invitee };
  }

  const manager = await accept(managerLink, "Irena Brzozowska");
  await signInStaff(manager.invitee, `kierownik.${stamp}@brzozow.example.pl`, password);
  await manager.invitee.goto("/klub/edukatorzy");
  await manager.invitee.getByLabel("Adres e-mail edukatora", { exact: true }).fill(`edukator.${stamp}@brzozow.example.pl`);
  await manager.invitee.getByRole("button", { name: "Zaproś edukatora" }).click();
  const educatorLink = new URL(await manager.invitee.getByLabel("Link do zaproszenia").inputValue()).pathname;
  await manager.context.close();

  const educator = await accept(educatorLink, "Paweł Brzozowski");
  await signInStaff(educator.invitee, `edukator.${stamp}@brzozow.example.pl`, password);
  await educator.invitee.goto("/klub/uczestnicy");
  await expect(educator.invitee.getByText("Zofia Kowalska")).toHaveCount(0);
  const response = await educator.invitee.goto(href);
  expect(response?.status()).toBe(404);
  await expect(educator.invitee.getByRole("heading", { level: 1 })).toHaveText("Nie ma takiej strony");
  await expect(educator.invitee.getByText("Zofia")).toHaveCount(0);
  // Exactly what an address that never existed shows.
  const missing = await educator.invitee.goto("/klub/uczestnicy/nie-ma-takiego-uczestnika");
  expect(missing?.status()).toBe(404);
  await educator.context.close();
});
