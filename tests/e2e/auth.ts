import { expect, type Page } from "@playwright/test";

export const STAFF_PASSWORD = "Klub-Cyfrowy-Demo-2026";
export const LEARNER_PIN = "246810";

/** Someone is signed in on this page, as /wyglad.css tells the page (lib/appearance.ts). */
export async function expectSignedIn(page: Page) {
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--kc-account").trim()).catch(() => null))
    .toBe("1");
}

export async function signInLearner(page: Page, username: string, pin = LEARNER_PIN) {
  await page.goto("/logowanie");
  await page.getByLabel("Nazwa użytkownika").fill(username);
  await page.getByLabel("PIN (6 cyfr)").fill(pin);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
}

export async function signInStaff(page: Page, email: string, password = STAFF_PASSWORD) {
  await page.goto("/logowanie?rodzaj=pracownik");
  await page.getByLabel("Adres e-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  // Signed in: the page moved on, and the per-person stylesheet says so (at large text sizes the
  // header's „Wyloguj się” is behind „Menu”).
  await page.waitForURL((url) => !url.pathname.startsWith("/logowanie"));
  await expectSignedIn(page);
}
