import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** A PDF the app sent, read back with poppler: its text, page count, and the QR code on a page. */
export function readPdf(bytes: Buffer) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-"));
  const file = path.join(dir, "plik.pdf");
  fs.writeFileSync(file, bytes);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return {
    text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    encrypted: !/Encrypted:\s+no/.test(info),
    pageText: (page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }),
    qr(page = 1): string | null {
      const prefix = path.join(dir, `strona-${page}`);
      execFileSync("pdftoppm", ["-png", "-r", "150", "-f", String(page), "-l", String(page), file, prefix]);
      const png = fs.readdirSync(dir).find((name) => name.startsWith(`strona-${page}`) && name.endsWith(".png"))!;
      const image = PNG.sync.read(fs.readFileSync(path.join(dir, png)));
      return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
    },
  };
}
