import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

const SLUG = "ikp-e-recepta-i-upowaznienie";

test("IKP: from the lesson, the prescription code, a wrong tab, Pokaż mi, authorising Anna", async ({ page }) => {
  await page.goto("/lekcje/ikp/upowaznienie-bliskiej-osoby");
  await page.goto(practiceStepPath("ikp/upowaznienie-bliskiej-osoby", SLUG));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(new RegExp(`/cwiczenia/${SLUG}$`));
  await startSimulator(page, SLUG);

  await service(page).getByRole("button", { name: "Recepty" }).click();
  await service(page).getByRole("button", { name: /do realizacji/ }).click();
  await service(page).getByLabel("Kod, który widzisz").fill("4821");
  await service(page).getByRole("button", { name: "Dalej" }).click();

  await service(page).getByRole("button", { name: "Moje konto" }).click();
  await expectHint(page, "Teraz kliknij zakładkę „Uprawnienia”");
  await showMe(page, "Kliknij „Uprawnienia”");
  await service(page).getByRole("button", { name: "Uprawnienia" }).click();
  await service(page).getByRole("button", { name: "Dodaj upoważnienie" }).click();
  await expect(service(page)).toContainText("(zmyślony)");
  await service(page).getByRole("button", { name: "Dodaj dzwoniącego do upoważnień" }).click();
  await expectHint(page, "To oszust");
  await service(page).getByRole("button", { name: "Dalej" }).click();
  await service(page).getByRole("button", { name: "Informacja o stanie zdrowia" }).click();
  await service(page).getByRole("button", { name: /Zapisz z datą końca/ }).click();
  await expect(service(page)).toContainText("31 grudnia 2026");
  await service(page).getByRole("button", { name: "Cofnij upoważnienie" }).click();
  await expectHint(page, "Tak cofniesz upoważnienie");
  await service(page).getByRole("button", { name: "Wyloguj się" }).click();
  await expectSummary(page);
});

test("the practice is also linked from the e-prescription lesson", async ({ page }) => {
  await page.goto(practiceStepPath("ikp/e-recepta-i-e-skierowanie", SLUG));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(new RegExp(`/cwiczenia/${SLUG}$`));
});
