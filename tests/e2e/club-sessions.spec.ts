import { expect, test, type Page } from "@playwright/test";
import { signInStaff } from "./auth";
import { expectNoAxeViolations } from "./axe";

// This spec makes its own two learners, so the demo learners other specs rely on stay as they are.
async function newLearner(page: Page, name: string) {
  await page.goto("/klub/uczestnicy/nowy");
  await page.getByLabel("Imię i nazwisko").fill(name);
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  await expect(page.locator("main").getByRole("status").filter({ hasText: "dodano" })).toContainText(name);
}

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/** The CSV's lines split into fields (these fixtures have no quoted separators). */
function csvLines(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
}

test("an educator logs a session with two learners, finds it in the log and its CSV, and marks a lesson done with help", async ({ page }) => {
  const stamp = Date.now() % 100000;
  const [genowefa, henryk] = [`Genowefa Zajęciowa ${stamp}`, `Henryk Zajęciowy ${stamp}`];
  const topics = `Zdjęcia w telefonie ${stamp}`;
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await newLearner(page, genowefa);
  await newLearner(page, henryk);

  await page.goto("/klub");
  await page.getByRole("link", { name: "Dziennik zajęć" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dziennik zajęć" })).toBeVisible();
  await page.getByRole("link", { name: "Dodaj zajęcia" }).click();
  await expect(page.getByLabel("Data zajęć")).toHaveValue(today);

  await page.getByLabel("Czas trwania w minutach").fill("10");
  await page.getByRole("button", { name: "Zapisz zajęcia" }).click();
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toContainText("co najmniej 15 minut");
  await expect(alert).toContainText("Wpisz tematy zajęć");
  await expect(alert).toContainText("Zaznacz, kto był na zajęciach");
  await expectNoAxeViolations(page);

  await page.getByLabel("Czas trwania w minutach").fill("90");
  await page.getByLabel("Tematy zajęć").fill(topics);
  await page.getByRole("group", { name: genowefa, exact: true }).getByLabel("obecność na zajęciach").check();
  const henrykBox = page.getByRole("group", { name: henryk, exact: true });
  await henrykBox.getByLabel("obecność na zajęciach").check();
  await henrykBox.getByLabel("potrzebna pomoc").check();
  await page.getByRole("button", { name: "Zapisz zajęcia" }).click();
  await expect(page.getByText("Zajęcia są zapisane w dzienniku.")).toBeVisible();
  await expect(page.locator("main dl")).toContainText(`${henryk} — z pomocą edukatora`);

  await page.goto("/klub/zajecia");
  const row = page.locator("tbody tr").filter({ hasText: topics });
  await expect(row).toHaveCount(1);
  // Each learner with the username (two of the same name stay two people), on screen and in the file.
  const named = (name: string) => `${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\([a-z0-9.]+\\)`;
  await expect(row.locator("td").nth(3)).toContainText(new RegExp(`2${named(genowefa)}, ${named(henryk)}`));
  await expect(row.locator("td").nth(4)).toHaveText(new RegExp(`^1${named(henryk)}$`));
  await expectNoAxeViolations(page);

  const month = today.slice(0, 7);
  await page.getByLabel("Miesiąc").selectOption(month);
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(new RegExp(`miesiac=${month}`));
  const csvHref = await page.getByRole("link", { name: /Pobierz tę listę jako plik CSV/ }).getAttribute("href");
  expect(csvHref).toContain(`miesiac=${month}`);
  const response = await page.request.get(csvHref!);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = csvLines(await response.text());
  expect(lines[0]).toEqual(["Data", "Czas (min)", "Tematy", "Prowadzący", "Liczba uczestników", "Uczestnicy", "Liczba potrzebujących pomocy", "Potrzebowali pomocy"]);
  const logged = lines.find((line) => line[2] === topics)!;
  expect(logged.slice(0, 5)).toEqual([today, "90", topics, "Marek Nowak", "2"]);
  expect(logged[5]).toMatch(new RegExp(`^${named(genowefa)}, ${named(henryk)}$`));
  expect(logged.slice(6, 7)).toEqual(["1"]);
  expect(logged[7]).toMatch(new RegExp(`^${named(henryk)}$`));
  // Exactly the rows on screen, in the same order.
  expect(lines.slice(1).map((line) => line[2])).toEqual(await page.locator("tbody tr td:nth-child(3)").allInnerTexts());

  // Deleting asks first, on its own page; "no" leaves the session in the log.
  await row.getByRole("link").click();
  await page.getByRole("link", { name: "Usuń te zajęcia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Usunąć zajęcia/ })).toBeVisible();
  await page.getByRole("link", { name: "Nie, zostaw je" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Zajęcia / })).toBeVisible();

  await page.goto("/klub/uczestnicy");
  await page.getByRole("link", { name: genowefa }).click();
  await expect(page.locator("#historia ~ ol")).toContainText(`Zajęcia w klubie (1 godz. 30 min): ${topics}`);
  const lesson = page.getByLabel("Lekcja zrobiona z pomocą");
  await lesson.selectOption({ index: 1 });
  const title = (await lesson.locator("option:checked").innerText()).trim();
  await page.getByRole("button", { name: "Oznacz jako zrobione z pomocą" }).click();
  await expect(page.getByText("Lekcja jest oznaczona jako ukończona z pomocą")).toBeVisible();
  await expect(page.getByText("Ukończone lekcje: samodzielnie 0, z pomocą 1.")).toBeVisible();
  await expect(page.locator("#historia ~ ol")).toContainText(`Ukończona lekcja „${title}” z pomocą`);
  await expectNoAxeViolations(page);

  await page.goto("/klub/postepy");
  const matrixRow = page.locator("tbody tr").filter({ hasText: genowefa });
  await expect(matrixRow.locator("td[data-status=done-assisted]")).toHaveCount(1);
  await expect(matrixRow.locator("td[data-status=done-assisted]")).toContainText(`Ukończona z pomocą, ${today}`);
});
