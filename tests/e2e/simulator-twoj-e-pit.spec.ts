import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

test("Twój e-PIT: from the lesson, sending too early, Pokaż mi, relief, account, 1.5%, UPO", async ({ page }) => {
  await page.goto("/lekcje/e-pit/ulgi-i-konto-do-zwrotu");
  await page.goto(practiceStepPath("e-pit/ulgi-i-konto-do-zwrotu", "twoj-e-pit"));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(/\/cwiczenia\/twoj-e-pit$/);
  await startSimulator(page, "twoj-e-pit");

  await service(page).getByRole("button", { name: "Co się stanie, gdy nic nie zrobię?" }).click();
  await expect(service(page)).toContainText("30 kwietnia");
  await service(page).getByRole("button", { name: "Wróć i otwórz zeznanie" }).click();

  await service(page).getByRole("button", { name: "Zaakceptuj i wyślij" }).click();
  await expectHint(page, "Jeszcze nie wysyłaj");
  await showMe(page, "Dane są poprawne");
  await service(page).getByRole("button", { name: "Dane są poprawne" }).click();

  await service(page).getByRole("button", { name: "Ulga na dzieci" }).click();
  await expectHint(page, "Wybierz „Ulga rehabilitacyjna”");
  await service(page).getByRole("button", { name: "Ulga rehabilitacyjna" }).click();
  await service(page).getByLabel("Kwota wydatków w zł").fill("1200");
  await service(page).getByRole("button", { name: "Zapisz ulgę" }).click();

  await service(page).getByRole("button", { name: /Konto osobiste/ }).click();
  await service(page).getByLabel("Numer KRS").fill("1234567890");
  await service(page).getByRole("button", { name: "Przekaż 1,5% podatku" }).click();

  await expect(service(page)).toContainText("294,00 zł");
  await service(page).getByRole("button", { name: "Zaakceptuj i wyślij" }).click();
  await expect(service(page)).toContainText("Urzędowe poświadczenie odbioru (UPO)");
  await service(page).getByRole("button", { name: "Wyloguj się" }).click();
  await expectSummary(page);
});

test("a PESEL typed as the relief amount is stopped in the browser and never sent", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));
  await page.goto("/cwiczenia/twoj-e-pit/ulga-kwota");
  await service(page).getByLabel("Kwota wydatków w zł").fill("44051401359");
  await service(page).getByRole("button", { name: "Zapisz ulgę" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("To wygląda jak prawdziwy numer PESEL");
  await expect(service(page).getByLabel("Kwota wydatków w zł")).toHaveValue("");
  expect(sent.filter((line) => line.includes("44051401359"))).toEqual([]);
});
