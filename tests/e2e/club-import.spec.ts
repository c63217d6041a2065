import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInStaff } from "./auth";
import { readPdf } from "./pdf";

// An administrator onboards clubs from a spreadsheet: a wrong file is refused whole with the row
// and column of each mistake, a right one creates the clubs and the managers' letters, and the
// same file again changes nothing. Clubs go to Lubuskie, which no other test counts.
const admin = "admin@demo.klubcyfrowy.pl";
const header = "identyfikator;nazwa klubu;rodzaj miejsca;ulica i numer;kod pocztowy;miejscowość;gmina;powiat;kod TERYT gminy;e-mail kierownika";

function clubFile(prefix: string, count: number, broken: Record<number, string> = {}) {
  const rows = Array.from({ length: count }, (_, i) =>
    broken[i + 2] ?? [`${prefix}-${i + 1}`, `Klub Rozwoju Cyfrowego ${prefix} nr ${i + 1}`, "Dom kultury", `ul. Kościelna ${i + 1}`, "66-530", "Drezdenko", "Drezdenko", "strzelecko-drezdenecki", "0805033", `kierownik.${prefix.toLowerCase()}.${i + 1}@example.pl`].join(";"),
  );
  return { name: `kluby-${prefix}.csv`, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n`) };
}

async function upload(page: Page, file: ReturnType<typeof clubFile>) {
  await page.getByLabel("Plik CSV z klubami").setInputFiles(file);
  await page.getByRole("button", { name: "Dodaj kluby z pliku" }).click();
}

async function acceptInvitation(browser: Browser, baseURL: string, link: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await expect(page.getByText("Klub Rozwoju Cyfrowego LUB nr 2")).toBeVisible();
  await context.close();
}

test("an administrator imports clubs with progress, gets the managers' letters, and a second import changes nothing", async ({ page, browser, baseURL }) => {
  await signInStaff(page, admin);
  await page.goto("/admin/kluby");
  await page.getByRole("link", { name: "Dodaj kluby z pliku CSV" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dodaj kluby z pliku");

  const template = await page.request.get("/admin/kluby/import/wzor");
  expect((await template.text()).startsWith("\uFEFFidentyfikator;nazwa klubu;rodzaj miejsca;")).toBe(true);

  // Row 3's code lost its leading zero in Excel and row 5 has no e-mail: nothing is written.
  await upload(page, clubFile("LUB", 6, { 3: ["LUB-2", "Klub Rozwoju Cyfrowego LUB nr 2", "Dom kultury", "ul. Kościelna 2", "66-530", "Drezdenko", "Drezdenko", "strzelecko-drezdenecki", "805033", "k@example.pl"].join(";"), 5: ["LUB-4", "Klub 4", "Dom kultury", "ul. Kościelna 4", "66-530", "Drezdenko", "Drezdenko", "strzelecko-drezdenecki", "0805033", ""].join(";") }));
  const problems = page.getByRole("alert");
  await expect(problems.getByRole("heading")).toHaveText("Nie zapisaliśmy żadnego klubu: popraw, proszę, plik");
  await expect(problems.getByRole("listitem")).toHaveText([/^Wiersz 3, kolumna „kod TERYT gminy”: .*arkusz mógł je usunąć/, /^Wiersz 5, kolumna „e-mail kierownika”: Wpisz adres e-mail/]);
  await expect(page.getByRole("heading", { name: /Nie zapisaliśmy/ })).toBeFocused();
  await expectNoAxeViolations(page);

  // The form with JavaScript reads the import's progress as it streams, then the address of the result.
  const streamed = await page.request.post("/admin/kluby/import/wyslij", { multipart: { plik: clubFile("STR", 3) }, headers: { origin: new URL(page.url()).origin } });
  const lines = (await streamed.text()).trim().split("\n").map((line) => JSON.parse(line));
  expect(lines.filter((line) => line.progress?.phase === "writing").at(-1).progress).toEqual({ phase: "writing", done: 3, total: 3 });
  expect(lines.at(-1).done).toMatch(/^\/admin\/kluby\/import\/[\w-]+$/);

  await upload(page, clubFile("LUB", 6));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wynik importu klubów");
  await expect(page.getByText("Nowe kluby: 6.")).toBeVisible();
  await expect(page.getByText("Zaproszeni kierownicy: 6.")).toBeVisible();
  await expectNoAxeViolations(page);

  const csv = await page.request.get(await page.getByRole("link", { name: /Pobierz listę linków/ }).getAttribute("href") ?? "");
  expect(csv.headers()["cache-control"]).toBe("no-store");
  const rows = (await csv.text()).slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
  expect(rows).toHaveLength(7);
  const second = rows.find((row) => row[0] === "Klub Rozwoju Cyfrowego LUB nr 2")!;
  expect(second[4]).toBe("kierownik.lub.2@example.pl");

  const pdf = await page.request.get(await page.getByRole("link", { name: /Pobierz listy do wydruku/ }).getAttribute("href") ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const letters = readPdf(await pdf.body());
  expect(letters.pages).toBe(6);
  const page2 = letters.pageText(rows.indexOf(second));
  expect(page2).toContain("kierownik.lub.2@example.pl");
  expect(letters.qr(rows.indexOf(second))).toBe(second[5]);
  await acceptInvitation(browser, baseURL!, second[5]!);

  await page.goto("/admin/kluby/import");
  await upload(page, clubFile("LUB", 6));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wynik importu klubów");
  await expect(page.getByText("Nowe kluby: 0.")).toBeVisible();
  await expect(page.getByText("Kluby bez zmian: 6.")).toBeVisible();
  await expect(page.getByText("Zaproszeni kierownicy: 0.")).toBeVisible();

  // Someone else's download links and a made-up import are not found.
  for (const path of ["/admin/kluby/import/nie-ma-takiego", "/admin/kluby/import/nie-ma-takiego/listy", "/admin/kluby/import/a%00b/linki"]) {
    expect([path, (await page.request.get(path)).status()]).toEqual([path, 404]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form refuses a wrong file and imports a right one", async ({ page }) => {
    await signInStaff(page, admin);
    await page.goto("/admin/kluby/import");
    await upload(page, clubFile("NOJS", 3, { 2: ["NOJS-1", "Klub", "kawiarnia", "ul. Polna 1", "66-530", "Drezdenko", "Drezdenko", "strzelecko-drezdenecki", "0805033", "a@example.pl"].join(";") }));
    await expect(page.getByRole("alert").getByRole("listitem")).toHaveText([/^Wiersz 2, kolumna „rodzaj miejsca”: Nie znamy rodzaju „kawiarnia”/]);
    await upload(page, clubFile("NOJS", 3));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wynik importu klubów");
    await expect(page.getByText("Nowe kluby: 3.")).toBeVisible();
  });
});

test("only an administrator may import", async ({ page }) => {
  await signInStaff(page, "kierownik@demo.klubcyfrowy.pl");
  expect((await page.goto("/admin/kluby/import"))?.status()).toBe(404);
  const response = await page.request.post("/admin/kluby/import/wyslij", { multipart: { plik: clubFile("ZLY", 1) }, headers: { origin: new URL(page.url()).origin } });
  expect(response.status()).toBe(404);
});
