import { expect, type Page } from "@playwright/test";

type Appearance = { textSize: string; contrast: string; spacing: string; motion: string };

/** The look in force on the page, as /wyglad.css states it (lib/appearance.ts). */
export function appearanceOf(page: Page): Promise<Appearance> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    const value = (name: string) => style.getPropertyValue(name).trim();
    return { textSize: value("--kc-text-size"), contrast: value("--kc-contrast"), spacing: value("--kc-spacing"), motion: value("--kc-motion") };
  });
}

/** Waits until the page shows the expected look (the stylesheet may still be loading). */
export async function expectAppearance(page: Page, expected: Partial<Appearance>) {
  await expect
    .poll(async () => {
      // A page still navigating (after a form's submit) has no document to read yet: ask again.
      const actual = await appearanceOf(page).catch(() => null);
      return actual && Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key as keyof Appearance]]));
    })
    .toEqual(expected);
}
