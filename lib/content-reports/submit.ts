import { z } from "zod";
import type { Actor } from "../access/policy";
import { releaseAttempt, reserveUses, type Lockout } from "../auth/rate-limit";
import type { Db } from "../db/client";
import { hasControlCharacters } from "../forms";
import { PROBLEM_MAX, SCREEN_MAX } from "./fields";
import { CONTENT_VERSION } from "./version";

export { PROBLEM_MAX, reportFields, SCREEN_MAX } from "./fields";

// „Coś się nie zgadza? Napisz nam”: a guest, a learner or an educator reports a mistake in one
// step. Nothing personal is asked; the limits keep one address or one account from flooding it.
/** Reports per client address per hour: a club room shares one address, so it is generous. */
export const REPORTS_PER_ADDRESS = 20;
/** Reports per signed-in account per hour. */
export const REPORTS_PER_ACCOUNT = 10;
export const REPORT_WINDOW_MS = 60 * 60 * 1000;

/** Typed text may span lines; other control characters (NUL…) are nothing a person types. */
function typedText(max: number, tooLong: string, required?: string) {
  return z
    .string()
    .trim()
    .min(required ? 1 : 0, required)
    .max(max, tooLong)
    .refine((value) => !hasControlCharacters(value.replace(/[\r\n\t]/g, " ")), "Ten tekst zawiera niedozwolone znaki. Usuń je i wyślij jeszcze raz.");
}

export const reportSchema = z.object({
  lekcja: z.string().regex(/^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/, "Nie wiemy, której lekcji to dotyczy."),
  krok: z.string().regex(/^[a-z0-9-]{1,80}$/, "Nie wiemy, którego kroku to dotyczy."),
  wersja: z.string().regex(CONTENT_VERSION, "Nie wiemy, którą wersję lekcji czytałeś."),
  problem: typedText(PROBLEM_MAX, `Ten opis jest za długi. Skróć go, proszę, do ${PROBLEM_MAX} znaków.`, "Napisz, co się nie zgadza — wystarczy jedno zdanie."),
  ekran: typedText(SCREEN_MAX, `Ten opis jest za długi. Skróć go, proszę, do ${SCREEN_MAX} znaków.`),
});

export type ReportInput = z.infer<typeof reportSchema>;

export class ReportLimitError extends Error {
  override name = "ReportLimitError";
  constructor(readonly retryAt: Date) {
    super("too many reports");
  }
}

export function reportLimitKeys(actor: Pick<Actor, "userId"> | null, ip: string | null): string[] {
  // Without a known address (not served through scripts/server.mjs) all such posts share one bucket: fail closed.
  const keys = [`content-report:ip:${ip ?? "unknown"}`];
  if (actor) keys.push(`content-report:account:${actor.userId}`);
  return keys;
}

const limitOf = (key: string) => (key.startsWith("content-report:account:") ? REPORTS_PER_ACCOUNT : REPORTS_PER_ADDRESS);

/**
 * Stores one report: the limits are reserved first (atomically, so 100 posts at once store at
 * most the limit), and handed back if storing fails. A signed-in person's report carries their
 * account and the club they act for (an educator's active club, a learner's club).
 */
export async function storeContentReport(db: Db, actor: Actor | null, ip: string | null, input: ReportInput, now = new Date()) {
  const keys = reportLimitKeys(actor, ip);
  const lockout: Lockout = await reserveUses(db, keys, limitOf, REPORT_WINDOW_MS, now);
  if (lockout.locked) throw new ReportLimitError(lockout.retryAt);
  try {
    return await db.contentReport.create({
      data: {
        lessonSlug: input.lekcja,
        stepId: input.krok,
        contentVersion: input.wersja,
        problem: input.problem,
        screenShows: input.ekran || null,
        reporterId: actor?.userId ?? null,
        clubId: actor?.activeClubId ?? null,
      },
      select: { id: true },
    });
  } catch (error) {
    for (const key of keys) await releaseAttempt(db, key);
    throw error;
  }
}
