import { z } from "zod";
import { ConfigError } from "@/lib/config";

/**
 * Who runs this installation: the controller named in the privacy policy and the public body
 * named in the accessibility statement. Each club network deploys its own copy, so these come
 * from the environment, never from prose. A value left unset is null, and the pages show a
 * marked "[do uzupełnienia przez operatora: …]" in its place; a value set but malformed stops
 * with one sentence saying what to set, because a wrong e-mail in a legal statement is worse
 * than an obvious gap.
 */
export type Operator = {
  /** Full official name of the controller / public body. */
  name: string | null;
  /** Postal address, one line. */
  address: string | null;
  email: string | null;
  phone: string | null;
  /** The data protection officer (inspektor ochrony danych). */
  dpoEmail: string | null;
  /** The public address of this site, e.g. https://klub.example.pl. */
  siteUrl: string | null;
  /** The letters of art. 6 ust. 1 RODO the operator relies on, in order, e.g. ["b", "e"]. */
  legalBasis: LegalBasisLetter[] | null;
  /** "Data publikacji strony internetowej", YYYY-MM-DD. */
  statementPublished: string | null;
  /** "Data ostatniej istotnej aktualizacji", YYYY-MM-DD. */
  statementUpdated: string | null;
  /** The day the accessibility statement was prepared ("Data sporządzenia deklaracji"), YYYY-MM-DD. */
  statementPrepared: string | null;
  /** Who handles accessibility requests: a person or a unit, e.g. "Koordynator do spraw dostępności". */
  contactPerson: string | null;
};

export const legalBasisLetters = ["a", "b", "c", "d", "e", "f"] as const;
export type LegalBasisLetter = (typeof legalBasisLetters)[number];

/** Unset and blank are the same thing: not filled in yet. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }, schema.optional());
}

const leaveUnset = "— or leave it unset to show a placeholder for the operator to fill in";

const text = (name: string) =>
  z.string().max(300, `${name} must be at most 300 characters ${leaveUnset}`);

const email = (name: string) =>
  z.email({ message: `${name} must be an e-mail address such as dostepnosc@example.pl ${leaveUnset}` });

const phoneMessage = (name: string) => `${name} must be a phone number such as +48 22 123 45 67 ${leaveUnset}`;
const phone = (name: string) =>
  z
    .string()
    .regex(/^\+?[0-9][0-9 ()-]*$/, phoneMessage(name))
    .refine((value) => {
      const digits = value.replace(/\D/g, "").length;
      return digits >= 9 && digits <= 15;
    }, phoneMessage(name));

const isoDate = (name: string) =>
  z.iso.date({ message: `${name} must be a date written as YYYY-MM-DD, e.g. 2026-03-31 ${leaveUnset}` });

const legalBasisMessage = `OPERATOR_LEGAL_BASIS must list the letters of art. 6 ust. 1 RODO the operator relies on, e.g. "e" or "b,e" ${leaveUnset}`;
const legalBasis = z
  .string()
  .transform((value) => value.toLowerCase().split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(z.enum(legalBasisLetters, { message: legalBasisMessage })).min(1, legalBasisMessage))
  .transform((letters) => legalBasisLetters.filter((letter) => letters.includes(letter)));

const operatorSchema = z
  .object({
    OPERATOR_NAME: optional(text("OPERATOR_NAME")),
    OPERATOR_ADDRESS: optional(text("OPERATOR_ADDRESS")),
    OPERATOR_EMAIL: optional(email("OPERATOR_EMAIL")),
    OPERATOR_PHONE: optional(phone("OPERATOR_PHONE")),
    OPERATOR_DPO_EMAIL: optional(email("OPERATOR_DPO_EMAIL")),
    OPERATOR_SITE_URL: optional(
      z.url({
        protocol: /^https?$/,
        message: `OPERATOR_SITE_URL must be the site's full address, e.g. https://klub.example.pl ${leaveUnset}`,
      }),
    ),
    OPERATOR_LEGAL_BASIS: optional(legalBasis),
    OPERATOR_STATEMENT_PUBLISHED: optional(isoDate("OPERATOR_STATEMENT_PUBLISHED")),
    OPERATOR_STATEMENT_UPDATED: optional(isoDate("OPERATOR_STATEMENT_UPDATED")),
    OPERATOR_STATEMENT_PREPARED: optional(isoDate("OPERATOR_STATEMENT_PREPARED")),
    OPERATOR_CONTACT_PERSON: optional(text("OPERATOR_CONTACT_PERSON")),
  })
  .superRefine((env, ctx) => {
    // ISO dates compare correctly as strings.
    if (env.OPERATOR_STATEMENT_PUBLISHED && env.OPERATOR_STATEMENT_UPDATED && env.OPERATOR_STATEMENT_UPDATED < env.OPERATOR_STATEMENT_PUBLISHED) {
      ctx.addIssue({
        code: "custom",
        path: ["OPERATOR_STATEMENT_UPDATED"],
        message: "OPERATOR_STATEMENT_UPDATED (the last significant update) cannot be earlier than OPERATOR_STATEMENT_PUBLISHED (the site's publication date)",
      });
    }
  });

export function parseOperator(env: Record<string, string | undefined> = process.env): Operator {
  const result = operatorSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(issue ? issue.message : "The operator's details (OPERATOR_*) are not valid");
  }
  const value = result.data;
  return {
    name: value.OPERATOR_NAME ?? null,
    address: value.OPERATOR_ADDRESS ?? null,
    email: value.OPERATOR_EMAIL ?? null,
    phone: value.OPERATOR_PHONE ?? null,
    dpoEmail: value.OPERATOR_DPO_EMAIL ?? null,
    siteUrl: value.OPERATOR_SITE_URL ?? null,
    legalBasis: value.OPERATOR_LEGAL_BASIS ?? null,
    statementPublished: value.OPERATOR_STATEMENT_PUBLISHED ?? null,
    statementUpdated: value.OPERATOR_STATEMENT_UPDATED ?? null,
    statementPrepared: value.OPERATOR_STATEMENT_PREPARED ?? null,
    contactPerson: value.OPERATOR_CONTACT_PERSON ?? null,
  };
}

/**
 * The operator's details from the environment. Read on each call (it is a handful of strings):
 * the pages that show them render per request, so a changed value shows after a restart
 * without a rebuild.
 */
export function getOperator(): Operator {
  return parseOperator(process.env);
}
