import { expect, test } from "@playwright/test";
import { signInLearner } from "./auth";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

test("login.gov.pl: from the lesson, a wrong choice, Pokaż mi, password and SMS code, sign out", async ({ page }) => {
  await page.goto("/lekcje/profil-zaufany/logowanie-login-gov-pl");
  await page.goto(practiceStepPath("profil-zaufany/logowanie-login-gov-pl", "logowanie-login-gov"));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(/\/cwiczenia\/logowanie-login-gov$/);
  await startSimulator(page, "logowanie-login-gov");

  await service(page).getByRole("button", { name: "e-dowód" }).click();
  await expectHint(page, "czytnik");
  await showMe(page, "Profil zaufany");
  await service(page).getByRole("button", { name: "Profil zaufany" }).click();

  await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill("jan.przykladowy");
  await service(page).getByLabel("Hasło").fill("cwiczenie");
  await service(page).getByRole("button", { name: "Zaloguj się" }).click();
  await service(page).getByLabel("Kod z SMS-a").fill("482913");
  await service(page).getByRole("button", { name: "Potwierdź" }).click();
  await service(page).getByRole("button", { name: "Wyloguj się" }).click();
  await expectSummary(page);
  await expect(page.getByText("Ćwiczysz bez logowania.")).toBeVisible();
});

test("login.gov.pl by bank and by mObywatel both reach the end", async ({ page }) => {
  await startSimulator(page, "logowanie-login-gov");
  await service(page).getByRole("button", { name: "Bankowość elektroniczna" }).click();
  await service(page).getByRole("button", { name: "Bank Przykładowy" }).click();
  await service(page).getByLabel("Identyfikator").fill("12345678");
  await service(page).getByLabel("Hasło").fill("cwiczenie");
  await service(page).getByRole("button", { name: "Zaloguj" }).click();
  await service(page).getByRole("button", { name: "Anuluj" }).click();
  await expectHint(page, "przerywa logowanie");
  await service(page).getByRole("button", { name: "Potwierdzam" }).click();
  await service(page).getByRole("button", { name: "Wyloguj się" }).click();
  await expectSummary(page);

  await startSimulator(page, "logowanie-login-gov");
  await service(page).getByRole("button", { name: "Aplikacja mObywatel" }).click();
  await service(page).getByRole("button", { name: "Potwierdź logowanie" }).click();
  await service(page).getByRole("button", { name: "Wyloguj się" }).click();
  await expectSummary(page);
});

test("a finished practice is recorded for a signed-in learner and shown on the summary", async ({ page }) => {
  await signInLearner(page, "krystyna.dabrowska");
  await expect(page.getByRole("link", { name: /Wyloguj się/ })).toBeVisible();
  await startSimulator(page, "logowanie-login-gov");
  await service(page).getByRole("button", { name: "Aplikacja mObywatel" }).click();
  await service(page).getByRole("button", { name: "Potwierdź logowanie" }).click();
  await service(page).getByRole("button", { name: "Wyloguj się" }).click();
  await expectSummary(page);
  await expect(page.getByText(/To ćwiczenie masz za sobą już \d+ (raz|razy)/)).toBeVisible();
});

const PESEL = "44051401359";

test("real data is stopped in the browser: a PESEL and a real-looking password never leave the page", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));
  await startSimulator(page, "logowanie-login-gov");
  await service(page).getByRole("button", { name: "Profil zaufany" }).click();
  await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill(PESEL);
  await service(page).getByLabel("Hasło").fill("MojeHaslo!2024");
  await service(page).getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("To wygląda jak prawdziwy numer PESEL");
  await expect(service(page).getByLabel("Nazwa użytkownika lub adres e-mail")).toHaveValue("");
  await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill("jan.przykladowy");
  await service(page).getByLabel("Hasło").fill("MojeHaslo!2024");
  await service(page).getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("To może być Twoje prawdziwe hasło");
  expect(sent.filter((line) => line.includes(PESEL) || line.includes("MojeHaslo"))).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server refuses a card number, keeps nothing and does not show it back", async ({ page }) => {
    await page.goto("/cwiczenia/logowanie-login-gov/wybor");
    await service(page).getByRole("button", { name: "Profil zaufany" }).click();
    await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill("4111 1111 1111 1111");
    await service(page).getByLabel("Hasło").fill("cwiczenie");
    await service(page).getByRole("button", { name: "Zaloguj się" }).click();
    await expect(page.locator("main")).toContainText("To wygląda jak numer prawdziwej karty płatniczej");
    expect(page.url()).not.toContain("4111");
    expect(await page.content()).not.toContain("4111 1111");
    await service(page).getByLabel("Nazwa użytkownika lub adres e-mail").fill("jan.przykladowy");
    await service(page).getByLabel("Hasło").fill("cwiczenie");
    await service(page).getByRole("button", { name: "Zaloguj się" }).click();
    await expect(service(page).getByLabel("Kod z SMS-a")).toBeVisible();
  });
});
