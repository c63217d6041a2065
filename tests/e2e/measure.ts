import type { Page } from "@playwright/test";

/**
 * Text whose contrast with its background is under `minimum`, measured from computed styles
 * (background: the nearest ancestor with an opaque colour).
 */
export function lowContrastText(page: Page, minimum: number) {
  return page.evaluate((minimum) => {
    const parse = (value: string) => {
      const match = value.match(/rgba?\(([^)]+)\)/);
      if (!match) return null;
      const [r, g, b, a = 1] = match[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: r!, g: g!, b: b!, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null): { r: number; g: number; b: number } => {
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour && colour.a >= 0.99) return colour;
      }
      return { r: 255, g: 255, b: 255 };
    };
    const failures: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || seen.has(element) || !node.textContent?.trim()) continue;
      seen.add(element);
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === "hidden" || style.display === "none" || box.width === 0 || box.height === 0) continue;
      if (element.closest(".sr-only, script, style, noscript")) continue;
      const foreground = parse(style.color);
      if (!foreground) continue;
      const [light, dark] = [luminance(foreground), luminance(background(element))].sort((a, b) => b - a);
      const ratio = (light! + 0.05) / (dark! + 0.05);
      if (ratio < minimum) failures.push(`${ratio.toFixed(2)}:1 "${node.textContent.trim().slice(0, 40)}" (${style.color} on ${getComputedStyle(element).backgroundColor})`);
    }
    return failures;
  }, minimum);
}

/**
 * Interactive targets smaller than `minimum` px square. Links inside a sentence are exempt
 * (WCAG 2.5.8 inline exception); a radio or checkbox is measured with its label.
 */
export function smallTargets(page: Page, minimum: number) {
  return page.evaluate((minimum) => {
    const failures: string[] = [];
    const candidates = document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary");
    for (const element of candidates) {
      if (element.closest(".sr-only") || element.matches("input[type=hidden]")) continue;
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden") continue;
      let target: HTMLElement = element;
      if (element.matches("input[type=radio], input[type=checkbox]")) {
        target = (element as HTMLInputElement).labels?.[0] ?? element;
      } else if (element.tagName === "A") {
        const block = element.closest("p, dd, li, td, figcaption");
        const text = block?.textContent?.replace(element.textContent ?? "", "").trim() ?? "";
        if (block && text.length > 0) continue;
      }
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
        failures.push(`${Math.round(box.width)}×${Math.round(box.height)} ${element.tagName.toLowerCase()} "${(element.textContent ?? element.getAttribute("name") ?? "").trim().slice(0, 40)}"`);
      }
    }
    return failures;
  }, minimum);
}

export function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Words drawn on two lines in headings, buttons, links, table headers, labels and summaries
 * (a senior reads „Wste/cz” as two words). Each word of each text node is measured with a Range:
 * its boxes on more than one line mean the word was split. Web and e-mail addresses may wrap.
 */
export function wordsSplitAcrossLines(page: Page) {
  return page.evaluate(() => {
    const failures: string[] = [];
    const containers = "h1, h2, h3, h4, h5, h6, button, a, th, label, summary, legend";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const container = element?.closest(containers);
      // A closed <details> draws nothing but its summary, whatever its content measures.
      if (!element || !container || element.closest(".sr-only, script, style, noscript, details:not([open]) > :not(summary)")) continue;
      const text = node.textContent ?? "";
      const lineHeight = parseFloat(getComputedStyle(element).fontSize) * 0.6;
      // A compound breaks where it has its own hyphen („e-/recepta”); a date does not („2026-12-/03”).
      for (const match of text.matchAll(/(?:[^\s-]|(?<!\p{L})-|-(?!\p{L}))+-?/gu)) {
        const word = match[0];
        if (/[/@]|\.\p{L}{2,}/u.test(word) || word.length > 30) continue;
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + word.length);
        const tops: number[] = [];
        for (const rect of range.getClientRects()) {
          if (rect.width < 1 || rect.height < 1) continue;
          if (!tops.some((top) => Math.abs(top - rect.top) < lineHeight)) tops.push(rect.top);
        }
        if (tops.length > 1) failures.push(`${container.tagName.toLowerCase()} „${word}” in „${(container.textContent ?? "").trim().slice(0, 50)}”`);
      }
    }
    return failures;
  });
}
