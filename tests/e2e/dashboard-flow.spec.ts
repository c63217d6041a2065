import { expect, test } from "@playwright/test";
import { signInLearner, signInStaff } from "./auth";
import { contentLesson } from "./content";

const firstLesson = "internet-i-bezpieczenstwo/przegladarka-i-wyszukiwanie";

test("an educator makes a group and assigns a path, the learner finishes a lesson, and the matrix shows it", async ({ page, browser, baseURL }) => {
  const stamp = Date.now() % 100000;
  const [learnerName, groupName] = [`Leokadia Macierzowa ${stamp}`, `Środy 9:00 ${stamp}`];

  // A learner of its own, so no other test's demo learner changes under it.
  await signInStaff(page, "edukator@demo.klubcyfrowy.pl");
  await page.goto("/klub/uczestnicy/nowy");
  await page.getByLabel("Imię i nazwisko").fill(learnerName);
  await page.getByRole("button", { name: "Dodaj uczestnika" }).click();
  const added = page.locator("main").getByRole("status").filter({ hasText: "dodano" });
  const pin = (await added.locator("strong.font-mono").innerText()).trim();
  const username = (await added.locator("p strong").first().innerText()).trim();

  await page.goto("/klub/grupy");
  await page.getByLabel("Nazwa grupy").fill(groupName);
  await page.getByRole("button", { name: "Załóż grupę" }).click();
  await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await page.getByLabel(new RegExp(learnerName)).check();
  await page.getByRole("button", { name: "Dodaj zaznaczone osoby" }).click();
  await expect(page.getByText("Dodano do grupy: 1 osobę.")).toBeVisible();
  await page.getByLabel("Ścieżka nauki").selectOption({ label: "Pierwsze kroki w internecie (4 lekcje)" });
  await page.getByRole("button", { name: "Zadaj ścieżkę" }).click();
  await expect(page.getByText("Ścieżka jest zadana")).toBeVisible();

  const learner = await (await browser.newContext({ baseURL })).newPage();
  await signInLearner(learner, username, pin);
  await expect(learner.locator("section[aria-labelledby=zadane] li").filter({ hasText: "Pierwsze kroki w internecie" })).toContainText("Zadane przez: Marek Nowak");
  const lesson = contentLesson(firstLesson);
  await learner.goto(`/lekcje/${firstLesson}/1`);
  for (let step = 1; step <= lesson.analysis.steps.length; step++) {
    await expect(learner).toHaveURL(new RegExp(`/lekcje/${firstLesson}/${step}$`));
    await learner.getByRole("button", { name: /Dalej/ }).click();
  }
  for (const question of lesson.analysis.quiz) {
    await learner.locator(`input[name="${question.id}"]`).nth(question.options.findIndex((option) => option.correct)).check();
  }
  await learner.getByRole("button", { name: "Sprawdź odpowiedzi" }).click();
  await expect(learner.getByText(/Quiz zaliczony, a cała lekcja ukończona/)).toBeVisible();
  await learner.context().close();

  await page.goto("/klub");
  await page.getByRole("link", { name: "Postępy uczestników" }).click();
  await page.getByLabel("Grupa").selectOption({ label: groupName });
  await page.getByLabel("Lekcje", { exact: true }).selectOption({ label: "Ścieżka: Pierwsze kroki w internecie" });
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page.locator("caption")).toContainText("1 osoba");
  const row = page.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: learnerName }) });
  await expect(row.locator("td[data-status=done]")).toHaveCount(1);
  await expect(row.locator("td[data-status=done]")).toContainText("Ukończona");
  await expect(row.locator("td[data-status=not-started]")).toHaveCount(3);
});
