import { expect, test, type Page } from "@playwright/test";
import { signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

/** The table as a person reads it: header and cells in words (the decorative icons are hidden from them). */
async function tableText(page: Page): Promise<string[][]> {
  return page.locator("table tr").evaluateAll((rows) =>
    rows.map((row) =>
      [...row.children].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("[aria-hidden=true]").forEach((hidden) => hidden.remove());
        return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
      }),
    ),
  );
}

/** A CSV as Excel reads it: BOM, ";" fields, quoted fields with doubled quotes, CRLF lines. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 1; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), (i += 1);
    else field += ch;
  }
  return rows;
}

test("the progress matrix: an accessible table, sortable, and its CSV holds exactly what the page shows", async ({ page }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub");
  await page.getByRole("link", { name: "Postępy uczestników" }).click();
  await page.getByLabel("Grupa").selectOption({ label: "Wtorki 10:00 — pierwsze kroki" });
  await page.getByLabel("Lekcje", { exact: true }).selectOption({ label: "Ścieżka: Pierwsze kroki w internecie" });
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page.locator("caption")).toContainText("4 lekcje (ścieżka „Pierwsze kroki w internecie”)");
  await expect(page.locator("caption")).toContainText("6 osób");
  await expect(page.locator("thead th[scope=col]").first()).toHaveText("Uczestnik");
  await expect(page.locator("tbody th[scope=row]")).toHaveCount(6);
  await expect(page.locator("td[data-status=done]").first()).toContainText("Ukończona, 20");
  await expectNoAxeViolations(page);

  const csvLink = page.getByRole("link", { name: /Pobierz tę tabelę jako plik CSV/ });
  const response = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  // Titles keep their non-breaking spaces in the file; the page's text is compared with spaces collapsed.
  const csv = parseCsv(await response.text()).map((row) => row.map((field) => field.replace(/\s+/g, " ").trim()));
  const shown = await tableText(page);
  expect(csv[0]).toEqual(shown[0]);
  expect(csv.slice(1)).toEqual(shown.slice(1));

  await page.getByRole("link", { name: "według postępu" }).click();
  await expect(page.getByText("według postępu (tak jest teraz)")).toBeVisible();
  const done = (await page.locator("tbody tr td:nth-child(3)").allInnerTexts()).map((cell) => Number(cell.split(" ")[0]));
  expect(done).toEqual([...done].sort((a, b) => b - a));
  const sortedCsv = parseCsv(await (await page.request.get((await csvLink.getAttribute("href"))!)).text()).map((row) => row.map((field) => field.replace(/\s+/g, " ").trim()));
  expect(sortedCsv.slice(1)).toEqual((await tableText(page)).slice(1));
});

test("the learner list's CSV has the same people and columns as the page", async ({ page }) => {
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/uczestnicy");
  const href = (await page.getByRole("link", { name: /Pobierz listę jako plik CSV/ }).getAttribute("href"))!;
  // Other browser tests add learners meanwhile: take a page and a file read with nobody added in between.
  let shown: string[][] = [];
  let csv: string[][] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.reload();
    shown = await tableText(page);
    const response = await page.request.get(href);
    expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="uczestnicy-\d{4}-\d{2}-\d{2}\.csv"/);
    csv = parseCsv(await response.text());
    if (JSON.stringify(await tableText(page)) === JSON.stringify(shown) && csv.length === shown.length) break;
  }
  expect(csv[0]).toEqual(["Imię i nazwisko", "Nazwa użytkownika", "Grupy", "Ostatnio", "Konto"]);
  expect(csv.length).toBe(shown.length);
  csv.slice(1).forEach((row, i) => {
    const onScreen = shown[i + 1]!;
    expect([row[0], row[1], row[2] || "—", row[4]]).toEqual([onScreen[0], onScreen[1], onScreen[2], onScreen[4]]);
    // Dates: "12 listopada 2026" on the page, 2026-11-12 in the file.
    if (row[3]) {
      const [year, month, day] = row[3].split("-").map(Number);
      expect(onScreen[3]).toBe(new Intl.DateTimeFormat("pl-PL", { day: "numeric", month: "long", year: "numeric" }).format(new Date(year!, month! - 1, day!)));
    } else expect(onScreen[3]).toBe("jeszcze nie");
  });
});
