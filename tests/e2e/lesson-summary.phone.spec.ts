import { expect, test } from "@playwright/test";
import { contentLessons } from "./content";

// Usability walk, item 7: the summary page said „Gdzie sprawdzić aktualne informacje” and the
// next lesson twice (once from the lesson's own <Summary>, once from the page). Once each, on
// every lesson's summary.

test("every summary says „Gdzie sprawdzić aktualne informacje” once, lists each source once and offers the next lesson once", async ({ page }) => {
  test.setTimeout(180_000);
  const lessons = contentLessons();
  let lastLessons = 0;
  for (const lesson of lessons) {
    await page.goto(`/lekcje/${lesson.slug}/podsumowanie`);
    const main = page.locator("main");
    await expect(main.getByText("Gdzie sprawdzić aktualne informacje"), lesson.slug).toHaveCount(1);
    for (const source of lesson.meta.sources) {
      await expect(main.locator(`a[href="${source.url}"]`), `${lesson.slug}: ${source.url}`).toHaveCount(1);
    }
    await expect(main.getByText(/Następna lekcja/), lesson.slug).toHaveCount((await main.getByRole("link", { name: /^Następna lekcja:/ }).count()) ? 1 : 0);
    const next = main.getByRole("link", { name: /^Następna lekcja:/ });
    if (await next.count()) {
      const href = await next.getAttribute("href");
      await expect(main.locator(`a[href="${href}"]`), `${lesson.slug} → ${href}`).toHaveCount(1);
    } else {
      lastLessons += 1;
    }
  }
  // Only the very last lesson of the catalogue has no next one.
  expect(lastLessons).toBe(1);
});
