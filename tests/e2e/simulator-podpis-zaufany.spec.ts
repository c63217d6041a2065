import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

test("podpis zaufany: from the lesson, a too-large file, Pokaż mi, login, SMS code, Pobierz", async ({ page }) => {
  await page.goto("/lekcje/podpis-elektroniczny/podpis-zaufany");
  await page.goto(practiceStepPath("podpis-elektroniczny/podpis-zaufany", "podpis-zaufany"));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(/\/cwiczenia\/podpis-zaufany$/);
  await startSimulator(page, "podpis-zaufany");

  await service(page).getByRole("button", { name: "Podpisz lub sprawdź dokument" }).click();
  await service(page).getByRole("button", { name: /film-z-wakacji\.mp4/ }).click();
  await expectHint(page, "do 10 MB");
  await showMe(page, "wniosek.pdf");
  await service(page).getByRole("button", { name: /wniosek\.pdf/ }).click();

  await service(page).getByRole("button", { name: "Podpisz", exact: true }).click();
  await service(page).getByRole("button", { name: "Podpis zaufany" }).click();
  await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill("jan.przykladowy");
  await service(page).getByLabel("Hasło").fill("cwiczenie");
  await service(page).getByRole("button", { name: "Zaloguj się" }).click();

  await expect(service(page)).toContainText("Nikomu nie podawaj tego kodu");
  await service(page).getByLabel("Kod z SMS-a").fill("735182");
  await service(page).getByRole("button", { name: "Potwierdź" }).click();

  await expect(service(page)).toContainText("wniosek.pdf.xml");
  await service(page).getByRole("button", { name: "Pobierz" }).click();
  await expectSummary(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server refuses a real-looking password and does not show it back", async ({ page }) => {
    await page.goto("/cwiczenia/podpis-zaufany/logowanie");
    await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill("jan.przykladowy");
    await service(page).getByLabel("Hasło").fill("MojeHaslo!2024");
    await service(page).getByRole("button", { name: "Zaloguj się" }).click();
    await expect(page.locator("main")).toContainText("To może być Twoje prawdziwe hasło");
    expect(page.url()).not.toContain("MojeHaslo");
    expect(await page.content()).not.toContain("MojeHaslo");
  });
});
