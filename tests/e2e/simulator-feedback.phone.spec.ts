import { expect, test } from "@playwright/test";
import { expectHint, expectSummary, service, startSimulator } from "./simulators";

// Usability walk, item 4: after a wrong answer the typed text is still there to fix (unless it
// was refused as real data), and the SMS practice ends by saying which messages were judged
// right the first time and why.

const CARD = "4111 1111 1111 1111";

test("SMS practice on a phone: a wrong recipient stays typed, a card number is emptied, the end reviews all five messages", async ({ page }) => {
  await startSimulator(page, "sms-oszustwa-8080");
  await service(page).getByRole("button", { name: /^\+48 000 000 312:/ }).click();
  await service(page).getByRole("button", { name: "To prawdziwa wiadomość" }).tap();
  await expectHint(page, "link do dopłaty");
  // Where the eyes are: the hint is on the screen and has focus, so it is also read out.
  const notice = page.locator("#podpowiedz");
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  await service(page).getByRole("button", { name: "To oszustwo" }).tap();
  for (const [number, right] of [["2", "To oszustwo"], ["3", "To oszustwo"], ["4", "To prawdziwa wiadomość"], ["5", "To prawdziwa wiadomość"]] as const) {
    await expect(page.getByText(`Wiadomość ${number} z 5`)).toBeVisible();
    await service(page).getByRole("button", { name: right }).tap();
  }
  await service(page).getByRole("button", { name: /Twoja paczka czeka/ }).tap();
  await service(page).getByRole("button", { name: "Przekaż" }).tap();

  const recipient = service(page).getByLabel("Do");
  await recipient.fill("808");
  await service(page).getByRole("button", { name: "Wyślij" }).tap();
  await expectHint(page, "To nie ten numer");
  await expect(recipient).toHaveValue("808");

  await recipient.fill(CARD);
  await service(page).getByRole("button", { name: "Wyślij" }).tap();
  await expect(page.locator("main").getByRole("status").first()).toContainText("karty płatniczej");
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  await expect(recipient).toHaveValue("");

  await recipient.fill("8080");
  await service(page).getByRole("button", { name: "Wyślij" }).tap();
  await expect(service(page).getByText("Wysłano do: 8080")).toBeVisible();
  await service(page).getByRole("button", { name: "Zablokuj numer" }).tap();
  await expect(service(page).getByText("Numer zablokowany")).toBeVisible();
  await service(page).getByRole("button", { name: "Usuń rozmowę" }).tap();
  await expectSummary(page);

  const review = page.getByRole("region", { name: "Twoje oceny pięciu SMS-ów" });
  const items = review.getByRole("listitem");
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText("Wiadomość 1 — od: +48 000 000 312");
  await expect(items.nth(0)).toContainText("Dobrze po podpowiedzi — za drugim razem.");
  await expect(items.nth(0)).toContainText("link do dopłaty");
  for (const index of [1, 2, 3, 4]) await expect(items.nth(index)).toContainText("Dobrze za pierwszym razem.");
  await expect(items.nth(3)).toContainText("Prawdziwa: Ania jest w kontaktach");
});
