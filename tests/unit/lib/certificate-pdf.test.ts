/** @jest-environment node */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { groupCode } from "@/lib/certificates/code";
import { renderCertificates, type CertificateDocument } from "@/lib/certificates/pdf";

const run = promisify(execFile);

const SITE = "https://klubcyfrowy.example.pl";
const CODE = "K7QM3WXAB2CDEFGH";

const certificate: CertificateDocument = {
  recipientName: "Zażółć Gęślą Jaźń",
  kind: "MODULE",
  subjectTitle: "Internetowe Konto Pacjenta",
  lessonTitles: [
    "Zaloguj się do Internetowego Konta Pacjenta",
    "Odbierz e-receptę i e-skierowanie kodem z SMS-a",
    "Aplikacja mojeIKP w telefonie",
    "Upoważnij bliską osobę",
  ],
  learningMinutes: 95,
  completedAt: new Date("2026-03-10T10:00:00Z"),
  issuedAt: new Date("2026-03-11T09:30:00Z"),
  clubName: "Gminna Biblioteka Publiczna w Łące",
  clubPlace: "ul. Źródlana 3, 05-123 Łąka, woj. mazowieckie",
  issuerName: "Barbara Żmijewska",
  issuerRole: "Kierownik klubu",
  number: "0007/2026",
  verificationCode: CODE,
  verifyUrl: `${SITE}/certyfikat/${groupCode(CODE)}`,
};

/** The built-in path with the most lessons, issued by the demo club with its long name. */
const crowded: CertificateDocument = {
  ...certificate,
  kind: "PATH",
  subjectTitle: "Urząd w telefonie",
  lessonTitles: [
    "Załóż profil zaufany przez swój bank",
    "Zaloguj się do usług państwa przez login.gov.pl",
    "Zainstaluj aplikację mObywatel i ustaw bezpieczne hasło",
    "Dodaj mDowód do aplikacji mObywatel",
    "Zaloguj się do Internetowego Konta Pacjenta",
    "Odbierz e-receptę i e-skierowanie kodem z SMS-a",
    "Sprawdź, czy musisz coś zrobić z PIT-em do 30 kwietnia",
    "Zaloguj się do Twojego e-PIT-u i zaakceptuj zeznanie",
  ],
  learningMinutes: 245,
  clubName: "Klub Rozwoju Cyfrowego w Gminnej Bibliotece Publicznej w Lipowej",
  clubPlace: "ul. Szkolna 4, 34-324 Lipowa, woj. śląskie",
  issuerName: "Krystyna Wiśniewska-Przybyszewska",
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "certificates-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileCount = 0;
async function save(bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, `certificate-${++fileCount}.pdf`);
  await writeFile(file, bytes);
  return file;
}

async function pdfText(file: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("pdftotext", [...args, file, "-"], { encoding: "utf8" });
  return stdout;
}

async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", ["-isodates", file], { encoding: "utf8" });
  return Object.fromEntries(stdout.split("\n").flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match ? [[match[1]!, match[2]!.trim()]] : [];
  }));
}

async function qrOnPage(file: string, page = 1): Promise<string | undefined> {
  const prefix = path.join(dir, `qr-${++fileCount}`);
  await run("pdftoppm", ["-png", "-r", "150", "-f", String(page), "-l", String(page), "-singlefile", file, prefix]);
  const png = PNG.sync.read(await readFile(`${prefix}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: "dontInvert" })?.data;
}

type Box = { word: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word with its box, in points from the page's top-left corner. */
async function wordBoxes(file: string): Promise<Box[]> {
  const html = await pdfText(file, "-bbox");
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    word: m[5]!,
  }));
}

/** Pairs of words whose boxes overlap by more than a sliver (line spacing makes boxes touch). */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (x > 1 && y > 3) found.push(`"${a.word}" × "${b.word}"`);
    }
  }
  return found;
}

describe("certificate PDF", () => {
  let single: Uint8Array;
  let file: string;

  beforeAll(async () => {
    single = await renderCertificates([certificate]);
    file = await save(single);
  });

  it("prints the name with every Polish letter, the subject, number and grouped code as text", async () => {
    const text = await pdfText(file);
    expect(text).toContain("Zażółć Gęślą Jaźń");
    expect(text).toContain("CERTYFIKAT");
    expect(text).toContain("ukończenia modułu nauki");
    expect(text).toContain("„Internetowe Konto Pacjenta”");
    expect(text).toContain("Numer certyfikatu: 0007/2026");
    expect(text).toContain("K7QM-3WXA-B2CD-EFGH");
    expect(text).toContain(certificate.verifyUrl);
    expect(text).toContain("Lekcje (4):");
    for (const title of certificate.lessonTitles) expect(text).toContain(title);
    expect(text).toContain("10 marca 2026");
    expect(text).toContain("Wydano 11 marca 2026");
    expect(text).toContain("1 godz. 35 min");
    expect(text).toContain(certificate.clubName);
    expect(text).toContain("Barbara Żmijewska");
    expect(text).toContain("Kierownik klubu");
    // No "?" stand-ins for letters the font lacks.
    expect(text.replace(/[^?]/g, "")).toBe("");
  });

  it("says path, not module, for a lesson path", async () => {
    const text = await pdfText(await save(await renderCertificates([{ ...certificate, kind: "PATH" }])));
    expect(text).toContain("ukończenia ścieżki nauki");
    expect(text).toContain("za ukończenie całej ścieżki nauki");
    expect(text).not.toContain("modułu");
  });

  it("uses words that fit every reader, never „ukończył(a)”", async () => {
    const text = await pdfText(file);
    expect(text).toContain("Certyfikat otrzymuje");
    expect(text).toContain("za ukończenie całego modułu");
    expect(text).not.toMatch(/ukończył|\(a\)/);
  });

  it("leaves the learning time out when it is not known, instead of „poniżej minuty”", async () => {
    const text = await pdfText(await save(await renderCertificates([{ ...certificate, learningMinutes: 0 }])));
    expect(text).not.toContain("Łączny czas nauki");
    expect(text).not.toContain("poniżej minuty");
    expect(text).not.toContain("0 min");
    expect(text).toContain("Data ukończenia:");
    expect(text).toContain("Miejsce:");
  });

  it("prints a QR code that decodes to exactly the verification address", async () => {
    expect(await qrOnPage(file)).toBe(`${SITE}/certyfikat/K7QM-3WXA-B2CD-EFGH`);
  });

  it("is one A4 page, not encrypted, titled with the number and dated with the issue time", async () => {
    const info = await pdfInfo(file);
    expect(info.Pages).toBe("1");
    expect(info.Encrypted).toBe("no");
    expect(info["Page size"]).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    expect(info.Title).toBe("Certyfikat 0007/2026 — Klub Cyfrowy");
    expect(new Date(info.CreationDate!).toISOString()).toBe(certificate.issuedAt.toISOString());
  });

  it("gives byte-identical files when the same certificate is printed again", async () => {
    const again = await renderCertificates([{ ...certificate }]);
    expect(Buffer.from(again).equals(Buffer.from(single))).toBe(true);
    // …and different bytes for a different certificate, so the comparison means something.
    const other = await renderCertificates([{ ...certificate, number: "0008/2026" }]);
    expect(Buffer.from(other).equals(Buffer.from(single))).toBe(false);
  });

  it("prints 12 certificates as one 12-page document, each page with its own name, number and QR", async () => {
    const many = Array.from({ length: 12 }, (_, i): CertificateDocument => {
      const code = `${"ABCDEFGHJKLMNPQR"[i]}7QM3WXAB2CDEFGH`;
      return { ...certificate, recipientName: `Uczestnik Numer ${i + 1}`, number: `${String(i + 1).padStart(4, "0")}/2026`, verificationCode: code, verifyUrl: `${SITE}/certyfikat/${groupCode(code)}` };
    });
    const manyFile = await save(await renderCertificates(many));
    const info = await pdfInfo(manyFile);
    expect(info.Pages).toBe("12");
    expect(info.Encrypted).toBe("no");
    expect(info.Title).toBe("Certyfikaty — Klub Cyfrowy");
    const pages = (await pdfText(manyFile)).split("\f").filter((page) => page.trim());
    expect(pages).toHaveLength(12);
    pages.forEach((page, i) => {
      expect(page).toContain(`Uczestnik Numer ${i + 1}`);
      expect(page).toContain(`Numer certyfikatu: ${many[i]!.number}`);
      expect(page).toContain(groupCode(many[i]!.verificationCode));
    });
    expect(pages[0]).not.toContain("Uczestnik Numer 2\n");
    expect(await qrOnPage(manyFile, 12)).toBe(many[11]!.verifyUrl);
  });

  it("keeps the longest built-in path readable: every lesson listed, no text over other text, all inside the frame", async () => {
    const crowdedFile = await save(await renderCertificates([crowded]));
    const text = (await pdfText(crowdedFile)).replace(/\s+/g, " ");
    for (const title of crowded.lessonTitles) expect(text).toContain(title);
    expect(text).toContain(crowded.clubName);
    expect(text).toContain(crowded.clubPlace);
    expect(text).toContain(crowded.issuerName);
    expect(text).not.toContain("…");
    const boxes = await wordBoxes(crowdedFile);
    expect(boxes.length).toBeGreaterThan(80);
    expect(overlaps(boxes)).toEqual([]);
    for (const box of boxes) {
      // A4 is 595 × 842 pt; the inner frame is 31 pt from the edge.
      expect(box.xMin).toBeGreaterThanOrEqual(31);
      expect(box.yMin).toBeGreaterThanOrEqual(31);
      expect(box.xMax).toBeLessThanOrEqual(595 - 31);
      expect(box.yMax).toBeLessThanOrEqual(842 - 31);
    }
    expect(await qrOnPage(crowdedFile)).toBe(crowded.verifyUrl);
  });

  it("keeps an absurdly long name and subject on the page without overlapping", async () => {
    const long = await save(
      await renderCertificates([
        {
          ...crowded,
          recipientName: "Maria Konopnicka-Wiśniewska z domu Przybyszewska-Żółtowska Grzegorzewska-Brzęczyszczykiewicz",
          subjectTitle: "Bezpiecznie w sieci: jak rozpoznać oszustwo w SMS-ie, w komunikatorze i przez telefon, i jak chronić swoje konta",
          clubPlace: "ul. Długa 128/130, 05-123 Brzęczyszczykiewicze Dolne, powiat strzelecko-drezdenecki, woj. lubuskie",
        },
      ]),
    );
    expect(overlaps(await wordBoxes(long))).toEqual([]);
    expect((await pdfText(long)).replace(/\s+/g, "")).toContain("Konopnicka-Wiśniewska");
  });

  it("lists as many lessons as fit and says how many more there are, rather than run into the signature", async () => {
    const lessonTitles = Array.from({ length: 30 }, (_, i) => `Lekcja numer ${i + 1}: jak bezpiecznie korzystać z usług państwa w telefonie`);
    const file = await save(await renderCertificates([{ ...crowded, lessonTitles }]));
    const text = (await pdfText(file)).replace(/\s+/g, " ");
    expect(text).toContain("Lekcje (30):");
    expect(text).toContain("Lekcja numer 1:");
    const shown = lessonTitles.filter((title) => text.includes(title)).length;
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(30);
    expect(text).toContain(`…i jeszcze ${30 - shown} lekcji`);
    expect(overlaps(await wordBoxes(file))).toEqual([]);
  });
});
