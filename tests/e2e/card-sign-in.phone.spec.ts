import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

// Usability walk, item 7: a wrong PIN on the card's page dropped her onto the generic sign-in
// page with the error shown twice. She stays on the card's page, greeted by name, one message.

test("a wrong PIN typed on the card's page stays there, with her name and one message; the right one signs in", async ({ page, browser, baseURL }) => {
  const desk = await browser.newContext({ baseURL });
  const educator = await desk.newPage();
  await signInStaff(educator, "edukator@demo.klubcyfrowy.pl");
  await educator.goto("/klub/uczestnicy/nowy");
  const name = `Genowefa Kartowa ${Date.now() % 100000}`;
  await educator.getByLabel("Imię i nazwisko").fill(name);
  await educator.getByRole("button", { name: "Dodaj uczestnika" }).click();
  const notice = educator.locator("main").getByRole("status").filter({ hasText: "dodano" });
  const pin = (await notice.locator("strong.font-mono").innerText()).trim();
  const printForm = educator.locator("form", { has: educator.getByRole("button", { name: "Wydrukuj kartę do logowania" }) });
  const learnerId = await printForm.locator("input[name=learnerId]").inputValue();
  const response = await educator.request.post("/klub/karty", { form: { learnerId }, headers: { origin: baseURL! } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "karta-"));
  fs.writeFileSync(path.join(dir, "karta.pdf"), await response.body());
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", path.join(dir, "karta.pdf"), path.join(dir, "strona")]);
  const image = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((file) => file.endsWith(".png"))!)));
  const url = new URL(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)!.data);
  await desk.close();

  await page.goto(url.pathname + url.search);
  await expect(page.getByText(`Dzień dobry, ${name}!`)).toBeVisible();
  const wrong = pin === "000000" ? "111111" : "000000";
  await page.getByLabel("PIN (6 cyfr)").fill(wrong);
  await page.getByRole("button", { name: "Zaloguj się" }).tap();

  await expect(page).toHaveURL((address) => address.pathname === "/logowanie/karta");
  await expect(page.getByText(`Dzień dobry, ${name}!`)).toBeVisible();
  await expect(page.locator("main").getByText("Ten PIN się nie zgadza", { exact: false })).toHaveCount(1);
  await expect(page.getByLabel("PIN (6 cyfr)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nazwa użytkownika")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("PIN (6 cyfr)").fill(pin);
  await page.getByRole("button", { name: "Zaloguj się" }).tap();
  await expect(page.locator('a[href="/wyloguj"]').first()).toBeAttached();
  expect(new URL(page.url()).pathname).not.toMatch(/^\/logowanie/);
});
