import { expect, test, type Page } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";
import { readPdf } from "./pdf";

// One club's certificates through the whole journey. Serial: later tests revoke what earlier ones issued.
test.describe.configure({ mode: "serial" });

const manager = "kierownik@demo.klubcyfrowy.pl";
const thursdayGroup = "Czwartki 16:00 — urząd w telefonie";

async function printForm(page: Page) {
  // The bulk form; each row has its own print form as well.
  const form = page.locator("form[action='/klub/certyfikaty/druk']", { has: page.getByRole("button", { name: "Drukuj wybrane jako jeden PDF" }) });
  const fields = await form.locator("input[type=hidden]").evaluateAll((inputs) =>
    Object.fromEntries((inputs as HTMLInputElement[]).map((input) => [input.name, input.value])),
  );
  return fields as Record<string, string>;
}

test("a manager prints a group's certificates as one PDF; each verifies by its QR code on a phone", async ({ page, baseURL, browser }) => {
  await signInStaff(page, manager);
  await page.goto("/klub");
  await page.getByRole("link", { name: "Certyfikaty" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Certyfikaty" })).toBeVisible();
  await page.getByLabel("Grupa").selectOption({ label: thursdayGroup });
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/grupa=/);
  const rows = page.locator("table tbody tr");
  const count = await rows.count();
  expect(count).toBeGreaterThan(2);
  await expect(rows.filter({ hasText: "Gotowy do wydania" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // With JavaScript: the certificates are issued in batches while the page says how far it got.
  const listUrl = page.url();
  const batches: { ready: number; total: number; remaining: number }[] = [];
  await page.route("**/klub/certyfikaty/wydaj", async (route) => {
    const response = await route.fetch();
    batches.push(await response.json());
    await route.fulfill({ response });
  });
  const pdfOpened = page.waitForResponse((response) => response.url().endsWith("/klub/certyfikaty/druk"));
  // One per person is the default; this group's whole list, overlapping ones too, is a choice.
  await expect(page.getByLabel(/Jeden certyfikat na osobę/)).toBeChecked();
  await page.getByLabel(`Wszystkie certyfikaty z listy (${count})`, { exact: false }).check();
  await page.getByRole("button", { name: "Drukuj wybrane jako jeden PDF" }).click();
  expect((await pdfOpened).headers()["content-type"]).toBe("application/pdf");
  await expect.poll(() => batches.at(-1)).toEqual({ ready: count, total: count, remaining: 0 });
  // Ten per batch: the page could report progress between them.
  expect(batches.length).toBe(Math.ceil(count / 10));
  expect(batches[0]).toMatchObject({ ready: Math.min(10, count), total: count });

  await page.waitForURL(/\/klub\/certyfikaty\/druk$/);
  await page.goto(listUrl);
  await expect(rows.filter({ hasText: "Gotowy do wydania" })).toHaveCount(0);
  const form = { ...(await printForm(page)), zakres: "wszystkie" };
  const first = await page.request.post("/klub/certyfikaty/druk", { form, headers: { origin: baseURL! } });
  expect(first.headers()["content-type"]).toBe("application/pdf");
  const pdf = readPdf(await first.body());
  expect(pdf.pages).toBe(count);
  expect(pdf.encrypted).toBe(false);
  expect(pdf.text).toContain("Barbara Michalska");
  expect(pdf.text).toContain("Władysław Wieczorek");

  // Printing again gives the same certificates: same numbers and codes.
  const again = readPdf(await (await page.request.post("/klub/certyfikaty/druk", { form, headers: { origin: baseURL! } })).body());
  const numbersAndCodes = (text: string) => text.match(/\d{4}\/\d{4}|[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/g);
  expect(numbersAndCodes(again.text)).toEqual(numbersAndCodes(pdf.text));

  // Every page's QR code opens that certificate's public page, on a phone that is signed in nowhere.
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 800 } });
  const phonePage = await phone.newPage();
  for (let pageNumber = 1; pageNumber <= Math.min(count, 3); pageNumber += 1) {
    const url = pdf.qr(pageNumber);
    expect(url).toMatch(/\/certyfikat\/[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    const code = url!.split("/").pop()!;
    expect(pdf.pageText(pageNumber)).toContain(code);
    await phonePage.goto(url!);
    await expect(phonePage.getByText("certyfikat jest prawdziwy i ważny")).toBeVisible();
    const name = pdf.pageText(pageNumber).split("\n").find((line) => /Michalska|Wieczorek|Król|Pawłowski|Grabowski|Jabłońska/.test(line));
    if (name) await expect(phonePage.locator("dl")).toContainText(name.trim());
  }
  await expectNoAxeViolations(phonePage);
  await phone.close();
});

test("without JavaScript the print form sends the PDF straight away", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInStaff(page, manager);
  // The Thursday group only: the learner test below needs a certificate nobody has printed yet.
  await page.goto("/klub/certyfikaty");
  await page.getByLabel("Grupa").selectOption({ label: thursdayGroup });
  await page.getByLabel("Za co").selectOption({ value: "MODULE:internet-i-bezpieczenstwo" });
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/grupa=.+&temat=MODULE/);
  const response = page.waitForResponse((candidate) => candidate.url().endsWith("/klub/certyfikaty/druk"));
  await page.getByRole("button", { name: "Drukuj wybrane jako jeden PDF" }).click();
  expect((await response).status()).toBe(200);
  expect((await response).headers()["content-type"]).toBe("application/pdf");
  await context.close();
});

test("a manager revokes a certificate with a reason, the public page says so, and a new one replaces it", async ({ page }) => {
  await signInStaff(page, manager);
  await page.goto(`/klub/certyfikaty?temat=${encodeURIComponent("MODULE:internet-i-bezpieczenstwo")}`);
  const row = page.locator("table tbody tr").filter({ hasText: "Barbara Michalska" });
  await expect(row).toContainText("Wydany");
  await row.getByRole("link", { name: /Szczegóły/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Certyfikat nr/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const code = (await page.locator("dd .font-mono").innerText()).trim();

  await page.getByRole("button", { name: "Unieważnij certyfikat" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Napisz krótko, dlaczego unieważniasz certyfikat");
  await page.getByLabel("Powód unieważnienia").fill("Błąd w nazwisku — wydamy nowy");
  await page.getByRole("button", { name: "Unieważnij certyfikat" }).click();
  await expect(page.getByText("unieważniono")).toBeVisible();
  await expect(page.locator("dl")).toContainText("Błąd w nazwisku");

  await page.goto(`/certyfikat/${code}`);
  await expect(page.getByText("certyfikat został unieważniony")).toBeVisible();
  await expect(page.locator("dl")).toContainText("Barbara Michalska");
  await expectNoAxeViolations(page);

  await page.goBack();
  await page.getByRole("button", { name: "Wydaj nowy certyfikat" }).click();
  await expect(page.getByText("wydano nowy certyfikat")).toBeVisible();
  const newCode = (await page.locator("dd .font-mono").innerText()).trim();
  expect(newCode).not.toBe(code);
  await page.goto(`/certyfikat/${newCode}`);
  await expect(page.getByText("certyfikat jest prawdziwy i ważny")).toBeVisible();
  await page.goto(`/certyfikat/${code}`);
  await expect(page.getByText("certyfikat został unieważniony")).toBeVisible();
});

test("the verification page: a typed code, an unknown code and a malformed one, each with a plain message", async ({ page }) => {
  await page.goto("/certyfikat");
  await page.getByLabel("Kod weryfikacyjny z certyfikatu").fill("2345 6789 abcd efgh");
  await page.getByRole("button", { name: "Sprawdź certyfikat" }).click();
  await expect(page).toHaveURL(/\/certyfikat\/2345-6789-ABCD-EFGH$/);
  await expect(page.getByText("Nie znaleziono certyfikatu o tym kodzie")).toBeVisible();
  await expectNoAxeViolations(page);

  const malformed = await page.goto("/certyfikat/ABC0-%3Cscript%3E");
  expect(malformed?.status()).toBe(200);
  await expect(page.locator("main").getByRole("alert")).toContainText("Nie ma w nim zera, litery O, jedynki ani litery I");
  await page.goto("/certyfikat/2345-6789");
  await expect(page.locator("main").getByRole("alert")).toContainText("Kod ma 16 znaków");
  await expectNoAxeViolations(page);
});

test("a learner sees the certificate is ready, downloads it, and chooses initials for the public page", async ({ page, baseURL }) => {
  // Józef (Tuesday group) has finished exactly one module, which nobody has printed yet.
  await signInLearner(page, "jozef.lewandowski");
  await expect(page.getByText("Twój certyfikat jest gotowy")).toBeVisible();
  await page.getByRole("link", { name: "Moje certyfikaty" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moje certyfikaty" })).toBeVisible();
  await expectNoAxeViolations(page);

  const subject = "MODULE:internet-i-bezpieczenstwo";
  await expect(page.locator(`[data-certificate="${subject}"]`)).toContainText("Twój certyfikat jest gotowy");
  const response = await page.request.post("/moje-certyfikaty/pobierz", { form: { temat: subject }, headers: { origin: baseURL! } });
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = readPdf(await response.body());
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain("Józef Lewandowski");
  expect(pdf.text).toContain("Kierownik klubu");
  const url = pdf.qr(1)!;

  await page.reload();
  await page.getByText("tylko inicjały (J. L.)").click();
  await page.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByText("Strona sprawdzania pokazuje teraz tylko Twoje inicjały")).toBeVisible();
  await page.goto(url);
  await expect(page.locator("dl")).toContainText("J. L.");
  await expect(page.locator("dl")).not.toContainText("Józef");
});

test("an educator sees the club's certificates but prints only when the manager allows it", async ({ browser, baseURL }) => {
  const educator = await (await browser.newContext({ baseURL })).newPage();
  await signInStaff(educator, "edukator@demo.klubcyfrowy.pl");
  await educator.goto("/klub/certyfikaty");
  await expect(educator.getByText("Certyfikaty drukuje kierownik klubu")).toBeVisible();
  await expect(educator.getByRole("button", { name: /Drukuj wybrane/ })).toHaveCount(0);

  const managerPage = await (await browser.newContext({ baseURL })).newPage();
  await signInStaff(managerPage, manager);
  await managerPage.goto("/klub/certyfikaty");
  await managerPage.getByLabel("Edukatorzy klubu też mogą drukować certyfikaty").check();
  await managerPage.getByRole("button", { name: "Zapisz" }).click();
  await expect(managerPage.getByText("Edukatorzy mogą teraz drukować certyfikaty")).toBeVisible();

  await educator.reload();
  await expect(educator.getByRole("button", { name: /Drukuj wybrane/ })).toBeVisible();

  await managerPage.getByLabel("Edukatorzy klubu też mogą drukować certyfikaty").uncheck();
  await managerPage.getByRole("button", { name: "Zapisz" }).click();
  await expect(managerPage.getByText("Certyfikaty drukuje teraz tylko kierownik")).toBeVisible();
});
