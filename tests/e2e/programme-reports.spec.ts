import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signInStaff } from "./auth";
import { recoverable } from "../helpers/recover";

// The question, asked in the browser on the demo data: how many people in the Podlaskie
// clubs finished a lesson with help last quarter, and which clubs were idle?
const coordinator = "koordynator@demo.klubcyfrowy.pl";
const admin = "admin@demo.klubcyfrowy.pl";
const helpedHeader = "Osoby, które ukończyły lekcję z pomocą";

/** The table's cell texts: the header row, then each body row (its first cell the row's name). */
async function tableTexts(page: Page, caption: RegExp) {
  // The area's table comes first; the month-by-month one shares the area's name in its caption.
  const table = page.getByRole("table", { name: caption }).first();
  const headers = await table.locator("thead th").allInnerTexts();
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((cell) => (cell as HTMLElement).innerText.trim())));
  return { headers, rows };
}

async function chooseLastQuarter(page: Page) {
  await page.getByLabel("Okres", { exact: true }).selectOption("poprzedni-kwartal");
  await page.getByRole("button", { name: "Pokaż raport" }).click();
  await expect(page).toHaveURL(/okres=poprzedni-kwartal/);
}

async function answer(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raport: województwo podlaskie");
  const { headers, rows } = await tableTexts(page, /województwo podlaskie/);
  const total = rows.find((row) => row[0] === "Razem")!;
  expect(total[headers.indexOf(helpedHeader)]).toBe("6");
  const idle = page.getByRole("table", { name: /Kluby bez aktywności od 30 dni/ });
  await expect(idle.getByRole("rowheader")).toHaveText(["Klub Rozwoju Cyfrowego w Domu Kultury w Michałowie"]);
  await expect(idle.getByRole("cell", { name: "85 718 90 02" })).toBeVisible();
}

test("a coordinator of Podlaskie answers it from their own area, and sees nothing above it or about anyone", async ({ page, request }) => {
  await signInStaff(page, coordinator);
  await page.goto("/raporty");
  await chooseLastQuarter(page);
  await answer(page);
  await expectNoAxeViolations(page);
  await expect(page.getByText(/Aktywny uczestnik: /)).toBeVisible();

  // Down to the club: figures only, and no learner's name anywhere on the way.
  await page.getByRole("link", { name: "powiat białostocki" }).click();
  await page.getByRole("link", { name: "gmina Supraśl" }).click();
  await page.getByRole("link", { name: "Klub Rozwoju Cyfrowego w Bibliotece w Supraślu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raport: Klub Rozwoju Cyfrowego w Bibliotece w Supraślu");
  await expect(page.locator("main")).not.toContainText("Uczestnik 1");

  // Above their area, beside it, and the club's own pages: not found.
  for (const path of ["/raporty?obszar=", "/raporty?obszar=14", "/raporty/csv?obszar=14&okres=rok&tabela=obszar", "/klub/uczestnicy", "/admin/kluby"]) {
    const response = await page.goto(path);
    expect([path, response?.status()]).toEqual([path, 404]);
  }
  expect((await request.get("/raporty?obszar=20")).url()).toContain("/logowanie");
});

test("an administrator answers it from the country down, and the CSV says the same as the screen", async ({ page }) => {
  await signInStaff(page, admin);
  await page.goto("/raporty");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raport: Cała Polska");
  await chooseLastQuarter(page);
  await page.getByRole("link", { name: "województwo podlaskie" }).click();
  await answer(page);

  const screen = await tableTexts(page, /województwo podlaskie/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Pobierz tę tabelę jako plik CSV (Excel, LibreOffice)" }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
  expect(lines).toEqual([screen.headers, ...screen.rows]);

  // An attacker with the page (or the file) tries to subtract each column's rows from „Razem”.
  await page.getByRole("link", { name: "Cała Polska" }).click();
  // Read the country's table only once its page is here, not the voivodeship's still on screen.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raport: Cała Polska");
  const country = await tableTexts(page, /Cała Polska/);
  expect(country.rows.length).toBeGreaterThan(1);
  for (let column = 1; column < country.headers.length; column++) {
    const children = country.rows.filter((row) => row[0] !== "Razem").map((row) => row[column]!);
    expect(recoverable(country.rows.at(-1)![column]!, children)).toEqual([]);
  }
  expect(country.rows.flat()).toContain("mniej niż 5");

  const pdf = await page.request.get(new URL(await page.getByRole("link", { name: /podsumowanie na jedną stronę A4/ }).getAttribute("href") ?? "", page.url()).toString());
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a period that does not exist gets a polite message, and the report of this month meanwhile", async ({ page }) => {
  await signInStaff(page, admin);
  await page.goto("/raporty?okres=wlasny&od=2026-13&do=");
  await expect(page.getByRole("heading", { name: /Popraw, proszę/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wybierz miesiąc w postaci rok-miesiąc, na przykład 2026-09." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wybierz ostatni miesiąc okresu." })).toBeVisible();
  await expect(page.getByLabel("Pierwszy miesiąc")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
