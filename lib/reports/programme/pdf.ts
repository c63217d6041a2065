import { PDFDocument, rgb } from "pdf-lib";
import { embedFonts, printable, wrapText } from "../../auth/pdf-text";
import { formatDate } from "../../format";
import { figureKeys, figureWords } from "./figures";
import type { IdleClub } from "./idle";
import type { ProgrammeReport } from "./report";
import { cellText } from "./suppression";

// One A4 page for a gmina council meeting: the area's figures with their meanings, its largest
// parts, and how many clubs were idle. Always one page: lists are cut with a note where the
// full table is (the CSV). Same cell texts as the screen.

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const CHILD_ROWS = 8;

export async function renderReportSummary(report: ProgrammeReport, idle: IdleClub[], now = new Date()): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Raport: ${report.name}`);
  doc.setLanguage("pl-PL");
  const fonts = await embedFonts(doc);
  const page = doc.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  const ink = rgb(0, 0, 0);
  const write = (text: string, size: number, bold = false, indent = 0) => {
    const font = bold ? fonts.bold : fonts.regular;
    for (const line of wrapText(printable(text, font), font, size, width - indent)) {
      // Never past the bottom margin: the summary stays one page, the page and CSV have the rest.
      if (y - size * 1.3 < MARGIN) return;
      y -= size * 1.3;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: ink });
    }
  };
  const gap = (points: number) => (y -= points);

  write(`Raport programu Klub Cyfrowy: ${report.name}`, 20, true);
  write(`Okres: ${report.period.label}. Stan na ${formatDate(now)}.`, 12);
  gap(10);
  write("Liczby", 15, true);
  figureKeys.forEach((figure, index) => write(`${figureWords[figure].header}: ${cellText(report.table.total[index]!)}`, 12, false, 8));
  gap(8);
  if (report.table.rows.length) {
    write(`${report.table.childHeader}: uczestnicy aktywni i osoby, które ukończyły lekcję z pomocą`, 15, true);
    const active = figureKeys.indexOf("learnersActive");
    const helped = figureKeys.indexOf("learnersHelped");
    for (const row of report.table.rows.slice(0, CHILD_ROWS)) {
      write(`${row.name}: ${cellText(row.cells[active]!)} aktywnych, ${cellText(row.cells[helped]!)} z lekcją ukończoną z pomocą`, 12, false, 8);
    }
    if (report.table.rows.length > CHILD_ROWS) write(`…i ${report.table.rows.length - CHILD_ROWS} innych: pełna tabela jest w pliku CSV na stronie raportu.`, 11, false, 8);
    gap(8);
  }
  write(`Kluby bez aktywności od 30 dni: ${idle.length}`, 15, true);
  for (const club of idle.slice(0, 5)) write(`${club.name}${club.contactPhone ? `, tel. ${club.contactPhone}` : ""}`, 12, false, 8);
  if (idle.length > 5) write(`…i ${idle.length - 5} innych: lista jest na stronie raportu.`, 11, false, 8);
  gap(8);
  write("Co znaczą te liczby", 13, true);
  write("„Mniej niż 5”: liczba od 0 do 4, której nie podajemy, bo mogłaby wskazać konkretne osoby. „Ukryte”: liczba ukryta, aby tamtej nie dało się odczytać przez odejmowanie od sumy.", 10);
  for (const figure of ["clubsActive", "learnersActive", "learnersHelped"] as const) write(figureWords[figure].definition, 10);
  return doc.save();
}
