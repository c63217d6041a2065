import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { horizontalOverflow, lowContrastText, smallTargets, wordsSplitAcrossLines } from "./measure";
import { signInLearner, signInStaff } from "./auth";
import { appearanceOf, expectAppearance } from "./appearance";
import { preferencesCookie, routes, templateRoutes, textSizes, themes, type AppRoute } from "./routes";

const staffEmail = { educator: "edukator@demo.klubcyfrowy.pl", manager: "kierownik@demo.klubcyfrowy.pl", admin: "admin@demo.klubcyfrowy.pl", editor: "redaktor@demo.klubcyfrowy.pl", coordinator: "koordynator@demo.klubcyfrowy.pl" };

/** Signs in as the route's role, then opens it (following a link where the route says so). */
async function open(page: Page, route: AppRoute) {
  if (route.role === "learner") await signInLearner(page, "krystyna.dabrowska");
  else if (route.role !== "guest") await signInStaff(page, staffEmail[route.role]);
  const response = await page.goto(route.path);
  if (route.follow) {
    for (const name of [route.follow].flat()) {
      // Wait for the new page itself: checking the old one while it unloads finds no <title>.
      const before = page.url();
      await page.getByRole("link", { name }).first().click();
      await page.waitForURL((url) => url.href !== before);
      await page.waitForLoadState();
    }
    return 200;
  }
  return response?.status();
}

async function usePreferences(context: BrowserContext, baseURL: string, value: string) {
  await context.addCookies([{ name: "kc-wyglad", value, url: baseURL }]);
}

test.describe("every page", () => {
  for (const route of routes) {
    test(`${route.name} (${route.role}, ${route.path}): axe, 7:1 text contrast, 44 px targets, no sideways scrolling at 320 px`, async ({ page }) => {
      expect(await open(page, route)).toBe(route.status ?? 200);
      await expect(page.locator("html")).toHaveAttribute("lang", "pl");
      await expectNoAxeViolations(page);
      expect(await lowContrastText(page, 7)).toEqual([]);
      expect(await smallTargets(page, 44)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("each page template in every theme at 100 % and 200 % text", () => {
  for (const route of templateRoutes) {
    for (const theme of themes) {
      for (const size of textSizes) {
        test(`${route.template}: ${theme} contrast, ${size} %`, async ({ page, context, baseURL }) => {
          await usePreferences(context, baseURL!, preferencesCookie(theme, size));
          await open(page, route);
          await expectAppearance(page, { contrast: theme });
          await expectNoAxeViolations(page);
          expect(await lowContrastText(page, 7)).toEqual([]);
          expect(await smallTargets(page, 44)).toEqual([]);
          // No word split across two lines: on the desktop at 100 %, on the walk's phone at 200 %.
          if (size === 200) await page.setViewportSize({ width: 390, height: 844 });
          expect(await wordsSplitAcrossLines(page)).toEqual([]);
          if (size === 200) {
            // 200 % text on a 360 px phone still needs no sideways scrolling.
            await page.setViewportSize({ width: 360, height: 640 });
            expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
          }
        });
      }
    }
  }
});

test("at 400 % zoom (320 CSS pixels) the step page reflows without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto("/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/6");
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole("button", { name: /Dalej/ })).toBeAttached();
});

async function tabThroughAll(page: Page) {
  const visited: string[] = [];
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 || style.boxShadow !== "none";
      return { label: `${element.tagName} ${(element.textContent ?? element.getAttribute("value") ?? "").trim().slice(0, 30)}`, visible };
    });
    if (!focus) break;
    if (visible(visited, focus.label)) break;
    expect(focus.visible, `focus is visible on ${focus.label}`).toBe(true);
    visited.push(focus.label);
  }
  return visited;
}

function visible(visited: string[], label: string) {
  // Back at the first control: the whole page has been walked.
  return visited.length > 3 && visited[0] === label;
}

test("keyboard only: every control on the step page is reachable, with a visible focus", async ({ page }) => {
  await page.goto("/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/6");
  const visited = await tabThroughAll(page);
  for (const expected of [/Przejdź do treści/, /Wygląd i wielkość liter/, /Przeczytaj na głos/, /Wstecz/, /Dalej/, /Deklaracja dostępności/]) {
    expect(visited.some((label) => expected.test(label)), `${expected} reached`).toBe(true);
  }
});

test("keyboard only: the display settings form can be filled in and saved", async ({ page }) => {
  await page.goto("/wyglad?wroc=/lekcje");
  const visited = await tabThroughAll(page);
  expect(visited.some((label) => /Zapisz ustawienia/.test(label))).toBe(true);

  await page.locator("#textSize-0").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.locator("#contrast-0").focus();
  await page.keyboard.press("ArrowDown");
  await page.locator("#inne-1").focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Zapisz ustawienia" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Tak teraz wygląda strona.")).toBeVisible();
  await expectAppearance(page, { textSize: "150" });
  await expectAppearance(page, { contrast: "high" });
  await expectAppearance(page, { spacing: "wide" });
});

test.describe("display preferences", () => {
  test.use({ javaScriptEnabled: false });

  test("change with JavaScript off, apply on the server render and survive a reload", async ({ page }) => {
    await page.goto("/lekcje/ikp");
    await page.getByRole("link", { name: "Wygląd i wielkość liter" }).click();
    await page.getByLabel("Bardzo duże (200%)").check();
    await page.getByLabel(/Ciemne tło/).check();
    await page.getByLabel(/Mniej ruchu/).check();
    await page.getByRole("button", { name: "Zapisz ustawienia" }).click();
    await expect(page.getByText("Tak teraz wygląda strona.")).toBeVisible();
    await page.getByRole("link", { name: "Wróć do poprzedniej strony" }).click();
    await expect(page).toHaveURL(/\/lekcje\/ikp$/);
    await expectAppearance(page, { contrast: "dark" });
    await expectAppearance(page, { textSize: "200" });
    await expectAppearance(page, { motion: "reduce" });
    const fontSize = await page.locator("main p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(40);
    await page.reload();
    await expectAppearance(page, { contrast: "dark" });
  });

  test("a crafted return address never leads off the site", async ({ page }) => {
    await page.goto("/wyglad?wroc=//zly.example.com/");
    await page.getByRole("button", { name: "Zapisz ustawienia" }).click();
    await expect(page.getByRole("link", { name: "Wróć do poprzedniej strony" })).toHaveAttribute("href", "/");
  });
});

test("the system's high-contrast request is followed until the person chooses", async ({ page }) => {
  await page.emulateMedia({ contrast: "more" });
  await page.goto("/lekcje");
  const text = await page.locator("body").evaluate((body) => getComputedStyle(body).color);
  expect(text).toBe("rgb(0, 0, 0)");
});

test.describe("read aloud", () => {
  const step = "/lekcje/internet-i-bezpieczenstwo/oszustwa-sms-8080/6";

  test("reads the step in Polish with a Polish voice, and can pause and stop", async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
      const voices = [
        { name: "English", lang: "en-US" },
        { name: "Polski", lang: "pl-PL" },
      ];
      Object.defineProperty(window, "__spoken", { value: spoken });
      // A stand-in utterance: the real one only accepts voices the browser itself created.
      Object.defineProperty(window, "SpeechSynthesisUtterance", {
        value: class {
          lang = "";
          voice: { lang: string } | null = null;
          rate = 1;
          onend: (() => void) | null = null;
          onerror: (() => void) | null = null;
          constructor(public text: string) {}
        },
      });
      Object.defineProperty(window, "speechSynthesis", {
        value: {
          getVoices: () => voices,
          speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang }),
          cancel: () => {},
          pause: () => spoken.push({ text: "[pause]", lang: "", voice: undefined }),
          resume: () => {},
          addEventListener: () => {},
        },
      });
    });
    await page.goto(step);
    await page.getByRole("button", { name: "Przeczytaj na głos" }).click();
    await expect(page.getByText("Czytam na głos.")).toBeVisible();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: string }[] }).__spoken);
    expect(spoken[0]!.lang).toBe("pl-PL");
    expect(spoken[0]!.voice).toBe("pl-PL");
    expect(spoken[0]!.text).toContain("Wpisz numer 8080");
    expect(spoken[0]!.text).toContain("Na ekranie:");
    expect(spoken[0]!.text).not.toContain("Przeczytaj na głos");
    await page.getByRole("button", { name: "Wstrzymaj czytanie" }).click();
    await expect(page.getByRole("button", { name: "Czytaj dalej" })).toBeVisible();
    await page.getByRole("button", { name: "Zatrzymaj" }).click();
    await expect(page.getByRole("button", { name: "Przeczytaj na głos" })).toBeVisible();
  });

  test("explains when the browser has no Polish voice", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "speechSynthesis", {
        value: {
          getVoices: () => [{ name: "English", lang: "en-US" }],
          speak: () => {
            throw new Error("must not speak without a Polish voice");
          },
          cancel: () => {},
          addEventListener: () => {},
        },
      });
    });
    await page.goto(step);
    await page.getByRole("button", { name: "Przeczytaj na głos" }).click();
    await expect(page.getByText(/nie ma polskiego głosu/)).toBeVisible();
  });

  test("is not offered without JavaScript, where it could not work", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(step);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Przeczytaj na głos" })).toHaveCount(0);
    await context.close();
  });
});

test("preferences survive a sign-in, and follow the account to another device", async ({ page, browser, baseURL }) => {
  await page.goto("/wyglad");
  await page.getByLabel("Duże (150%)").check();
  await page.getByRole("button", { name: "Zapisz ustawienia" }).click();
  // Wait for the save to finish before leaving the page, or the next navigation can cancel it.
  await expect(page.getByText("Tak teraz wygląda strona.")).toBeVisible();
  await signInLearner(page, "wladyslaw.wieczorek");
  await expectAppearance(page, { textSize: "150" });

  await page.goto("/wyglad");
  await page.getByLabel(/Ciemne tło/).check();
  await page.getByRole("button", { name: "Zapisz ustawienia" }).click();
  await expectAppearance(page, { contrast: "dark" });

  const otherDevice = await browser.newContext({ baseURL });
  const phone = await otherDevice.newPage();
  await phone.goto("/");
  expect((await appearanceOf(phone)).contrast).not.toBe("dark");
  await signInLearner(phone, "wladyslaw.wieczorek");
  await expectAppearance(phone, { contrast: "dark" });
  await expectAppearance(phone, { textSize: "150" });
  await otherDevice.close();
});
