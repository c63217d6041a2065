import { createHmac, randomUUID } from "node:crypto";
import { joinCode } from "../access/clubs";
import { assertCan } from "../access/guard";
import type { Actor } from "../access/policy";
import { audit } from "../auth/audit";
import { hashToken } from "../auth/secrets";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { clubKey, readClubRows, type ClubRow, type RowProblem } from "./rows";

// A whole file or nothing: every row is checked first, then one transaction writes the clubs,
// the managers' invitations and the audit trail. Clubs are found again by their identifier or by
// gmina + name, so the same file imported twice changes nothing and invites nobody twice.

/** Letters go by post: a week, as for one invitation, is too short for them. */
export const IMPORT_INVITATION_DAYS = 30;

export type ImportProgress = { phase: "checking" | "writing" | "inviting"; done: number; total: number };
export type ImportSummary = { importId: string; rows: number; created: number; updated: number; unchanged: number; invited: number };
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problems: RowProblem[] };

const clubFields = ["name", "kind", "addressLine", "postalCode", "city", "gmina", "powiat", "voivodeship", "terytCode"] as const;
const CHUNK = 500;

class Rejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super("club import rejected");
  }
}

/**
 * The token of an imported invitation, derived from the server's secret so that its letters can
 * be printed again later; only its hash is stored, as for every invitation.
 */
export function importInvitationToken(secret: string, invitationId: string): string {
  return createHmac("sha256", secret).update(`club-import-invitation:${invitationId}`).digest("base64url");
}

type ExistingClub = { id: string; externalId: string | null; terytCode: string | null } & Pick<ClubRow, Exclude<(typeof clubFields)[number], "terytCode">>;
const existingSelect = { id: true, externalId: true, name: true, kind: true, addressLine: true, postalCode: true, city: true, gmina: true, powiat: true, voivodeship: true, terytCode: true } as const;

async function freshJoinCodes(tx: Prisma.TransactionClient, names: string[]): Promise<string[]> {
  const codes = names.map(joinCode);
  // Many clubs share a name's first letters ("BIBLIO"): four random characters collide within thousands.
  for (let round = 0; round < 20; round += 1) {
    const taken = new Set((await tx.club.findMany({ where: { joinCode: { in: codes } }, select: { joinCode: true } })).map((c) => c.joinCode));
    const seen = new Set<string>();
    let clashes = 0;
    codes.forEach((code, at) => {
      if (taken.has(code) || seen.has(code)) {
        codes[at] = joinCode(names[at]!);
        clashes += 1;
      }
      seen.add(codes[at]!);
    });
    if (!clashes) return codes;
  }
  throw new Error("could not find free join codes");
}

function matchRows(rows: ClubRow[], existing: ExistingClub[]): Map<ClubRow, ExistingClub | null> {
  const byId = new Map(existing.flatMap((club) => (club.externalId ? [[club.externalId, club] as const] : [])));
  const byKey = new Map<string, ExistingClub[]>();
  for (const club of existing) {
    if (!club.terytCode) continue;
    const key = clubKey(club.terytCode, club.name);
    byKey.set(key, [...(byKey.get(key) ?? []), club]);
  }
  const problems: RowProblem[] = [];
  const matches = new Map<ClubRow, ExistingClub | null>();
  const rowOfClub = new Map<string, number>();
  for (const row of rows) {
    const sameKey = byKey.get(clubKey(row.terytCode, row.name)) ?? [];
    let match: ExistingClub | null;
    if (row.externalId) {
      // A club added by hand gets the file's identifier; one with another identifier is another club.
      match = byId.get(row.externalId) ?? (sameKey.filter((club) => !club.externalId).length === 1 ? sameKey.find((club) => !club.externalId)! : null);
    } else if (sameKey.length > 1) {
      problems.push({ line: row.line, column: "nazwa klubu", message: "W tej gminie są już dwa kluby o tej nazwie. Wpisz w kolumnie „identyfikator”, o który chodzi, albo zmień nazwę." });
      continue;
    } else match = sameKey[0] ?? null;
    if (match && rowOfClub.has(match.id)) {
      problems.push({ line: row.line, column: null, message: `Ten wiersz i wiersz ${rowOfClub.get(match.id)} opisują ten sam istniejący klub „${match.name}”. Zostaw jeden z nich.` });
      continue;
    }
    if (match) rowOfClub.set(match.id, row.line);
    matches.set(row, match);
  }
  if (problems.length) throw new Rejected(problems);
  return matches;
}

const sameClub = (row: ClubRow, club: ExistingClub) =>
  clubFields.every((field) => row[field] === club[field]) && (row.externalId === null || row.externalId === club.externalId);

export async function importClubs(
  db: Db,
  actor: Actor,
  file: { name: string; text: string },
  options: { secret: string; now?: Date; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportOutcome> {
  assertCan(actor, "club.import", { kind: "global" });
  const report = options.onProgress ?? (() => {});
  const now = options.now ?? new Date();
  const { rows, problems } = readClubRows(file.text);
  report({ phase: "checking", done: rows.length, total: rows.length });
  if (problems.length) return { ok: false, problems };

  try {
    const summary = await db.$transaction(
      async (tx) => {
        // Two imports at once would both see a club as missing and both create it.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('club-import'))`;
        const existing: ExistingClub[] = await tx.club.findMany({
          where: {
            OR: [
              { externalId: { in: rows.flatMap((row) => (row.externalId ? [row.externalId] : [])) } },
              { terytCode: { in: [...new Set(rows.map((row) => row.terytCode))] } },
            ],
          },
          select: existingSelect,
        });
        const matches = matchRows(rows, existing);
        const fresh = rows.filter((row) => !matches.get(row));
        const changed = rows.filter((row) => {
          const club = matches.get(row);
          return club && !sameClub(row, club);
        });
        const total = fresh.length + changed.length;
        const clubOf = new Map<ClubRow, string>();
        const codes = await freshJoinCodes(tx, fresh.map((row) => row.name));
        for (let at = 0; at < fresh.length; at += CHUNK) {
          const data = fresh.slice(at, at + CHUNK).map((row, i) => {
            const id = randomUUID();
            clubOf.set(row, id);
            return { id, externalId: row.externalId, joinCode: codes[at + i]!, ...Object.fromEntries(clubFields.map((field) => [field, row[field]])) } as Prisma.ClubCreateManyInput;
          });
          await tx.club.createMany({ data });
          report({ phase: "writing", done: Math.min(at + CHUNK, fresh.length), total });
        }
        for (const [at, row] of changed.entries()) {
          const club = matches.get(row)!;
          await tx.club.update({
            where: { id: club.id },
            data: { ...Object.fromEntries(clubFields.map((field) => [field, row[field]])), ...(row.externalId ? { externalId: row.externalId } : {}) },
          });
          if ((at + 1) % 100 === 0 || at + 1 === changed.length) report({ phase: "writing", done: fresh.length + at + 1, total });
        }
        for (const [row, club] of matches) if (club) clubOf.set(row, club.id);

        // A manager is invited once: not when the club has one, nor while an invitation to them waits.
        const clubIds = [...clubOf.values()];
        const [managed, pending] = await Promise.all([
          tx.membership.findMany({ where: { clubId: { in: clubIds }, role: "MANAGER" }, select: { clubId: true } }),
          tx.invitation.findMany({ where: { clubId: { in: clubIds }, role: "MANAGER", acceptedAt: null, expiresAt: { gt: now } }, select: { clubId: true, email: true } }),
        ]);
        const hasManager = new Set(managed.map((m) => m.clubId));
        const waiting = new Set(pending.map((i) => `${i.clubId} ${i.email}`));
        const toInvite = rows.filter((row) => !hasManager.has(clubOf.get(row)!) && !waiting.has(`${clubOf.get(row)} ${row.managerEmail}`));

        const clubImport = await tx.clubImport.create({
          data: { fileName: file.name, createdById: actor.userId, rows: rows.length, created: fresh.length, updated: changed.length, unchanged: rows.length - total },
        });
        const expiresAt = new Date(now.getTime() + IMPORT_INVITATION_DAYS * 24 * 60 * 60 * 1000);
        const invitations = toInvite.map((row) => {
          const id = randomUUID();
          return { id, clubId: clubOf.get(row)!, role: "MANAGER" as const, email: row.managerEmail, tokenHash: hashToken(importInvitationToken(options.secret, id)), expiresAt, invitedById: actor.userId, importId: clubImport.id };
        });
        for (let at = 0; at < invitations.length; at += CHUNK) {
          await tx.invitation.createMany({ data: invitations.slice(at, at + CHUNK) });
          report({ phase: "inviting", done: Math.min(at + CHUNK, invitations.length), total: invitations.length });
        }

        const event = (action: string, clubId: string, targetType: string, targetId: string) => ({ action, actorId: actor.userId, clubId, targetType, targetId, at: now });
        const events = [
          ...fresh.map((row) => event("club.create", clubOf.get(row)!, "club", clubOf.get(row)!)),
          ...changed.map((row) => event("club.update", clubOf.get(row)!, "club", clubOf.get(row)!)),
          ...invitations.map((invitation) => event("invitation.create", invitation.clubId, "invitation", invitation.id)),
        ];
        for (let at = 0; at < events.length; at += CHUNK) await tx.auditEvent.createMany({ data: events.slice(at, at + CHUNK) });
        const summary = { importId: clubImport.id, rows: rows.length, created: fresh.length, updated: changed.length, unchanged: rows.length - total, invited: invitations.length };
        await audit(tx, { action: "club.import", actorId: actor.userId, targetType: "club-import", targetId: clubImport.id, details: { ...summary, fileName: file.name } });
        return summary;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, problems: error.problems };
    throw error;
  }
}
