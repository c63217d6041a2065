import { PDFDocument, PageSizes, grayscale, type PDFFont, type PDFPage } from "pdf-lib";
import { drawQr } from "../auth/pdf-qr";
import { embedFonts, fitText, printable, type FittedText, type PdfFonts } from "../auth/pdf-text";
import { formatDate, formatMinutes, plural } from "../format";
import { groupCode } from "./code";

export type CertificateDocument = {
  recipientName: string;
  kind: "MODULE" | "PATH";
  subjectTitle: string;
  lessonTitles: string[];
  learningMinutes: number;
  completedAt: Date;
  issuedAt: Date;
  clubName: string;
  clubPlace: string;
  issuerName: string;
  issuerRole: string;
  number: string;
  verificationCode: string;
  verifyUrl: string;
};

// A4 portrait in points. Black and grey on white only: it prints the same on any office printer.
const [PAGE_W, PAGE_H] = PageSizes.A4;
const MARGIN = 56;
const WIDTH = PAGE_W - 2 * MARGIN;
const BLACK = grayscale(0);
const GREY = grayscale(0.35);
const QR_SIZE = 118; // ≈ 4.2 cm: big enough for an old phone camera at arm's length
const SIGN_TOP = 250; // the issuer's signature line
const SIGN_GAP = 14; // at least this much between the facts and the signature line

/**
 * Certificates as one PDF, one A4 page each, the font embedded once. A single certificate's file is
 * dated with its issue time, so printing it again gives the same bytes.
 */
export async function renderCertificates(certificates: CertificateDocument[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const single = certificates.length === 1 ? certificates[0] : undefined;
  doc.setTitle(single ? `Certyfikat ${single.number} — Klub Cyfrowy` : "Certyfikaty — Klub Cyfrowy");
  doc.setLanguage("pl-PL");
  doc.setAuthor(single?.clubName ?? "Klub Cyfrowy");
  doc.setCreator("Klub Cyfrowy");
  doc.setProducer("Klub Cyfrowy");
  const stamp = single?.issuedAt ?? latest(certificates);
  doc.setCreationDate(stamp);
  doc.setModificationDate(stamp);
  const fonts = await embedFonts(doc);
  for (const certificate of certificates) drawCertificate(doc.addPage([PAGE_W, PAGE_H]), certificate, fonts);
  return doc.save();
}

function latest(certificates: CertificateDocument[]): Date {
  const times = certificates.map((certificate) => certificate.issuedAt.getTime());
  return new Date(times.length ? Math.max(...times) : 0);
}

type Align = "left" | "center";

function drawBlock(page: PDFPage, block: FittedText, font: PDFFont, top: number, align: Align = "center", x = MARGIN, width = WIDTH, color = BLACK): number {
  block.lines.forEach((line, i) => {
    const y = top - i * block.lineHeight - block.size * 0.95;
    const lineX = align === "center" ? x + (width - font.widthOfTextAtSize(line, block.size)) / 2 : x;
    page.drawText(line, { x: lineX, y, size: block.size, font, color });
  });
  return top - block.height;
}

function fit(text: string, font: PDFFont, maxSize: number, minSize: number, maxHeight: number, maxWidth = WIDTH) {
  return fitText(printable(text, font), font, { maxSize, minSize, maxWidth, maxHeight });
}

function rule(page: PDFPage, y: number, x1 = MARGIN, x2 = PAGE_W - MARGIN, thickness = 0.8) {
  page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
}

function drawCertificate(page: PDFPage, c: CertificateDocument, { regular, bold }: PdfFonts): void {
  // A double frame: formal without ornament, and it survives black-and-white printing.
  page.drawRectangle({ x: 24, y: 24, width: PAGE_W - 48, height: PAGE_H - 48, borderColor: BLACK, borderWidth: 2.5 });
  page.drawRectangle({ x: 31, y: 31, width: PAGE_W - 62, height: PAGE_H - 62, borderColor: BLACK, borderWidth: 0.7 });

  // Everything above the signature is measured first: the lesson list gets the room the heading and
  // the facts leave, so a long path from a club with a long name never runs into the signature.
  const brand = fit("Klub Cyfrowy · Kluby Rozwoju Cyfrowego", regular, 13, 11, 20);
  const title = fit("CERTYFIKAT", bold, 40, 30, 52);
  const subtitle = fit(c.kind === "MODULE" ? "ukończenia modułu nauki" : "ukończenia ścieżki nauki", regular, 20, 16, 28);
  // Words that fit every reader: „otrzymuje … za ukończenie”, never „ukończył(a)”.
  const attest = fit("Certyfikat otrzymuje", regular, 16, 13, 22);
  const name = fit(c.recipientName.trim() || "—", bold, 34, 18, 86);
  const completed = fit(c.kind === "MODULE" ? "za ukończenie całego modułu" : "za ukończenie całej ścieżki nauki", regular, 16, 13, 22);
  const subject = fit(`„${c.subjectTitle}”`, bold, 24, 15, 62);
  const listHeading = fit(`Lekcje (${c.lessonTitles.length}):`, bold, 13, 11, 18);
  const labelWidth = 130;
  // No learning time is recorded when the lessons were learnt as a guest (merged after sign-in) or
  // marked as done with an educator's help: then the line is left out rather than „0 min”.
  const facts = (
    [
      ["Data ukończenia:", formatDate(c.completedAt)],
      ...(c.learningMinutes > 0 ? [["Łączny czas nauki:", formatMinutes(c.learningMinutes)] as const] : []),
      ["Klub:", c.clubName],
      ["Miejsce:", c.clubPlace],
    ] as const
  ).map(([label, value]) => ({ label: fit(label, regular, 13, 11, 18, labelWidth), value: fit(value, bold, 13, 10, 34, WIDTH - 80 - labelWidth) }));
  const factsHeight = facts.reduce((sum, fact) => sum + fact.value.height + 4, 0);
  // The list ends 12 pt above the facts, the facts SIGN_GAP above the signature line.
  const listFloor = SIGN_TOP + SIGN_GAP + factsHeight + 12;
  const top = PAGE_H - MARGIN - 6;
  const GAPS = 16 + 26 + 8 + 18 + 6 + 14;
  const listTop = (gap: number) =>
    top - [brand, title, subtitle, attest, name, completed, subject, listHeading].reduce((sum, block) => sum + block.height, 0) - GAPS * gap;
  const lessonLines = (size: number) => c.lessonTitles.map((lesson) => fit(`•  ${lesson}`, regular, size, 9, size * 2.6, WIDTH - 80));
  const linesHeight = (lines: FittedText[]) => lines.reduce((sum, line) => sum + line.height + 2, 0);
  // The largest list size that fits, with the usual spacing; then with half the spacing above it.
  const largest = c.lessonTitles.length > 8 ? 11 : 13;
  const layouts = [
    ...Array.from({ length: largest - 10 }, (_, i) => ({ size: largest - i, gap: 1 })),
    ...[11, 10, 9].map((size) => ({ size, gap: 0.5 })),
  ];
  const layout = layouts.find(({ size, gap }) => listTop(gap) - linesHeight(lessonLines(size)) >= listFloor) ?? layouts[layouts.length - 1]!;
  const gap = layout.gap;

  let y = top;
  y = drawBlock(page, brand, regular, y, "center", MARGIN, WIDTH, GREY);
  y -= 16 * gap;
  y = drawBlock(page, title, bold, y);
  y = drawBlock(page, subtitle, regular, y);
  y -= 26 * gap;

  y = drawBlock(page, attest, regular, y);
  y -= 8 * gap;
  y = drawBlock(page, name, bold, y);
  y -= 4 * gap;
  rule(page, y, MARGIN + 60, PAGE_W - MARGIN - 60);
  y -= 14 * gap;
  y = drawBlock(page, completed, regular, y);
  y -= 6 * gap;
  y = drawBlock(page, subject, bold, y);
  y -= 14 * gap;

  // The lessons, in the order taken: the reader sees what the certificate covers. Should even the
  // smallest size not hold them all, the last line says how many more there are.
  y = drawBlock(page, listHeading, bold, y, "left", MARGIN + 40, WIDTH - 80);
  const lines = lessonLines(layout.size);
  for (const [index, line] of lines.entries()) {
    const rest = lines.length - index - 1;
    const more = fit(`…i jeszcze ${rest + 1} ${plural(rest + 1, ["lekcja", "lekcje", "lekcji"])}`, regular, layout.size, 9, layout.size * 1.3, WIDTH - 80);
    if (y - line.height - 2 - (rest ? more.height + 2 : 0) < listFloor) {
      y = drawBlock(page, more, regular, y, "left", MARGIN + 40, WIDTH - 80) - 2;
      break;
    }
    y = drawBlock(page, line, regular, y, "left", MARGIN + 40, WIDTH - 80);
    y -= 2;
  }
  y -= 12;

  for (const { label, value } of facts) {
    drawBlock(page, label, regular, y, "left", MARGIN + 40, labelWidth, GREY);
    y = drawBlock(page, value, bold, y, "left", MARGIN + 40 + labelWidth, WIDTH - 80 - labelWidth);
    y -= 4;
  }

  // Issuer: a line to sign by hand above the printed name and role.
  const signX = PAGE_W - MARGIN - 230;
  const signTop = SIGN_TOP;
  rule(page, signTop, signX, PAGE_W - MARGIN - 10);
  let sy = drawBlock(page, fit(c.issuerName, bold, 14, 10, 36, 220), bold, signTop - 6, "center", signX, 220);
  sy = drawBlock(page, fit(c.issuerRole, regular, 12, 10, 18, 220), regular, sy, "center", signX, 220);
  drawBlock(page, fit(`Wydano ${formatDate(c.issuedAt)}`, regular, 11, 9, 16, 220), regular, sy - 2, "center", signX, 220, GREY);

  // Verification: QR, number and code, and the address to type by hand.
  const boxTop = 150;
  rule(page, boxTop + 14, MARGIN, PAGE_W - MARGIN, 0.5);
  drawQr(page, c.verifyUrl, MARGIN + 4, boxTop - QR_SIZE, QR_SIZE);
  const textX = MARGIN + QR_SIZE + 24;
  const textW = PAGE_W - MARGIN - textX;
  let ty = boxTop;
  ty = drawBlock(page, fit(`Numer certyfikatu: ${c.number}`, bold, 13, 10, 18, textW), bold, ty, "left", textX, textW);
  ty -= 4;
  ty = drawBlock(page, fit("Kod weryfikacyjny:", regular, 12, 10, 16, textW), regular, ty, "left", textX, textW);
  ty = drawBlock(page, fit(groupCode(c.verificationCode), bold, 20, 12, 28, textW), bold, ty, "left", textX, textW);
  ty -= 4;
  ty = drawBlock(page, fit("Sprawdź, czy certyfikat jest prawdziwy: zeskanuj kod QR albo wejdź na stronę", regular, 11, 9, 30, textW), regular, ty, "left", textX, textW);
  drawBlock(page, fit(c.verifyUrl, regular, 11, 7, 28, textW), regular, ty, "left", textX, textW);
}
