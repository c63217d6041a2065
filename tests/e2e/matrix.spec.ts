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

test("the matrix stays readable: header row and names stay in place while scrolling, own symbols per status, words and dates unbroken", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/postepy");
  const wrap = page.locator(".kc-matrix-wrap");
  const header = page.locator(".kc-matrix thead th").nth(3);
  const firstName = page.locator(".kc-matrix tbody th[scope=row]").first();
  const before = { header: (await header.boundingBox())!, name: (await firstName.boundingBox())! };
  await wrap.evaluate((element) => element.scrollBy(600, 300));
  const after = { header: (await header.boundingBox())!, name: (await firstName.boundingBox())!, wrap: (await wrap.boundingBox())! };
  expect(Math.abs(after.header.y - after.wrap.y)).toBeLessThan(4);
  expect(Math.abs(after.name.x - before.name.x)).toBeLessThan(4);
  expect(after.header.x).toBeLessThan(before.header.x);

  // „Ukończona” and „z pomocą” are told apart by their symbol too, not only by words.
  const symbols = await page.locator(".kc-matrix td[data-status] > [aria-hidden=true]").evaluateAll((spans) =>
    Object.fromEntries(spans.map((span) => [span.parentElement!.dataset.status!, span.textContent!.trim()])),
  );
  expect(new Set(Object.values(symbols)).size).toBe(Object.keys(symbols).length);

  // No header word split across lines (except after its own hyphen), no date on two lines.
  const broken = await page.evaluate(() => {
    const problems: string[] = [];
    const lines = (node: Node, from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    };
    for (const cell of document.querySelectorAll(".kc-matrix thead th")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A line may end after a hyphen the word already has („e-/skierowanie”): that is how a
        // reader expects a word to continue. Only a split without a hyphen counts.
        for (const match of (node.textContent ?? "").matchAll(/[^\s-]+-?/g)) {
          const piece = match[0].replace(/-$/, "");
          if (piece && lines(node, match.index, match.index + piece.length) > 1) problems.push(match[0]);
        }
      }
    }
    for (const cell of document.querySelectorAll(".kc-matrix td[data-status]")) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        const date = /\d{4}-\d{2}-\d{2}/.exec(text);
        if (date && lines(node, date.index, date.index + date[0].length) > 1) problems.push(date[0]);
      }
    }
    return problems;
  });
  expect(broken).toEqual([]);
});
