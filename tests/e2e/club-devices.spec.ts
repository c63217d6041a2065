import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

// A club computer used in turn. The browser tests' server ends club-device sessions after
// CLUB_DEVICE_IDLE_SECONDS (playwright.config.ts), so inactivity is tested without waiting 15 minutes.
const IDLE_SECONDS = Number(process.env.E2E_CLUB_DEVICE_IDLE_SECONDS ?? 45);
const lesson = "/lekcje/internet-i-bezpieczenstwo/przegladarka-i-wyszukiwanie";

/** A fresh browser, marked as a club device by the club's manager, who then signs out. */
async function clubComputer(browser: Browser, baseURL: string, name: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInStaff(page, "kierownik@demo.klubcyfrowy.pl");
  await page.goto("/klub");
  await page.getByRole("link", { name: "Urządzenia klubu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Urządzenia klubu" })).toBeVisible();
  await page.getByRole("button", { name: "Oznacz jako komputer klubu" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Nazwij ten komputer");
  await page.getByLabel("Nazwa tego komputera").fill(name);
  await page.getByRole("button", { name: "Oznacz jako komputer klubu" }).click();
  await expect(page.getByText("Ta przeglądarka jest teraz komputerem klubu")).toBeVisible();
  await expect(page.locator("table")).toContainText(`${name} (ta przeglądarka)`);
  await signOut(page);
  return page;
}

async function signOut(page: Page) {
  await page.getByRole("link", { name: /Wyloguj się|Zakończ i wyloguj/ }).click();
  await page.locator("main").getByRole("button", { name: /Wyloguj się|Zakończ i wyloguj/ }).click();
  await expect(page.getByRole("link", { name: "Zaloguj się" }).first()).toBeVisible();
}

test("learners take turns on a club computer: after sign-out nothing of the first is left, not even behind the back button", async ({ browser, baseURL }) => {
  const page = await clubComputer(browser, baseURL!, `Komputer przy oknie ${Date.now() % 10000}`);
  await page.goto("/logowanie");
  await expect(page.getByText("to komputer klubu")).toBeVisible();
  await expectNoAxeViolations(page);

  await signInLearner(page, "zofia.kowalska");
  await expect(page.getByRole("heading", { name: "Dzień dobry, Zofia!" })).toBeVisible();
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.expires).toBe(-1); // a browser-session cookie: closing the browser signs out
  const response = await page.goto("/moje-postepy");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await page.goto(`${lesson}/1`);
  await page.getByRole("button", { name: /Dalej/ }).click();
  await expect(page).toHaveURL(new RegExp(`${lesson}/2$`));

  await page.getByRole("link", { name: /Zakończ i wyloguj/ }).click();
  await expectNoAxeViolations(page);
  await page.locator("main").getByRole("button", { name: "Zakończ i wyloguj" }).click();
  await expect(page).toHaveURL(/\/\?koniec=wylogowano$/);
  await expect(page.getByText("Komputer jest gotowy dla następnej osoby")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.locator("body")).not.toContainText("Zofia");

  // Back and reload show nothing of hers: signed-in pages are never stored, so they are asked for again.
  for (let i = 0; i < 3; i += 1) {
    await page.goBack();
    await page.waitForLoadState();
    await expect(page.locator("body")).not.toContainText("Zofia");
    await expect(page.locator("body")).not.toContainText("Kowalska");
  }
  await page.reload();
  await expect(page.locator("body")).not.toContainText("Zofia");

  await page.goto("/logowanie");
  await expect(page.getByLabel("Nazwa użytkownika")).toHaveValue("");
  await signInLearner(page, "stanislaw.wojcik");
  await expect(page.getByRole("heading", { name: "Dzień dobry, Stanisław!" })).toBeVisible();
  await page.goto("/moje-postepy");
  await expect(page.locator("body")).not.toContainText("Zofia");
  await page.context().close();
});

test("after a while without activity a warning asks 'Czy nadal tu jesteś?', then the session ends and the step is saved", async ({ browser, baseURL }) => {
  test.setTimeout(IDLE_SECONDS * 3000 + 60_000);
  const page = await clubComputer(browser, baseURL!, `Tablet ${Date.now() % 10000}`);
  await signInLearner(page, "halina.kaminska");
  await expect(page.getByRole("heading", { name: "Dzień dobry, Halina!" })).toBeVisible();
  await page.goto(`${lesson}/2`);
  await page.getByRole("button", { name: /Dalej/ }).click();
  await expect(page).toHaveURL(new RegExp(`${lesson}/3$`));

  // The warning is an alert dialog that takes focus: a screen reader announces it, Enter answers it.
  const warning = page.getByRole("alertdialog", { name: "Czy nadal tu jesteś?" });
  await expect(warning).toBeVisible({ timeout: IDLE_SECONDS * 1000 });
  await expect(warning.getByRole("button", { name: "Jestem tutaj" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${lesson}/3$`));

  // Nobody answers this time: the page signs out and shows the start page, naming nobody.
  await expect(page).toHaveURL(/\/\?koniec=czas$/, { timeout: IDLE_SECONDS * 1000 + 15_000 });
  await expect(page.getByText("wylogowaliśmy poprzednią osobę")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Halina");
  await page.goBack();
  await expect(page.locator("body")).not.toContainText("Halina");

  // Signing in again, "Kontynuuj" leads to the step she was on.
  await signInLearner(page, "halina.kaminska");
  await expect(page.locator("[data-resume]")).toHaveAttribute("data-resume", `${lesson}/3`);
  await page.context().close();
});

test("'sign out everywhere' ends an old session on another device", async ({ browser, baseURL }) => {
  const home = await (await browser.newContext({ baseURL })).newPage();
  const phone = await (await browser.newContext({ baseURL })).newPage();
  await signInLearner(phone, "teresa.jablonska");
  await expect(phone.getByRole("heading", { name: "Dzień dobry, Teresa!" })).toBeVisible();
  const oldCookies = await phone.context().cookies();
  await signInLearner(home, "teresa.jablonska");
  await home.goto("/wyloguj");
  await expectNoAxeViolations(home);
  await home.getByRole("button", { name: "Wyloguj mnie na wszystkich urządzeniach" }).click();
  await expect(home.getByText("Wylogowaliśmy Cię na wszystkich urządzeniach")).toBeVisible();

  await phone.goto("/");
  await expect(phone.getByRole("heading", { name: "Witaj w Klubie Cyfrowym" })).toBeVisible();
  const stolen = await browser.newContext({ baseURL });
  await stolen.addCookies(oldCookies);
  const again = await stolen.newPage();
  await again.goto("/moje-postepy");
  await expect(again).toHaveURL(/\/logowanie/);
  await Promise.all([home.context().close(), phone.context().close(), stolen.close()]);
});

test("staff signing in on a club device are signed out the same way, and the audit log marks it", async ({ browser, baseURL }) => {
  const page = await clubComputer(browser, baseURL!, `Komputer w czytelni ${Date.now() % 10000}`);
  await signInStaff(page, "edukatorka@demo.klubcyfrowy.pl");
  await expect(page.getByRole("link", { name: /Zakończ i wyloguj/ })).toBeVisible();
  const exported = await page.request.get("/moje-dane/pobierz");
  const data = (await exported.json()) as { tables: { AuditEvent: { action: string; viaClubDevice: boolean }[]; DeviceSession: unknown[] } };
  expect(data.tables.AuditEvent.filter((event) => event.action === "auth.sign-in").at(-1)?.viaClubDevice).toBe(true);
  expect(data.tables.DeviceSession.length).toBeGreaterThan(0);
  await signOut(page);
  await expect(page).toHaveURL(/\/\?koniec=wylogowano$/);
  await page.goto("/klub");
  await expect(page).toHaveURL(/\/logowanie/);

  // The manager sees the device and can disconnect it; it is an ordinary browser again.
  await signInStaff(page, "kierownik@demo.klubcyfrowy.pl");
  await page.goto("/klub/urzadzenia");
  await expectNoAxeViolations(page);
  await page.locator("tr").filter({ hasText: "(ta przeglądarka)" }).getByRole("button", { name: /Odłącz/ }).click();
  // Disconnecting the computer you sit at signs you out there as well.
  await expect(page).toHaveURL(/\/\?koniec=odlaczono$/);
  await expect(page.getByText("Ta przeglądarka nie jest już komputerem klubu")).toBeVisible();
  await signInStaff(page, "kierownik@demo.klubcyfrowy.pl");
  await page.goto("/klub/urzadzenia");
  await expect(page.getByText("Ta przeglądarka nie jest oznaczona")).toBeVisible();
  await expect(page.getByRole("link", { name: /Wyloguj się/ })).toBeVisible();
  await page.context().close();
});
