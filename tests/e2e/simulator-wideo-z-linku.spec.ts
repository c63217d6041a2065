import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, showMe, startSimulator, practiceStepPath } from "./simulators";

test("video meeting from a link: a wrong tap, Pokaż mi, Zablokuj by mistake fixed by the padlock, lobby, Rozłącz", async ({ page }) => {
  await page.goto(practiceStepPath("rozmowy-wideo/spotkanie-z-linku", "wideo-z-linku"));
  await page.getByRole("link", { name: /Spróbuj samodzielnie — bez ryzyka/ }).click();
  await expect(page).toHaveURL(/\/cwiczenia\/wideo-z-linku$/);
  await startSimulator(page, "wideo-z-linku");

  await service(page).getByRole("button", { name: "spotkanie.example/rodzina-jana" }).click();
  await service(page).getByRole("button", { name: "Pobierz aplikację" }).click();
  await expectHint(page, "Nie musisz niczego pobierać");
  await showMe(page, "Dołącz jako gość");
  await service(page).getByRole("button", { name: "Dołącz jako gość" }).click();
  await service(page).getByLabel("Twoje imię").fill("Jan");
  await service(page).getByRole("button", { name: "Dalej" }).click();

  // The browser's question: "Zablokuj" by mistake, then the fix.
  await expect(service(page).getByText("spotkanie.example chce:")).toBeVisible();
  await service(page).getByRole("button", { name: "Zablokuj" }).click();
  await expect(service(page).getByRole("heading", { name: "Nie widać Cię i nie słychać" })).toBeVisible();
  await service(page).getByRole("button", { name: "Dołącz" }).click();
  await expectHint(page, "kliknij albo dotknij kłódkę");
  await service(page).getByRole("button", { name: "Kłódka" }).click();
  await service(page).getByRole("button", { name: "Zezwól — Kamera" }).click();
  await expect(service(page).getByText("Zezwolono")).toBeVisible();
  await service(page).getByRole("button", { name: "Zezwól — Mikrofon" }).click();
  await expect(service(page).getByText("Odśwież stronę, żeby zmiana zadziałała.")).toBeVisible();
  await service(page).getByRole("button", { name: /Odśwież/ }).click();
  await expect(service(page).getByText("Kamera i mikrofon znowu działają")).toBeVisible();

  await service(page).getByRole("button", { name: "Dołącz", exact: true }).click();
  await service(page).getByRole("button", { name: "Zamknij okno" }).click();
  await expectHint(page, "Nie zamykaj okna");
  await service(page).getByRole("button", { name: "Czekam spokojnie" }).click();
  await expect(service(page).getByRole("heading", { name: "Jesteś na spotkaniu" })).toBeVisible();
  await service(page).getByRole("button", { name: "Rozłącz" }).click();
  await expectSummary(page);
});

test("video meeting: allowing the camera straight away goes to the preview", async ({ page }) => {
  await page.goto("/cwiczenia/wideo-z-linku/pytanie");
  await service(page).getByRole("button", { name: "Zezwól" }).click();
  await expect(service(page).getByText("Podgląd z Twojej kamery")).toBeVisible();
  await service(page).getByRole("button", { name: "Dołącz", exact: true }).click();
  await service(page).getByRole("button", { name: "Czekam spokojnie" }).click();
  await service(page).getByRole("button", { name: "Rozłącz" }).click();
  await expectSummary(page);
});
