/** @jest-environment node */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { renderLoginCards, type LoginCard } from "@/lib/auth/login-card-pdf";

const run = promisify(execFile);

const cards: LoginCard[] = [
  {
    displayName: "Zażółć Gęślą Jaźń",
    username: "zazolc.jazn",
    clubName: "Gminna Biblioteka Publiczna w Łące",
    clubPlace: "Łąka",
    signInUrl: "https://klubcyfrowy.example.pl/logowanie/karta?u=zazolc.jazn&t=Xk3vQ9aPzL2mN8rT5wY1bC4dF7gH0jK6sE2uV9iO3pQ",
  },
  {
    displayName: "Jan Kowalski",
    username: "jan.kowalski",
    clubName: "Klub Rozwoju Cyfrowego przy Domu Kultury",
    clubPlace: "Nowa Wieś",
    signInUrl: "https://klubcyfrowy.example.pl/logowanie/karta?u=jan.kowalski&t=Qm7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX2cV7bN4mQ1w",
  },
];

let dir: string;
let file: string;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "login-cards-"));
  file = path.join(dir, "cards.pdf");
  bytes = await renderLoginCards(cards);
  await writeFile(file, bytes);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfText(pdf: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("pdftotext", [...args, pdf, "-"], { encoding: "utf8" });
  return stdout;
}

describe("login card PDF", () => {
  it("prints one page per card with the names, usernames and headings as text", async () => {
    const text = await pdfText(file, "-layout");
    const pages = text.split("\f").filter((page) => page.trim());
    expect(pages).toHaveLength(2);
    const [first = "", second = ""] = pages;

    for (const [page, card] of [
      [first, cards[0]!],
      [second, cards[1]!],
    ] as const) {
      expect(page).toContain("Twoja karta do logowania — Klub Cyfrowy");
      expect(page).toContain(card.displayName);
      expect(page).toContain(card.clubName);
      expect(page).toContain(card.clubPlace);
      expect(page).toContain("Twoja nazwa użytkownika:");
      expect(page).toContain(card.username);
      expect(page).toContain("Twój PIN (wpisz go ołówkiem):");
      expect(page).toContain("Nie pokazuj PIN-u nikomu.");
    }
    expect(first).not.toContain(cards[1]!.displayName);
    const flat = first.replace(/\s+/g, " ");
    expect(flat).toContain("Zeskanuj ten kod aparatem telefonu.");
    expect(flat).toContain("Poproś edukatora w klubie o nową kartę — stara przestanie działać.");
  });

  it("is not encrypted", () => {
    expect(Buffer.from(bytes).toString("latin1")).not.toContain("/Encrypt");
  });

  it("prints a QR code that decodes to exactly the first card's sign-in URL", async () => {
    const prefix = path.join(dir, "page");
    await run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", file, prefix]);
    const png = PNG.sync.read(await readFile(`${prefix}.png`));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: "dontInvert" });
    expect(code?.data).toBe(cards[0]!.signInUrl);
  });

  it("keeps very long names and club names on the page", async () => {
    const long = await renderLoginCards([
      {
        displayName: "Maria Konopnicka-Wiśniewska z domu Przybyszewska-Żółtowska Grzegorzewska-Brzęczyszczykiewicz",
        username: "maria.konopnicka.wisniewska.przybyszewska.zoltowska",
        clubName:
          "Miejsko-Gminny Ośrodek Kultury, Sportu i Rekreacji imienia Świętego Jana Pawła II w Brzęczyszczykiewiczach Dolnych — filia numer 3 przy ulicy Długiej",
        clubPlace: "Brzęczyszczykiewicze Dolne, powiat strzelecko-drezdenecki, województwo lubuskie",
        signInUrl: "https://klubcyfrowy.example.pl/logowanie/karta?u=maria&t=abc",
      },
    ]);
    const longFile = path.join(dir, "long.pdf");
    await writeFile(longFile, long);
    const boxes = [...(await pdfText(longFile, "-bbox")).matchAll(
      /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g,
    )].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
    expect(boxes.length).toBeGreaterThan(20);
    for (const [xMin, yMin, xMax, yMax] of boxes) {
      // A4 is 595 × 842 pt; every word stays inside a 1 cm margin.
      expect(xMin).toBeGreaterThanOrEqual(28);
      expect(yMin).toBeGreaterThanOrEqual(28);
      expect(xMax).toBeLessThanOrEqual(595 - 28);
      expect(yMax).toBeLessThanOrEqual(842 - 28);
    }
    // The username is never cut: it may wrap, but every letter is there.
    const text = (await pdfText(longFile)).replace(/\s+/g, "");
    expect(text).toContain("maria.konopnicka.wisniewska.przybyszewska.zoltowska");
  });
});
