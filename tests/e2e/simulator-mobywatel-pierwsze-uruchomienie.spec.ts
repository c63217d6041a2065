import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

const SLUG = "mobywatel-pierwsze-uruchomienie";

test("mObywatel first run: from the lesson, a scam SMS, a weak password, Pokaż mi, mDowód", async ({ page }) => {
  await page.goto("/lekcje/mobywatel/dodaj-mdowod");
  await page.goto(practiceStepPath("mobywatel/dodaj-mdowod", SLUG));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(new RegExp(`/cwiczenia/${SLUG}$`));
  await startSimulator(page, SLUG);

  await service(page).getByRole("button", { name: "Otwórz link z SMS-a" }).click();
  await expectHint(page, "oszustwo");
  await service(page).getByRole("button", { name: "Dalej" }).click();
  await service(page).getByRole("button", { name: "Akceptuję regulamin" }).click();

  await service(page).getByLabel("Hasło", { exact: true }).fill("kot12");
  await service(page).getByLabel("Powtórz hasło").fill("kot12");
  await service(page).getByRole("button", { name: "Dalej" }).click();
  await expectHint(page, "co najmniej 8 znaków, wielką literę i znak specjalny");
  await expect(page).not.toHaveURL(/kot12/);
  await showMe(page, "Ćwiczenie1!");
  await service(page).getByLabel("Hasło", { exact: true }).fill("Ćwiczenie1!");
  await service(page).getByLabel("Powtórz hasło").fill("Ćwiczenie1!");
  await service(page).getByRole("button", { name: "Dalej" }).click();
  await expect(page).not.toHaveURL(/wiczenie1/);

  await service(page).getByRole("button", { name: "Dodaj swój pierwszy dokument" }).click();
  await service(page).getByRole("button", { name: "mDowód", exact: true }).click();
  await service(page).getByRole("button", { name: "Bankowość internetowa" }).click();
  await expect(service(page)).toContainText("Tożsamość potwierdzona: Bankowość internetowa");
  await service(page).getByRole("button", { name: "Potwierdzam" }).click();
  await service(page).getByRole("button", { name: "Nie teraz" }).click();
  await expect(service(page)).toContainText("Przykładowy");
  await service(page).getByRole("button", { name: "Wróć" }).click();
  await expectSummary(page);
});

test("the practice is also linked from the lesson on installing mObywatel", async ({ page }) => {
  await page.goto(practiceStepPath("mobywatel/zainstaluj-mobywatel", SLUG));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(new RegExp(`/cwiczenia/${SLUG}$`));
});
