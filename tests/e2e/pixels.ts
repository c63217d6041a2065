import { PNG } from "pngjs";
import type { Locator } from "@playwright/test";

const luminance = ([r, g, b]: number[]) => {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
};

/**
 * Contrast between an element's background and its text as painted, from a screenshot: the
 * browser hides :visited colours from scripts, so computed styles cannot show a visited link's
 * real colour. Background: the most common colour; text: the common colour farthest from it.
 */
export async function paintedContrast(element: Locator): Promise<number> {
  const png = PNG.sync.read(await element.screenshot({ animations: "disabled" }));
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colours = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const pixels = png.width * png.height;
  const background = colours[0]![0].split(",").map(Number);
  const backgroundLuminance = luminance(background);
  let best = 1;
  for (const [key, count] of colours) {
    // Anti-aliased edges are rare colours; the glyphs' own colour covers at least 1 % of the box.
    if (count < pixels * 0.01) break;
    const l = luminance(key.split(",").map(Number));
    const ratio = (Math.max(l, backgroundLuminance) + 0.05) / (Math.min(l, backgroundLuminance) + 0.05);
    best = Math.max(best, ratio);
  }
  return best;
}
