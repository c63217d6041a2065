import { expect, test } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

test("an educator makes a group, adds learners and assigns a path with a due date; the learner sees who assigned it", async ({ page, browser, baseURL }) => {
  const name = `Piątki 12:00 ${Date.now() % 100000}`;
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub");
  await page.getByRole("link", { name: "Grupy i zadane ścieżki" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Grupy" })).toBeVisible();
  await page.getByRole("button", { name: "Załóż grupę" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Wpisz nazwę grupy");
  await page.getByLabel("Nazwa grupy").fill("wtorki 10:00 — PIERWSZE kroki");
  await page.getByRole("button", { name: "Załóż grupę" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("W klubie jest już grupa o tej nazwie");
  await page.getByLabel("Nazwa grupy").fill(name);
  await page.getByRole("button", { name: "Załóż grupę" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Grupa jest założona")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Dodaj zaznaczone osoby" }).click();
  await expect(page.getByText("nikogo nie zaznaczono")).toBeVisible();
  await page.getByLabel(/Danuta Król/).check();
  await page.getByLabel(/Ryszard Grabowski/).check();
  await page.getByRole("button", { name: "Dodaj zaznaczone osoby" }).click();
  await expect(page.getByText("Dodano do grupy: 2 osoby.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kto jest w grupie (2)" })).toBeVisible();

  await page.getByRole("button", { name: "Zadaj ścieżkę" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Wybierz ścieżkę nauki");
  await page.getByLabel("Ścieżka nauki").selectOption({ label: "Urząd w telefonie (8 lekcji)" });
  await page.getByLabel("Termin (można zostawić pusty)").fill("2026-12-31");
  await page.getByRole("button", { name: "Zadaj ścieżkę" }).click();
  await expect(page.getByText("Ścieżka jest zadana")).toBeVisible();
  await expect(page.locator("#zadane ~ ul")).toContainText("Termin: 31 grudnia 2026");
  await page.getByLabel("Ścieżka nauki").selectOption({ label: "Urząd w telefonie (8 lekcji)" });
  await page.getByRole("button", { name: "Zadaj ścieżkę" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Ta ścieżka jest już zadana");
  await expectNoAxeViolations(page);

  const learner = await (await browser.newContext({ baseURL })).newPage();
  await signInLearner(learner, "danuta.krol");
  const assigned = learner.locator("section[aria-labelledby=zadane] li").filter({ hasText: "Urząd w telefonie" });
  await expect(assigned).toContainText("Zadane przez: Marek Nowak");
  await expect(assigned).toContainText("Termin: 31 grudnia 2026");
  await expect(assigned.getByRole("link", { name: "Czym jest profil zaufany" }).or(assigned.locator("li").first())).toBeVisible();

  // Danuta has not learnt for 16 days (demo data) and now has assigned work: the club home says so.
  const groupUrl = page.url();
  await page.goto("/klub");
  const help = page.locator("section[aria-labelledby=pomoc] > ul > li").filter({ hasText: "Danuta Król" });
  await expect(help).toContainText("Od 16 dni bez nauki, a ma do zrobienia");
  await expectNoAxeViolations(page);
  await page.goto(groupUrl);

  // Removed from the group, the path is no longer hers.
  await page.locator("li").filter({ hasText: "Danuta Król" }).getByRole("button", { name: /Usuń z grupy/ }).click();
  await expect(page.getByText("Osoba nie jest już w tej grupie")).toBeVisible();
  await learner.reload();
  await expect(learner.locator("body")).not.toContainText(name);
  await expect(learner.locator("section[aria-labelledby=zadane] li").filter({ hasText: "Urząd w telefonie" })).toHaveCount(0);
  await learner.context().close();
});

test("an educator assigns a path to one learner from the learner's page", async ({ page, browser, baseURL }) => {
  await signInStaff(page, "edukatorka@demo.klubcyfrowy.pl");
  await page.goto("/klub/uczestnicy");
  await page.getByRole("link", { name: "Stanisław Wójcik" }).click();
  await page.getByLabel("Ścieżka nauki").selectOption({ label: "Rodzina na wideo (4 lekcje)" });
  await page.getByRole("button", { name: "Zadaj ścieżkę" }).click();
  await expect(page.getByText("Uczestnik zobaczy ją na swojej stronie głównej")).toBeVisible();
  await expect(page.locator("#zadane ~ ul")).toContainText("Rodzina na wideo");

  const learner = await (await browser.newContext({ baseURL })).newPage();
  await signInLearner(learner, "stanislaw.wojcik");
  await expect(learner.locator("section[aria-labelledby=zadane]")).toContainText("Zadane przez: Ewa Zielińska");
  await learner.context().close();

  await page.getByRole("button", { name: /Wycofaj.*Rodzina na wideo/ }).click();
  await expect(page.getByText("Ścieżka nie jest już zadana.")).toBeVisible();
});

test("the add-to-group checklist filters by name: as she types with JavaScript, by a plain search form without; „Nazwa grupy” is said once", async ({ page, browser, baseURL }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/grupy");
  const name = `Filtr ${Date.now() % 100000}`;
  await page.getByLabel("Nazwa grupy").fill(name);
  await page.getByRole("button", { name: "Załóż grupę" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Nazwa grupy", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Zmień nazwę grupy" })).toBeVisible();

  const checklist = page.getByRole("group", { name: /Zaznacz osoby z klubu/ });
  const everyone = await checklist.getByRole("checkbox").count();
  expect(everyone).toBeGreaterThan(2);
  await page.getByLabel("Szukaj po imieniu, nazwisku albo nazwie użytkownika").fill("krol");
  await expect(checklist.getByRole("checkbox")).toHaveCount(1);
  await expect(checklist.getByLabel(/Danuta Król/)).toBeVisible();
  await expect(page.getByRole("search").getByRole("status")).toHaveText(`Pasuje: 1 z ${everyone}.`);
  await checklist.getByLabel(/Danuta Król/).check();
  await page.getByRole("button", { name: "Dodaj zaznaczone osoby" }).click();
  await expect(page.getByText("Dodano do grupy: 1 osobę.")).toBeVisible();
  await expectNoAxeViolations(page);

  const groupPath = new URL(page.url()).pathname;
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await signInStaff(plain, "edukator@demo.klubcyfrowy.pl");
  await plain.goto(groupPath);
  await plain.getByLabel("Szukaj po imieniu, nazwisku albo nazwie użytkownika").fill("grabowski");
  await plain.getByRole("button", { name: "Szukaj" }).click();
  await expect(plain).toHaveURL(/[?&]szukaj=grabowski/);
  const found = plain.getByRole("group", { name: /pasuje do „grabowski”: 1 z/ });
  await expect(found.getByRole("checkbox")).toHaveCount(1);
  await expect(found.getByLabel(/Ryszard Grabowski/)).toBeVisible();
  await plain.getByLabel("Szukaj po imieniu, nazwisku albo nazwie użytkownika").fill("nikt-taki");
  await plain.getByRole("button", { name: "Szukaj" }).click();
  await expect(plain.getByText("Nikt spoza grupy nie pasuje do „nikt-taki”.")).toBeVisible();
  await noScript.close();
});
