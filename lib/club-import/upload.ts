import type { Actor } from "../access/policy";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { importClubs, type ImportOutcome, type ImportProgress } from "./import";
import { decodeCsv } from "./read-csv";

// The one way a file reaches the import, from the plain form (a server action) and from the
// form with progress (a route handler streaming it): size, type and encoding checked alike.

/** Server actions and the proxy refuse bodies over 1 MB; about 5,000 clubs fit in one. */
export const MAX_FILE_BYTES = 1024 * 1024 - 16 * 1024;

export type UploadRefusal = { ok: false; message: string };

export const noSecretMessage =
  "Serwer nie ma ustawionego klucza NEXTAUTH_SECRET, więc nie może przygotować linków zaproszeń. Poproś osobę, która prowadzi serwer, o jego ustawienie.";

export async function readUpload(value: FormDataEntryValue | null): Promise<{ ok: true; name: string; text: string } | UploadRefusal> {
  if (!value || typeof value === "string" || value.size === 0) return { ok: false, message: "Wybierz plik CSV z klubami." };
  if (value.size > MAX_FILE_BYTES) return { ok: false, message: "Ten plik jest za duży: może mieć najwyżej 1 MB, czyli około 5 000 klubów. Podziel go na mniejsze pliki." };
  const text = decodeCsv(new Uint8Array(await value.arrayBuffer()));
  // A spreadsheet saved as .xlsx is a zip archive: it starts with "PK" and holds NUL bytes.
  if (text.startsWith("PK") || text.includes("\u0000")) {
    return { ok: false, message: "To nie jest plik CSV. W arkuszu wybierz „Zapisz jako” i typ „CSV UTF-8 (rozdzielany przecinkami)”, a potem wyślij ten plik." };
  }
  const name = value.name.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 120) || "plik.csv";
  return { ok: true, name, text };
}

export async function importUpload(
  actor: Actor,
  value: FormDataEntryValue | null,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome | UploadRefusal> {
  const upload = await readUpload(value);
  if (!upload.ok) return upload;
  const secret = getConfig().authSecret ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return { ok: false, message: noSecretMessage };
  return importClubs(await getDb(), actor, upload, { secret, onProgress });
}
