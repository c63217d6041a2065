import { PDFDocument, PageSizes, grayscale, type PDFFont, type PDFPage } from "pdf-lib";
import { drawQr } from "./pdf-qr";
import { embedFonts, fitText, printable, wrapText, type FittedText, type PdfFonts } from "./pdf-text";

export type LoginCard = { displayName: string; username: string; clubName: string; clubPlace: string; signInUrl: string };

// A4 in points (1 pt = 1/72 in ≈ 0.353 mm). Pure black on white so it prints on any printer.
const [PAGE_W, PAGE_H] = PageSizes.A4;
const MARGIN_X = 50;
const MARGIN_Y = 44;
const WIDTH = PAGE_W - 2 * MARGIN_X;
const BLACK = grayscale(0);
const QR_SIZE = 170; // ≈ 6 cm, without the quiet zone
const QR_GAP = 30; // ≥ 4 modules of white around the code
const DIGITS = 6;
const DIGIT_W = 44;
const DIGIT_H = 54;
const DIGIT_GAP = 12;

const TEXT = {
  heading: "Twoja karta do logowania — Klub Cyfrowy",
  usernameLabel: "Twoja nazwa użytkownika:",
  qrCaption: "Zeskanuj ten kod aparatem telefonu. Otworzy się strona logowania z Twoją nazwą.",
  pinLabel: "Twój PIN (wpisz go ołówkiem):",
  safety: [
    "Nie pokazuj PIN-u nikomu. Pracownik klubu nigdy nie zapyta o PIN przez telefon.",
    "Karta zginęła albo PIN wypadł z pamięci? Poproś edukatora w klubie o nową kartę — stara przestanie działać.",
  ],
} as const;

/**
 * One A4 page per card, all in one document so the font is embedded once (a whole group prints as
 * one PDF). The card never carries the PIN: the learner writes it into the empty boxes.
 */
export async function renderLoginCards(cards: LoginCard[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Karty do logowania — Klub Cyfrowy");
  doc.setLanguage("pl-PL");
  doc.setCreator("Klub Cyfrowy");
  doc.setProducer("Klub Cyfrowy");
  const fonts = await embedFonts(doc);
  for (const card of cards) drawCard(doc.addPage([PAGE_W, PAGE_H]), card, fonts);
  return doc.save();
}

/** Draws the lines top-down from `top`; returns the y below the block. */
function drawBlock(page: PDFPage, block: FittedText, font: PDFFont, x: number, top: number): number {
  block.lines.forEach((line, i) => {
    // Baseline sits about one ascent (≈ 0.95 em for this font) below the top of its line.
    const y = top - i * block.lineHeight - block.size * 0.95;
    page.drawText(line, { x, y, size: block.size, font, color: BLACK });
  });
  return top - block.height;
}

function fit(text: string, font: PDFFont, maxSize: number, minSize: number, maxHeight: number, maxWidth = WIDTH) {
  return fitText(printable(text, font), font, { maxSize, minSize, maxWidth, maxHeight });
}

function drawCard(page: PDFPage, card: LoginCard, { regular, bold }: PdfFonts): void {
  let y = PAGE_H - MARGIN_Y;

  y = drawBlock(page, fit(TEXT.heading, bold, 24, 18, 60), bold, MARGIN_X, y);
  y -= 8;
  page.drawLine({ start: { x: MARGIN_X, y }, end: { x: PAGE_W - MARGIN_X, y }, thickness: 1.5, color: BLACK });
  y -= 16;

  // Each block has a height cap, so the page layout holds however long the names are.
  y = drawBlock(page, fit(card.displayName, bold, 30, 16, 50), bold, MARGIN_X, y);
  y -= 6;
  y = drawBlock(page, fit(card.clubName, regular, 18, 14, 45), regular, MARGIN_X, y);
  y = drawBlock(page, fit(card.clubPlace, regular, 18, 14, 23), regular, MARGIN_X, y);
  y -= 20;

  y = drawBlock(page, fit(TEXT.usernameLabel, regular, 20, 16, 25), regular, MARGIN_X, y);
  y -= 4;
  // A cut username would be wrong, so it shrinks further and fails loudly rather than truncating.
  const username = fitText(printable(card.username, bold), bold, {
    maxSize: 42,
    minSize: 16,
    maxWidth: WIDTH,
    maxHeight: 53,
    overflow: "throw",
  });
  y = drawBlock(page, username, bold, MARGIN_X, y);
  y -= QR_GAP;

  drawQr(page, card.signInUrl, MARGIN_X, y - QR_SIZE, QR_SIZE);
  const captionX = MARGIN_X + QR_SIZE + QR_GAP;
  const caption = fit(TEXT.qrCaption, regular, 20, 14, QR_SIZE, PAGE_W - MARGIN_X - captionX);
  drawBlock(page, caption, regular, captionX, y - (QR_SIZE - caption.height) / 2);
  y -= QR_SIZE + QR_GAP;

  y = drawPinBox(page, bold, y);
  y -= 20;

  TEXT.safety.forEach((paragraph, i) => {
    const font = i === 0 ? bold : regular;
    const lines = wrapText(paragraph, font, 17, WIDTH);
    y = drawBlock(page, { size: 17, lines, lineHeight: 22, height: lines.length * 22 }, font, MARGIN_X, y);
    y -= 8;
  });
}

/** A framed space with six empty boxes; the PIN itself is never printed. */
function drawPinBox(page: PDFPage, font: PDFFont, top: number): number {
  const pad = 16;
  const label = fit(TEXT.pinLabel, font, 20, 16, 25, WIDTH - 2 * pad);
  const height = pad + label.height + 10 + DIGIT_H + pad;
  page.drawRectangle({
    x: MARGIN_X,
    y: top - height,
    width: WIDTH,
    height,
    borderColor: BLACK,
    borderWidth: 2,
  });
  const below = drawBlock(page, label, font, MARGIN_X + pad, top - pad);
  for (let i = 0; i < DIGITS; i += 1) {
    page.drawRectangle({
      x: MARGIN_X + pad + i * (DIGIT_W + DIGIT_GAP),
      y: below - 10 - DIGIT_H,
      width: DIGIT_W,
      height: DIGIT_H,
      borderColor: BLACK,
      borderWidth: 1.5,
    });
  }
  return top - height;
}
