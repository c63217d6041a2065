import { PDFDocument, PageSizes, grayscale, type PDFFont, type PDFPage } from "pdf-lib";
import { clubKinds } from "../access/clubs";
import { assertCan, NotFoundError } from "../access/guard";
import type { Actor } from "../access/policy";
import { drawQr } from "../auth/pdf-qr";
import { embedFonts, printable, wrapText, type PdfFonts } from "../auth/pdf-text";
import { hashToken } from "../auth/secrets";
import type { Db } from "../db/client";
import { formatDate } from "../format";
import { csvDate, toCsv } from "../reports/csv";
import { importInvitationToken } from "./import";

// What an import gives back: each invited manager's link, as a list (CSV, to send by e-mail
// merge) and as letters (one A4 page per club, to post or hand over). Links are derived again
// from the server's secret, so both can be downloaded whenever needed until the links expire.

export type ManagerLetter = {
  clubName: string;
  clubKind: string;
  address: string;
  gmina: string;
  email: string;
  link: string;
  validUntil: Date;
};

export async function getClubImport(db: Db, actor: Actor, importId: string) {
  assertCan(actor, "club.import", { kind: "global" });
  // An id from the address bar: NUL and other control bytes must not reach PostgreSQL.
  if (!/^[\w-]{1,64}$/.test(importId)) throw new NotFoundError("club import");
  const found = await db.clubImport.findUnique({ where: { id: importId }, include: { createdBy: { select: { displayName: true } } } });
  if (!found) throw new NotFoundError("club import");
  return found;
}

/** An import with how many of its invitations were made and how many still wait. */
export async function clubImportResult(db: Db, actor: Actor, importId: string, now = new Date()) {
  const found = await getClubImport(db, actor, importId);
  const [invited, waiting, firstExpiry] = await Promise.all([
    db.invitation.count({ where: { importId: found.id } }),
    db.invitation.count({ where: { importId: found.id, acceptedAt: null, expiresAt: { gt: now } } }),
    db.invitation.findFirst({ where: { importId: found.id }, orderBy: { expiresAt: "asc" }, select: { expiresAt: true } }),
  ]);
  return { ...found, invited, waiting, expiresAt: firstExpiry?.expiresAt ?? null };
}

export async function listClubImports(db: Db, actor: Actor, take = 10) {
  assertCan(actor, "club.import", { kind: "global" });
  return db.clubImport.findMany({ orderBy: { createdAt: "desc" }, take, include: { createdBy: { select: { displayName: true } } } });
}

/** The import's invitations still to be used: not accepted, not expired, made with today's secret. */
export async function importLetters(db: Db, actor: Actor, importId: string, secret: string, siteUrl: string, now = new Date()) {
  await getClubImport(db, actor, importId);
  const invitations = await db.invitation.findMany({
    where: { importId },
    include: { club: true },
    orderBy: [{ club: { voivodeship: "asc" } }, { club: { terytCode: "asc" } }, { club: { name: "asc" } }],
  });
  const letters: ManagerLetter[] = [];
  let used = 0;
  let expired = 0;
  for (const invitation of invitations) {
    if (invitation.acceptedAt) used += 1;
    else if (invitation.expiresAt <= now) expired += 1;
    else {
      const token = importInvitationToken(secret, invitation.id);
      // A changed server secret makes the old links unknowable: count them as expired.
      if (hashToken(token) !== invitation.tokenHash) {
        expired += 1;
        continue;
      }
      const { club } = invitation;
      letters.push({
        clubName: club.name,
        clubKind: clubKinds[club.kind],
        address: `${club.addressLine}, ${club.postalCode} ${club.city}`,
        gmina: club.gmina,
        email: invitation.email,
        link: new URL(`/zaproszenie/${token}`, siteUrl).toString(),
        validUntil: invitation.expiresAt,
      });
    }
  }
  return { letters, used, expired };
}

export function lettersCsv(letters: ManagerLetter[]): string {
  return toCsv(
    ["Klub", "Rodzaj miejsca", "Adres", "Gmina", "E-mail kierownika", "Link zaproszenia", "Ważny do"],
    letters.map((l) => [l.clubName, l.clubKind, l.address, l.gmina, l.email, l.link, csvDate(l.validUntil)]),
  );
}

const [PAGE_W, PAGE_H] = PageSizes.A4;
const MARGIN = 56;
const WIDTH = PAGE_W - 2 * MARGIN;
const BLACK = grayscale(0);
const QR_SIZE = 150;

/** One page per club, in one document so the fonts are embedded once. */
export async function renderManagerLetters(letters: ManagerLetter[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Zaproszenia dla kierowników klubów — Klub Cyfrowy");
  doc.setLanguage("pl-PL");
  doc.setCreator("Klub Cyfrowy");
  const fonts = await embedFonts(doc);
  for (const letter of letters) drawLetter(doc.addPage([PAGE_W, PAGE_H]), letter, fonts);
  return doc.save();
}

function drawLetter(page: PDFPage, letter: ManagerLetter, { regular, bold }: PdfFonts): void {
  let y = PAGE_H - MARGIN;
  const write = (text: string, size: number, font: PDFFont = regular, gapAfter = 0) => {
    for (const line of wrapText(printable(text, font), font, size, WIDTH)) {
      y -= size * 1.35;
      page.drawText(line, { x: MARGIN, y, size, font, color: BLACK });
    }
    y -= gapAfter;
  };
  write("Zaproszenie do programu Klub Cyfrowy", 22, bold, 14);
  write(letter.clubName, 15, bold);
  write(`${letter.clubKind}, ${letter.address}, gmina ${letter.gmina}`, 12, regular, 14);
  write("Dzień dobry,", 13, regular, 4);
  write(
    `zapraszamy do prowadzenia tego klubu w serwisie Klub Cyfrowy. Zaproszenie jest wysłane na adres ${letter.email}: konto kierownika klubu będzie miało ten adres.`,
    13,
    regular,
    10,
  );
  write("Co zrobić", 15, bold, 2);
  [
    "1. Zeskanuj kod poniżej aparatem telefonu albo wpisz adres spod kodu w przeglądarce.",
    "2. Na stronie zaproszenia wpisz imię i nazwisko oraz nowe hasło. Jeśli masz już konto w serwisie z tym adresem e-mail, wpisz swoje hasło.",
    "3. Po zalogowaniu możesz zaprosić edukatorów klubu. Oni dodadzą uczestników i wydrukują im karty do logowania.",
  ].forEach((step) => write(step, 13, regular, 4));
  y -= 10;
  drawQr(page, letter.link, MARGIN, y - QR_SIZE, QR_SIZE);
  y -= QR_SIZE + 8;
  // The whole link on one line, smaller if it must be: a link broken in two is hard to retype.
  const linkSize = Math.max(7, Math.min(12, (WIDTH / regular.widthOfTextAtSize(letter.link, 1)) * 0.98));
  y -= linkSize * 1.35;
  page.drawText(printable(letter.link, regular), { x: MARGIN, y, size: linkSize, font: regular, color: BLACK });
  y -= 16;
  write(`Link jest ważny do ${formatDate(letter.validUntil)} i działa jeden raz.`, 13, bold, 4);
  write("Nie przekazuj go nikomu: kto go otworzy, może zostać kierownikiem tego klubu. Jeśli link wygaśnie, poproś administratora programu o nowe zaproszenie.", 12);
}
