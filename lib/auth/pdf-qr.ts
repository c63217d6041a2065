import QRCode from "qrcode";
import {
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  type PDFPage,
} from "pdf-lib";

/**
 * The QR symbol as raw `re` operators with a single `f`: one rectangle per horizontal run of dark
 * modules, in module units under one transform (x right, y down from the top-left corner), so the
 * content stream stays short and a single filled path leaves no seams between modules.
 */
export function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = modules.size;
  const cell = size / n;
  const ops = [pushGraphicsState(), concatTransformationMatrix(cell, 0, 0, -cell, x, y + size), setFillingGrayscaleColor(0)];
  for (let row = 0; row < n; row += 1) {
    for (let col = 0; col < n; col += 1) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < n && modules.get(row, col + 1)) col += 1;
      ops.push(rectangle(start, row, col - start + 1, 1));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
