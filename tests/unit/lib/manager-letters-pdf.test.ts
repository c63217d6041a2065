/** @jest-environment node */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { renderManagerLetters, type ManagerLetter } from "@/lib/club-import/letters";

const run = promisify(execFile);

const letters: ManagerLetter[] = [
  {
    clubName: "Miejsko-Gminny Ośrodek Kultury, Sportu i Rekreacji imienia Świętego Jana Pawła II w Brzęczyszczykiewiczach Dolnych — filia numer 3",
    clubKind: "Dom kultury",
    address: "ul. Długa 1, 66-530 Drezdenko",
    gmina: "Drezdenko",
    email: "kierownik.filii.numer.trzy@ośrodek-kultury.example.pl".replace("ś", "s"),
    link: "https://klubcyfrowy.example.pl/zaproszenie/Xk3vQ9aPzL2mN8rT5wY1bC4dF7gH0jK6sE2uV9iO3pQ",
    validUntil: new Date("2027-01-03T12:00:00Z"),
  },
  {
    clubName: "Biblioteka w Supraślu",
    clubKind: "Biblioteka publiczna",
    address: "ul. Piłsudskiego 1, 16-030 Supraśl",
    gmina: "Supraśl",
    email: "anna@example.pl",
    link: "https://klubcyfrowy.example.pl/zaproszenie/Qm7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX2cV7bN4mQ1w",
    validUntil: new Date("2027-01-03T12:00:00Z"),
  },
];

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "letters-"));
  file = path.join(dir, "letters.pdf");
  await writeFile(file, await renderManagerLetters(letters));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("managers' invitation letters", () => {
  it("prints one page per club with its name, e-mail, whole link on one line and the date it expires", async () => {
    const { stdout } = await run("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    const pages = stdout.split("\f").filter((page) => page.trim());
    expect(pages).toHaveLength(2);
    pages.forEach((page, i) => {
      const flat = page.replace(/\s+/g, " ");
      expect(flat).toContain("Zaproszenie do programu Klub Cyfrowy");
      expect(flat).toContain(letters[i]!.clubName);
      expect(flat).toContain(letters[i]!.email);
      expect(page.split("\n").some((line) => line.trim() === letters[i]!.link)).toBe(true);
      expect(flat).toContain("Link jest ważny do 3 stycznia 2027 i działa jeden raz.");
    });
    expect(pages[1]).not.toContain(letters[0]!.email);
  });

  it("keeps every word inside the page margins", async () => {
    const { stdout } = await run("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const boxes = [...stdout.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => m.slice(1, 5).map(Number));
    expect(boxes.length).toBeGreaterThan(100);
    for (const [xMin, yMin, xMax, yMax] of boxes) {
      expect(xMin).toBeGreaterThanOrEqual(28);
      expect(yMin).toBeGreaterThanOrEqual(28);
      expect(xMax).toBeLessThanOrEqual(595 - 28);
      expect(yMax).toBeLessThanOrEqual(842 - 28);
    }
  });

  it("prints a QR code that opens exactly that club's invitation", async () => {
    const prefix = path.join(dir, "page");
    await run("pdftoppm", ["-png", "-r", "150", "-f", "2", "-l", "2", "-singlefile", file, prefix]);
    const png = PNG.sync.read(await readFile(`${prefix}.png`));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: "dontInvert" });
    expect(code?.data).toBe(letters[1]!.link);
  });
});
