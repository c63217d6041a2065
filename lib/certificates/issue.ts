import type { Db } from "../db/client";
import type { Certificate } from "../db/generated/client";
import { certificateNumber, generateVerificationCode } from "./code";
import type { CertificateSubject } from "./subjects";

export type IssueInput = {
  clubId: string;
  userId: string;
  recipientName: string;
  subject: CertificateSubject;
  completedAt: Date;
  learningMinutes: number;
  issuer: { id: string | null; name: string; role: string };
  /** A revoked certificate stays revoked unless staff ask for a new one on purpose. */
  replaceRevoked?: boolean;
  now?: Date;
};

const yearFormatter = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Europe/Warsaw" });

/** The year a certificate is numbered in: the Polish calendar year of issue. */
export function issueYear(date: Date): number {
  return Number(yearFormatter.format(date));
}

/**
 * Issues the learner's certificate for the subject, or returns the one already issued: one per
 * club, learner and subject, so reprinting always gives the same number and code. After a
 * revocation the revoked one is returned, unless `replaceRevoked` asks for a new certificate. Numbers run
 * 0001, 0002, … per club and year without gaps; a transaction-scoped advisory lock on the club's
 * year serialises concurrent issuing, so two managers printing at once never take the same number.
 */
export async function issueCertificate(db: Db, input: IssueInput): Promise<{ certificate: Certificate; created: boolean }> {
  const now = input.now ?? new Date();
  const year = issueYear(now);
  const key = { clubId: input.clubId, userId: input.userId, kind: input.subject.kind, subjectKey: input.subject.key };
  const keep = (latest: Certificate | null) => Boolean(latest && (!latest.revokedAt || !input.replaceRevoked));
  const latest = await db.certificate.findFirst({ where: key, orderBy: { reissue: "desc" } });
  if (latest && keep(latest)) return { certificate: latest, created: false };
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`certificate:${input.clubId}`}), ${year}::int)`;
    const raced = await tx.certificate.findFirst({ where: key, orderBy: { reissue: "desc" } });
    if (raced && keep(raced)) return { certificate: raced, created: false };
    const last = await tx.certificate.aggregate({ where: { clubId: input.clubId, year }, _max: { sequence: true } });
    const sequence = (last._max.sequence ?? 0) + 1;
    const certificate = await tx.certificate.create({
      data: {
        ...key,
        reissue: raced ? raced.reissue + 1 : 0,
        year,
        sequence,
        number: certificateNumber(sequence, year),
        verificationCode: generateVerificationCode(),
        recipientName: input.recipientName,
        subjectTitle: input.subject.title,
        lessonTitles: input.subject.lessons.map((lesson) => lesson.title),
        learningMinutes: input.learningMinutes,
        completedAt: input.completedAt,
        issuedById: input.issuer.id,
        issuerName: input.issuer.name,
        issuerRole: input.issuer.role,
        issuedAt: now,
      },
    });
    return { certificate, created: true };
  });
}
