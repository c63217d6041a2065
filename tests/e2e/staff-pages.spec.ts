import { expect, test, type Page } from "@playwright/test";
import { signInStaff, STAFF_PASSWORD } from "./auth";
import { expectNoAxeViolations } from "./axe";
import { horizontalOverflow, lowContrastText, smallTargets } from "./measure";

// Clubs, invitations and staff accounts made here stay in the e2e database for the whole run,
// so every name and e-mail carries a stamp.
const admin = "admin@demo.klubcyfrowy.pl";
const demoManager = "kierownik@demo.klubcyfrowy.pl";
const demoEducator = "edukator@demo.klubcyfrowy.pl";

async function expectSeniorFriendly(page: Page) {
  await expectNoAxeViolations(page);
  expect(await lowContrastText(page, 7)).toEqual([]);
  expect(await smallTargets(page, 44)).toEqual([]);
}

/** The one Button ignores a second click within a second (shaky hands): a person retrying is slower. */
async function pauseBeforeClickingAgain(page: Page) {
  await page.waitForTimeout(1100);
}

async function addClub(page: Page, name: string) {
  await page.getByLabel("Nazwa klubu", { exact: true }).fill(name);
  await page.getByLabel("Dom kultury", { exact: true }).check();
  await page.getByLabel("Ulica i numer", { exact: true }).fill("ul. Parkowa 2");
  await page.getByLabel("Kod pocztowy", { exact: true }).fill("05-800");
  await page.getByLabel("Miejscowość", { exact: true }).fill("Pruszków");
  await page.getByLabel("Gmina", { exact: true }).fill("Pruszków");
  await page.getByLabel("Powiat", { exact: true }).fill("pruszkowski");
  await page.getByLabel("Województwo", { exact: true }).selectOption("MAZOWIECKIE");
  await page.getByLabel("Kod TERYT gminy", { exact: true }).fill("1421011");
  await page.getByRole("button", { name: "Dodaj klub" }).click();
}

test.describe("staff pages: clubs, invitations and educators", () => {
  test("an administrator adds a club and invites its manager, who accepts and sees the educators page", async ({ page, browser, baseURL }) => {
    const stamp = Date.now();
    const clubName = `Klub Rozwoju Cyfrowego w Domu Kultury ${stamp}`;
    const managerEmail = `kierownik.${stamp}@example.pl`;
    const managerName = `Joanna Testowa ${stamp}`;
    const managerPassword = `Wtorki w bibliotece są najlepsze ${stamp}`;

    await signInStaff(page, admin);
    await page.goto("/admin/kluby");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kluby");

    // A form sent half-filled keeps what was typed and says what to fix.
    await page.getByLabel("Nazwa klubu", { exact: true }).fill(clubName);
    await page.getByRole("button", { name: "Dodaj klub" }).click();
    await expect(page.getByRole("heading", { name: /Popraw, proszę/ })).toBeFocused();
    await expect(page.getByRole("link", { name: "Wybierz rodzaj miejsca." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Wybierz województwo." })).toBeVisible();
    await expect(page.getByRole("link", { name: /Kod TERYT gminy ma 7 cyfr/ })).toBeVisible();
    await expect(page.getByLabel("Nazwa klubu", { exact: true })).toHaveValue(clubName);
    await expect(page.getByLabel("Kod pocztowy", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await pauseBeforeClickingAgain(page);
    await addClub(page, clubName);
    await expect(page.getByText(`Gotowe: dodano klub „${clubName}”`)).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(clubName) });
    await expect(row).toContainText("Dom kultury");
    await expect(row).toContainText("mazowieckie");
    await expect(row).toContainText("pruszkowski");
    await expectSeniorFriendly(page);

    const club = page.getByRole("region", { name: clubName, exact: true });
    await expect(club).toContainText("Ten klub nie ma jeszcze kierownika.");
    await club.getByLabel(/Adres e-mail kierownika/).fill("kierownik-bez-malpy");
    await club.getByRole("button", { name: /Zaproś kierownika klubu/ }).click();
    await expect(club.getByRole("link", { name: /Wpisz adres e-mail/ })).toBeVisible();
    await club.getByLabel(/Adres e-mail kierownika/).fill(managerEmail);
    await pauseBeforeClickingAgain(page);
    await club.getByRole("button", { name: /Zaproś kierownika klubu/ }).click();
    await expect(club.getByText("Gotowe: utworzono zaproszenie")).toBeVisible();
    await expect(club).toContainText(`${managerEmail}`);
    await expect(club).toContainText("przez 7 dni");
    await expect(club).toContainText("tylko jeden raz");
    const linkField = club.getByLabel("Link do zaproszenia");
    await expect(linkField).toHaveAttribute("readonly", "");
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/zaproszenie\/[A-Za-z0-9_-]{20,}$/);
    await expectSeniorFriendly(page);

    // The invited manager: a browser of their own, nobody signed in.
    const context = await browser.newContext({ baseURL, locale: "pl-PL" });
    const invitee = await context.newPage();
    const invitationPath = new URL(link).pathname;
    const response = await invitee.goto(invitationPath);
    expect(response?.status()).toBe(200);
    await expect(invitee.getByRole("main")).toContainText(clubName);
    await expect(invitee.getByRole("main")).toContainText("kierownika klubu");
    await expect(invitee.getByLabel("Adres e-mail (do logowania)")).toHaveValue(managerEmail);
    await expectSeniorFriendly(invitee);

    await invitee.getByLabel("Imię i nazwisko", { exact: true }).fill(managerName);
    await invitee.getByLabel("Hasło", { exact: true }).fill("qwerty123456");
    await invitee.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(invitee.getByRole("link", { name: /na liście często używanych haseł/ })).toBeVisible();
    await expect(invitee.getByLabel("Imię i nazwisko", { exact: true })).toHaveValue(managerName);
    await expect(invitee.getByLabel("Hasło", { exact: true })).toHaveValue("");
    await expectNoAxeViolations(invitee);

    await invitee.getByLabel("Hasło", { exact: true }).fill(managerPassword);
    await pauseBeforeClickingAgain(invitee);
    await invitee.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(invitee.getByText("Gotowe: przyjęto zaproszenie")).toBeVisible();
    await expect(invitee.getByRole("main")).toContainText(managerEmail);
    await expectSeniorFriendly(invitee);

    // The link works once.
    await invitee.goto(invitationPath);
    await expect(invitee.getByRole("main")).toContainText("To zaproszenie jest nieaktualne");
    await expect(invitee.getByRole("main")).not.toContainText(clubName);

    await invitee.goto(invitationPath);
    await invitee.getByRole("link", { name: "Przejdź do logowania" }).click();
    await expect(invitee).toHaveURL(/\/logowanie\?rodzaj=pracownik/);
    await signInStaff(invitee, managerEmail, managerPassword);
    await invitee.goto("/klub/edukatorzy");
    await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Edukatorzy");
    await expect(invitee.getByRole("main")).toContainText(clubName);
    const me = invitee.getByRole("row", { name: new RegExp(managerName) });
    await expect(me).toContainText(managerEmail);
    await expect(me).toContainText("kierownik klubu");
    await expect(invitee.getByText("Nie ma zaproszeń, które czekają na przyjęcie.")).toBeVisible();
    await expectSeniorFriendly(invitee);

    // The new manager invites an educator; the invitation waits in the list.
    const educatorEmail = `edukator.${stamp}@example.pl`;
    await invitee.getByLabel("Adres e-mail edukatora", { exact: true }).fill(educatorEmail);
    await invitee.getByRole("button", { name: "Zaproś edukatora" }).click();
    await expect(invitee.getByText("Gotowe: utworzono zaproszenie")).toBeVisible();
    expect(await invitee.getByLabel("Link do zaproszenia").inputValue()).toMatch(/\/zaproszenie\//);
    await expect(invitee.getByRole("row", { name: new RegExp(educatorEmail.replace(/\./g, "\\.")) })).toContainText("edukator");
    await expectSeniorFriendly(invitee);
    await invitee.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(invitee)).toBeLessThanOrEqual(0);

    // Somebody with an account already confirms with their password instead of making one.
    await page.goto("/admin/kluby");
    await club.getByLabel(/Adres e-mail kierownika/).fill(managerEmail);
    await club.getByRole("button", { name: /Zaproś kierownika klubu/ }).click();
    const again = new URL(await club.getByLabel("Link do zaproszenia").inputValue()).pathname;
    await invitee.goto(again);
    await expect(invitee.getByLabel("Imię i nazwisko")).toHaveCount(0);
    await invitee.getByLabel("Twoje obecne hasło").fill("to nie jest moje hasło");
    await invitee.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(invitee.getByRole("link", { name: "Hasło się nie zgadza." })).toBeVisible();
    await expectNoAxeViolations(invitee);
    await invitee.getByLabel("Twoje obecne hasło").fill(managerPassword);
    await pauseBeforeClickingAgain(invitee);
    await invitee.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(invitee.getByText("Gotowe: przyjęto zaproszenie")).toBeVisible();
    await context.close();

    // Back on the administrator's list: the club now counts one manager.
    await page.goto("/admin/kluby");
    const counted = page.getByRole("row", { name: new RegExp(clubName) }).getByRole("cell");
    await expect(counted.nth(6)).toHaveText("1");
  });

  test("adding a club, inviting and accepting work without JavaScript", async ({ browser, baseURL }) => {
    const stamp = Date.now();
    const clubName = `Klub Rozwoju Cyfrowego bez skryptów ${stamp}`;
    const managerEmail = `bez.js.${stamp}@example.pl`;
    const context = await browser.newContext({ baseURL, locale: "pl-PL", javaScriptEnabled: false });
    const page = await context.newPage();
    // Signs in through the plain form; the callback goes straight to the list (an admin has no /klub).
    await page.goto(`/logowanie?rodzaj=pracownik&callbackUrl=${encodeURIComponent("/admin/kluby")}`);
    await page.locator("#email").fill(admin);
    await page.locator("#password").fill(STAFF_PASSWORD);
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kluby");
    await addClub(page, clubName);
    await expect(page.getByText(`Gotowe: dodano klub „${clubName}”`)).toBeVisible();

    const club = page.getByRole("region", { name: clubName, exact: true });
    await club.getByLabel(/Adres e-mail kierownika/).fill(managerEmail);
    await club.getByRole("button", { name: /Zaproś kierownika klubu/ }).click();
    await expect(page.getByText("Gotowe: utworzono zaproszenie")).toBeVisible();
    const link = await page.getByLabel("Link do zaproszenia").inputValue();

    const invitee = await browser.newContext({ baseURL, locale: "pl-PL", javaScriptEnabled: false });
    const acceptPage = await invitee.newPage();
    await acceptPage.goto(new URL(link).pathname);
    await acceptPage.getByLabel("Imię i nazwisko", { exact: true }).fill(`Piotr Bezskryptowy ${stamp}`);
    await acceptPage.getByLabel("Hasło", { exact: true }).fill("krótkie");
    await acceptPage.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(acceptPage.getByRole("link", { name: /co najmniej 12 znaków/ })).toBeVisible();
    await expect(acceptPage.getByLabel("Imię i nazwisko", { exact: true })).toHaveValue(`Piotr Bezskryptowy ${stamp}`);
    await acceptPage.getByLabel("Hasło", { exact: true }).fill(`Czwartki w klubie bez skryptów ${stamp}`);
    await acceptPage.getByRole("button", { name: "Przyjmij zaproszenie" }).click();
    await expect(acceptPage.getByText("Gotowe: przyjęto zaproszenie")).toBeVisible();
    await expect(acceptPage.getByRole("link", { name: "Przejdź do logowania" })).toHaveAttribute("href", "/logowanie?rodzaj=pracownik");
    await invitee.close();
    await context.close();
  });

  test("the demo educator, who is not a manager, gets 404 on the educators page; the demo manager sees it", async ({ page, browser, baseURL }) => {
    await signInStaff(page, demoEducator);
    const denied = await page.goto("/klub/edukatorzy");
    expect(denied?.status()).toBe(404);
    await expect(page.getByRole("main")).not.toContainText(demoManager);
    expect((await page.goto("/admin/kluby"))?.status()).toBe(404);

    const context = await browser.newContext({ baseURL, locale: "pl-PL" });
    const manager = await context.newPage();
    await signInStaff(manager, demoManager);
    expect((await manager.goto("/klub/edukatorzy"))?.status()).toBe(200);
    await expect(manager.getByRole("row", { name: /Marek Nowak/ })).toContainText("edukator");
    await expectNoAxeViolations(manager);
    expect((await manager.goto("/admin/kluby"))?.status()).toBe(404);
    await context.close();
  });

  test("the administrator's list shows figures only, never a learner's name", async ({ page }) => {
    await signInStaff(page, admin);
    await page.goto("/admin/kluby");
    const demoClub = page.getByRole("row", { name: /Gminnej Bibliotece Publicznej w Lipowej/ });
    await expect(demoClub).toContainText("Biblioteka publiczna");
    await expect(demoClub).toContainText("śląskie");
    await expect(demoClub).toContainText("LIPOWA-2026");
    await expect(page.getByRole("main")).not.toContainText("Zofia Kowalska");
    await expect(page.getByRole("main")).not.toContainText("zofia.kowalska");
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText([
      "Klub",
      "Rodzaj",
      "Gmina",
      "Powiat",
      "Województwo",
      "Uczestnicy",
      "Edukatorzy",
      "Kierownicy",
      "Kod dołączenia",
    ]);
    await expectSeniorFriendly(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("a signed-out visitor is sent to sign in from the staff pages", async ({ page }) => {
    await page.goto("/admin/kluby");
    await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fadmin%2Fkluby/);
    await page.goto("/klub/edukatorzy");
    await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fklub%2Fedukatorzy/);
  });

  test("an unknown invitation link says only that it is not valid", async ({ page }) => {
    const response = await page.goto("/zaproszenie/to-nie-jest-prawdziwy-link");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zaproszenie do klubu");
    await expect(page.getByRole("main")).toContainText("To zaproszenie jest nieaktualne");
    await expect(page.getByRole("button", { name: "Przyjmij zaproszenie" })).toHaveCount(0);
    await expectSeniorFriendly(page);
  });
});
