import type { Db } from "../db/client";
import { countUse } from "../auth/rate-limit";
import { voivodeships } from "../access/clubs";
import { initials, parseVerificationCode } from "./code";

// The public verification page's one question: is there a certificate with this code? The answer
// names only what the certificate itself shows; look-ups are counted per address, so guessing codes
// (hopeless at 80 bits anyway) cannot be automated.

export const LOOKUP_LIMIT = 60;
export const LOOKUP_WINDOW_MS = 15 * 60 * 1000;

export type PublicCertificate = {
  /** Full name, initials, or null when the person has deleted their account. */
  name: string | null;
  kind: "MODULE" | "PATH";
  subjectTitle: string;
  number: string;
  completedAt: Date;
  issuedAt: Date;
  clubName: string;
  clubPlace: string;
  revokedAt: Date | null;
};

export type Verification =
  | { state: "malformed"; message: string }
  | { state: "limited"; retryAt: Date }
  | { state: "unknown" }
  | { state: "valid" | "revoked"; certificate: PublicCertificate };

export async function verifyCertificate(db: Db, input: unknown, ip: string | null, now = new Date()): Promise<Verification> {
  const parsed = parseVerificationCode(input);
  if (!parsed.ok) return { state: "malformed", message: parsed.message };
  const limit = await countUse(db, `certificate-lookup:ip:${ip ?? "unknown"}`, LOOKUP_LIMIT, LOOKUP_WINDOW_MS, now);
  if (limit.locked) return { state: "limited", retryAt: limit.retryAt };
  const found = await db.certificate.findUnique({
    where: { verificationCode: parsed.code },
    include: { club: { select: { name: true, city: true, voivodeship: true } }, user: { select: { certificateShowsFullName: true } } },
  });
  if (!found) return { state: "unknown" };
  const name = found.recipientName ? (found.user?.certificateShowsFullName === false ? initials(found.recipientName) : found.recipientName) : null;
  const certificate: PublicCertificate = {
    name,
    kind: found.kind,
    subjectTitle: found.subjectTitle,
    number: found.number,
    completedAt: found.completedAt,
    issuedAt: found.issuedAt,
    clubName: found.club.name,
    clubPlace: `${found.club.city}, woj. ${voivodeships[found.club.voivodeship]}`,
    revokedAt: found.revokedAt,
  };
  return { state: found.revokedAt ? "revoked" : "valid", certificate };
}
