import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

test("scam SMS: from the lesson, judge five messages, one wrong guess, Pokaż mi, forward to 8080, block and delete", async ({ page }) => {
  await page.goto(practiceStepPath("internet-i-bezpieczenstwo/oszustwa-sms-8080", "sms-oszustwa-8080"));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(/\/cwiczenia\/sms-oszustwa-8080$/);
  await startSimulator(page, "sms-oszustwa-8080");

  await service(page).getByRole("button", { name: /^\+48 000 000 312:/ }).click();
  await service(page).getByRole("button", { name: "To prawdziwa wiadomość" }).click();
  await expectHint(page, "link do dopłaty");
  await service(page).getByRole("button", { name: "To oszustwo" }).click();
  // The same two buttons are on every message: wait for the next one before answering.
  await expect(page.getByText("Wiadomość 2 z 5")).toBeVisible();
  await service(page).getByRole("button", { name: "To oszustwo" }).click();
  await expect(page.getByText("Wiadomość 3 z 5")).toBeVisible();
  await showMe(page, "To oszustwo");
  await service(page).getByRole("button", { name: "To oszustwo" }).click();
  await expect(service(page).getByText("Od: Ania (wnuczka)")).toBeVisible();
  await service(page).getByRole("button", { name: "To prawdziwa wiadomość" }).click();
  await expect(page.getByText("Wiadomość 5 z 5")).toBeVisible();
  await service(page).getByRole("button", { name: "To prawdziwa wiadomość" }).click();

  await service(page).getByRole("button", { name: /Twoja paczka czeka/ }).click();
  await service(page).getByRole("button", { name: "Przekaż" }).click();
  await service(page).getByLabel("Do").fill("112");
  await service(page).getByRole("button", { name: "Wyślij" }).click();
  await expectHint(page, "8080");
  await service(page).getByLabel("Do").fill("8080");
  await service(page).getByRole("button", { name: "Wyślij" }).click();
  await expect(service(page).getByText("Wysłano do: 8080")).toBeVisible();
  await service(page).getByRole("button", { name: "Zablokuj numer" }).click();
  await expect(service(page).getByText("Numer zablokowany")).toBeVisible();
  await service(page).getByRole("button", { name: "Usuń rozmowę" }).click();
  await expectSummary(page);
  await expect(page.getByText(/Znaki oszustwa w SMS-ie/)).toBeVisible();
});
