import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

// Complete TTFs with every Polish letter (the @fontsource woff files are unusable in PDFs).
// Resolved from the working directory so the same path works in Next's server and tsx scripts.
const FONT_DIR = ["node_modules", "@expo-google-fonts", "atkinson-hyperlegible-next"];
const FONT_FILES = {
  regular: ["400Regular", "AtkinsonHyperlegibleNext_400Regular.ttf"],
  bold: ["700Bold", "AtkinsonHyperlegibleNext_700Bold.ttf"],
} as const;

type FontBytes = { regular: Uint8Array; bold: Uint8Array };
export type PdfFonts = { regular: PDFFont; bold: PDFFont };

let fontBytes: Promise<FontBytes> | undefined;

/** Font files are read once per process; a failed read is retried on the next call. */
function loadFontBytes(): Promise<FontBytes> {
  fontBytes ??= (async () => {
    const read = (parts: readonly string[]) => readFile(path.join(process.cwd(), ...FONT_DIR, ...parts));
    const [regular, bold] = await Promise.all([read(FONT_FILES.regular), read(FONT_FILES.bold)]);
    return { regular, bold };
  })().catch((error: unknown) => {
    fontBytes = undefined;
    throw error;
  });
  return fontBytes;
}

/** Embeds Atkinson Hyperlegible Next (regular + bold) once per document, subset to the glyphs used. */
export async function embedFonts(doc: PDFDocument): Promise<PdfFonts> {
  const bytes = await loadFontBytes();
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true }),
    doc.embedFont(bytes.bold, { subset: true }),
  ]);
  return { regular, bold };
}

const supported = new WeakMap<PDFFont, Set<number>>();

/**
 * NFC-normalises (pdf-lib does no shaping, so combining accents would float), turns line breaks and
 * tabs into spaces, and replaces characters the font lacks with "?" instead of an invisible blank.
 */
export function printable(text: string, font: PDFFont): string {
  let set = supported.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    supported.set(font, set);
  }
  const chars = Array.from(text.normalize("NFC").replace(/\s+/g, " ").trim());
  return chars.map((ch) => (set.has(ch.codePointAt(0) ?? 0) ? ch : "?")).join("");
}

// fontkit runs the full OpenType layout for every measurement, which dominates rendering time;
// widths at 1 pt are cached per embedded font (so per document) and lines are summed from words.
const widths = new WeakMap<PDFFont, Map<string, number>>();

function unitWidth(font: PDFFont, text: string): number {
  let cache = widths.get(font);
  if (!cache) {
    cache = new Map();
    widths.set(font, cache);
  }
  let width = cache.get(text);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, 1000) / 1000;
    cache.set(text, width);
  }
  return width;
}

/** Splits a word wider than `maxWidth` into pieces that fit. */
function breakWord(word: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let width = 0;
  for (const ch of Array.from(word)) {
    const w = unitWidth(font, ch) * size;
    if (piece && width + w > maxWidth) {
      pieces.push(piece);
      piece = "";
      width = 0;
    }
    piece += ch;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap at `size`; words too long for a line are broken between letters. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const space = unitWidth(font, " ") * size;
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const word of text.split(" ").filter(Boolean)) {
    const w = unitWidth(font, word) * size;
    if (line && width + space + w <= maxWidth) {
      line += ` ${word}`;
      width += space + w;
      continue;
    }
    if (line) lines.push(line);
    if (w <= maxWidth) {
      line = word;
      width = w;
      continue;
    }
    const pieces = breakWord(word, font, size, maxWidth);
    line = pieces.pop() ?? "";
    width = unitWidth(font, line) * size;
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

export type FitOptions = {
  maxSize: number;
  minSize: number;
  maxWidth: number;
  /** Height the block may take; bounds the page layout however long the text is. */
  maxHeight: number;
  lineHeight?: number;
  /** What to do when the text does not fit even at `minSize`: cut it with "…" or throw. */
  overflow?: "ellipsis" | "throw";
};

export type FittedText = { size: number; lines: string[]; lineHeight: number; height: number };

/** The largest size (stepping down by 1 pt) at which the wrapped `text` fits into `maxHeight`. */
export function fitText(text: string, font: PDFFont, o: FitOptions): FittedText {
  const factor = o.lineHeight ?? 1.25;
  const result = (size: number, lines: string[]): FittedText => ({
    size,
    lines,
    lineHeight: size * factor,
    height: lines.length * size * factor,
  });
  for (let size = o.maxSize; size >= o.minSize; size -= 1) {
    const lines = wrapText(text, font, size, o.maxWidth);
    if (lines.length * size * factor <= o.maxHeight) return result(size, lines);
  }
  if (o.overflow === "throw") throw new Error(`Text too long to print: "${text}"`);
  const maxLines = Math.max(1, Math.floor(o.maxHeight / (o.minSize * factor)));
  const lines = wrapText(text, font, o.minSize, o.maxWidth).slice(0, maxLines);
  let last = lines.pop() ?? "";
  while (last && unitWidth(font, `${last}…`) * o.minSize > o.maxWidth) {
    last = Array.from(last).slice(0, -1).join("");
  }
  lines.push(`${last.trimEnd()}…`);
  return result(o.minSize, lines);
}
