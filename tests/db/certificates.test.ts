/** @jest-environment node */
import {
  AlreadyRevokedError,
  certificateFilterSchema,
  issueClubCertificates,
  listClubCertificates,
  noFilter,
  ownCertificate,
  printClubCertificates,
  revokeCertificate,
  setEducatorsMayPrint,
  type CertificateFilter,
} from "@/lib/access/certificates";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import { CODE_ALPHABET, generateVerificationCode, groupCode, initials } from "@/lib/certificates/code";
import { issueCertificate, issueYear, type IssueInput } from "@/lib/certificates/issue";
import { certificateSubjects, subjectId, type CertificateSubject } from "@/lib/certificates/subjects";
import { LOOKUP_LIMIT, LOOKUP_WINDOW_MS, verifyCertificate } from "@/lib/certificates/verify";
import { getCatalogue } from "@/lib/content/catalogue";
import type { Db } from "@/lib/db/client";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const SITE = "https://klubcyfrowy.example.pl";
const NOW = new Date("2026-05-04T10:00:00Z");
const filter = (extra: Partial<CertificateFilter> = {}): CertificateFilter => ({ ...noFilter, ...extra });

async function learner(db: Db, clubId: string, displayName: string, groupId?: string) {
  const user = await db.user.create({
    data: {
      displayName,
      username: `learner.${uniqueSuffix()}`,
      memberships: { create: { clubId, role: "LEARNER" } },
      ...(groupId ? { groupMemberships: { create: { groupId } } } : {}),
    },
  });
  const actor: Actor = { userId: user.id, displayName, username: user.username, isAdmin: false, memberships: [{ clubId, clubName: "", role: "LEARNER" }], activeClubId: null };
  return { ...user, actor };
}

/** Completes the lessons, the last one at `at` and each earlier one a day before the next. */
async function complete(db: Db, userId: string, lessons: string[], at: Date) {
  await db.lessonCompletion.createMany({
    data: lessons.map((lessonSlug, index) => ({ userId, lessonSlug, completedAt: new Date(at.getTime() - (lessons.length - 1 - index) * 86_400_000) })),
  });
}

describe("certificate filter (the form's query string)", () => {
  const parse = (query: Record<string, string>) => certificateFilterSchema.safeParse(query);
  const message = (query: Record<string, string>) => parse(query).error?.issues[0]?.message;

  it("fills in what is missing and keeps what was chosen", () => {
    // A form without the choice prints one certificate per learner.
    expect(parse({})).toEqual({ success: true, data: { ...noFilter, zakres: "jeden" } });
    expect(parse({ zakres: "wszystkie" })).toEqual({ success: true, data: noFilter });
    expect(parse({ zakres: "kilka" }).success).toBe(false);
    expect(parse({ grupa: "g1", temat: "MODULE:ikp", od: "2026-02-01", do: "2026-02-28" }).data).toEqual({ ...noFilter, zakres: "jeden", grupa: "g1", temat: "MODULE:ikp", od: "2026-02-01", do: "2026-02-28" });
    expect(parse({ od: "2026-03-01", do: "2026-03-01" }).success).toBe(true);
  });

  it("says how to write a date, and that a day is not in the calendar", () => {
    expect(message({ od: "1.02.2026" })).toMatch(/rok-miesiąc-dzień/);
    for (const day of ["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-32"]) {
      expect(message({ do: day })).toBe("Takiej daty nie ma w kalendarzu.");
    }
    expect(parse({ od: "2028-02-29" }).success).toBe(true);
  });

  it("refuses a range that ends before it starts", () => {
    expect(message({ od: "2026-03-02", do: "2026-03-01" })).toMatch(/Zamień je miejscami/);
  });
});

describe.each(databaseKinds)("certificates on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let ikp: CertificateSubject;
  let epit: CertificateSubject;

  const lessonsOf = (subject: CertificateSubject) => subject.lessons.map((lesson) => lesson.slug);
  const input = (clubId: string, userId: string, extra: Partial<IssueInput> = {}): IssueInput => ({
    clubId,
    userId,
    recipientName: "Zofia Kowalska",
    subject: ikp,
    completedAt: new Date("2026-05-01T09:00:00Z"),
    learningMinutes: 42,
    issuer: { id: null, name: "Barbara Kierownik", role: "Kierownik klubu" },
    now: NOW,
    ...extra,
  });

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    const subjects = certificateSubjects(await getCatalogue());
    ikp = subjects.find((subject) => subjectId(subject) === "MODULE:ikp")!;
    epit = subjects.find((subject) => subjectId(subject) === "MODULE:e-pit")!;
  });
  afterAll(() => database.dispose());

  it("reads the modules from the content: ikp has its four lessons", () => {
    expect(lessonsOf(ikp)).toHaveLength(4);
    expect(lessonsOf(ikp)).toContain("ikp/logowanie-do-ikp");
    expect(epit.lessons.length).toBeGreaterThan(0);
  });

  describe("issueCertificate", () => {
    it("issues once per club, learner and subject: a second call returns the same certificate", async () => {
      const c = await testClub(db, "Idempotent");
      const zofia = await learner(db, c.id, "Zofia Kowalska");
      const first = await issueCertificate(db, input(c.id, zofia.id));
      expect(first.created).toBe(true);
      expect(first.certificate).toMatchObject({
        sequence: 1,
        year: 2026,
        number: "0001/2026",
        recipientName: "Zofia Kowalska",
        kind: "MODULE",
        subjectKey: "ikp",
        subjectTitle: ikp.title,
        lessonTitles: ikp.lessons.map((lesson) => lesson.title),
        learningMinutes: 42,
        issuerName: "Barbara Kierownik",
        issuerRole: "Kierownik klubu",
        issuedAt: NOW,
        revokedAt: null,
      });
      expect(first.certificate.verificationCode).toHaveLength(16);
      expect([...first.certificate.verificationCode].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);

      const second = await issueCertificate(db, input(c.id, zofia.id, { recipientName: "Inne Imię", now: new Date("2026-06-01T10:00:00Z") }));
      expect(second.created).toBe(false);
      expect(second.certificate.id).toBe(first.certificate.id);
      expect(second.certificate.number).toBe(first.certificate.number);
      expect(second.certificate.verificationCode).toBe(first.certificate.verificationCode);
      expect(second.certificate.recipientName).toBe("Zofia Kowalska");
      expect(await db.certificate.count({ where: { clubId: c.id } })).toBe(1);

      // Another subject for the same learner is another certificate, with the next number.
      const other = await issueCertificate(db, input(c.id, zofia.id, { subject: epit }));
      expect(other).toMatchObject({ created: true, certificate: { number: "0002/2026", subjectKey: "e-pit" } });
    });

    it("gives 25 learners issued at once the numbers 1 to 25 exactly, with 25 different codes", async () => {
      const c = await testClub(db, "Concurrent");
      const learners = await Promise.all(Array.from({ length: 25 }, (_, i) => learner(db, c.id, `Uczestnik ${i + 1}`)));
      const results = await Promise.all(learners.map((l) => issueCertificate(db, input(c.id, l.id, { recipientName: l.displayName }))));
      expect(results.every((result) => result.created)).toBe(true);
      const sequences = results.map((result) => result.certificate.sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect(new Set(results.map((result) => result.certificate.number)).size).toBe(25);
      expect(new Set(results.map((result) => result.certificate.verificationCode)).size).toBe(25);
      const stored = await db.certificate.findMany({ where: { clubId: c.id }, orderBy: { sequence: "asc" } });
      expect(stored.map((certificate) => certificate.number)).toEqual(sequences.map((n) => `${String(n).padStart(4, "0")}/2026`));
    });

    it("leaves one certificate when the same learner and subject are issued 10 times at once", async () => {
      const c = await testClub(db, "Double click");
      const jan = await learner(db, c.id, "Jan Nowak");
      const results = await Promise.all(Array.from({ length: 10 }, () => issueCertificate(db, input(c.id, jan.id))));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.certificate.id)).size).toBe(1);
      expect(new Set(results.map((result) => result.certificate.verificationCode)).size).toBe(1);
      expect(await db.certificate.count({ where: { clubId: c.id } })).toBe(1);
      expect(results[0]!.certificate.number).toBe("0001/2026");
    });

    it("numbers each club on its own, and starts again each Polish calendar year", async () => {
      const first = await testClub(db, "Numbering A");
      const second = await testClub(db, "Numbering B");
      const a = await Promise.all([1, 2, 3].map((i) => learner(db, first.id, `A ${i}`)));
      for (const l of a) await issueCertificate(db, input(first.id, l.id));
      const b = await learner(db, second.id, "B 1");
      const inSecond = await issueCertificate(db, input(second.id, b.id));
      expect(inSecond.certificate).toMatchObject({ sequence: 1, number: "0001/2026" });

      // 23:30 UTC on 31 December is already New Year in Warsaw.
      const newYear = new Date("2026-12-31T23:30:00Z");
      expect(issueYear(newYear)).toBe(2027);
      expect(issueYear(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
      const late = await learner(db, first.id, "A 4");
      const next = await issueCertificate(db, input(first.id, late.id, { now: newYear }));
      expect(next.certificate).toMatchObject({ year: 2027, sequence: 1, number: "0001/2027" });
      const after = await learner(db, first.id, "A 5");
      expect((await issueCertificate(db, input(first.id, after.id))).certificate.number).toBe("0004/2026");
    });
  });

  describe("the club's certificates", () => {
    let clubId: string;
    let manager: Actor;
    let educator: Actor;
    let outsider: Actor;
    let outsideManager: Actor;
    let monday: string;
    let thursday: string;
    let names: Record<"anna" | "bogdan" | "cecylia" | "dorota", { id: string; actor: Actor }>;

    beforeAll(async () => {
      const c = await testClub(db, "Lipowa");
      clubId = c.id;
      manager = await testStaff(db, "Barbara Kierownik", clubId, "MANAGER");
      educator = await testStaff(db, "Edward Edukator", clubId, "EDUCATOR");
      const other = await testClub(db, "Obca");
      outsider = await testStaff(db, "Olga Obca", other.id, "EDUCATOR");
      outsideManager = await testStaff(db, "Oskar Obcy", other.id, "MANAGER");
      monday = (await db.group.create({ data: { clubId, name: "Poniedziałki" } })).id;
      thursday = (await db.group.create({ data: { clubId, name: "Czwartki" } })).id;
      names = {
        anna: await learner(db, clubId, "Anna Adamska", monday),
        bogdan: await learner(db, clubId, "Bogdan Bąk", thursday),
        cecylia: await learner(db, clubId, "Cecylia Cis", monday),
        dorota: await learner(db, clubId, "Dorota Dąb", thursday),
      };
      await complete(db, names.anna.id, lessonsOf(ikp), new Date("2026-01-15T10:00:00Z"));
      // 23:30 in Warsaw on 28 February: still that day in Poland.
      await complete(db, names.bogdan.id, lessonsOf(ikp), new Date("2026-02-28T22:30:00Z"));
      await complete(db, names.cecylia.id, lessonsOf(ikp).slice(0, 3), new Date("2026-02-10T10:00:00Z"));
      await complete(db, names.dorota.id, lessonsOf(epit), new Date("2026-03-05T10:00:00Z"));
    });

    const summary = (rows: Awaited<ReturnType<typeof listClubCertificates>>) => rows.map((row) => `${row.learner.displayName} ${subjectId(row.subject)}`);

    it("lists every learner's earned subjects, and nothing for a module not finished", async () => {
      const rows = await listClubCertificates(db, manager, clubId);
      expect(summary(rows)).toEqual(["Anna Adamska MODULE:ikp", "Bogdan Bąk MODULE:ikp", "Dorota Dąb MODULE:e-pit"]);
      expect(rows[0]!.completedAt).toEqual(new Date("2026-01-15T10:00:00Z"));
      expect(rows.every((row) => row.certificate === null)).toBe(true);
      expect(summary(await listClubCertificates(db, educator, clubId))).toEqual(summary(rows));
    });

    it("filters by group, subject and completion date", async () => {
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ grupa: monday })))).toEqual(["Anna Adamska MODULE:ikp"]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ grupa: thursday })))).toEqual(["Bogdan Bąk MODULE:ikp", "Dorota Dąb MODULE:e-pit"]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ temat: "MODULE:ikp" })))).toEqual(["Anna Adamska MODULE:ikp", "Bogdan Bąk MODULE:ikp"]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ temat: "MODULE:e-pit", grupa: monday })))).toEqual([]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ od: "2026-02-01", do: "2026-02-28" })))).toEqual(["Bogdan Bąk MODULE:ikp"]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ od: "2026-02-01", do: "2026-02-27" })))).toEqual([]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ od: "2026-03-01" })))).toEqual(["Dorota Dąb MODULE:e-pit"]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ do: "2026-01-15" })))).toEqual(["Anna Adamska MODULE:ikp"]);
      expect(summary(await listClubCertificates(db, manager, clubId, filter({ uczestnik: names.dorota.id })))).toEqual(["Dorota Dąb MODULE:e-pit"]);
    });

    it("answers another club's staff with NotFoundError, whatever they try", async () => {
      for (const stranger of [outsider, outsideManager]) {
        await expect(listClubCertificates(db, stranger, clubId)).rejects.toBeInstanceOf(NotFoundError);
        await expect(issueClubCertificates(db, stranger, clubId, noFilter)).rejects.toBeInstanceOf(NotFoundError);
        await expect(printClubCertificates(db, stranger, clubId, noFilter, SITE)).rejects.toBeInstanceOf(NotFoundError);
        await expect(setEducatorsMayPrint(db, stranger, clubId, true)).rejects.toBeInstanceOf(NotFoundError);
      }
      const { certificate } = await issueCertificate(db, input(clubId, names.cecylia.id, { subject: epit }));
      try {
        await expect(revokeCertificate(db, outsideManager, certificate.id, { reason: "Nie nasz certyfikat" })).rejects.toBeInstanceOf(NotFoundError);
        await expect(revokeCertificate(db, outsider, certificate.id, { reason: "Nie nasz certyfikat" })).rejects.toBeInstanceOf(NotFoundError);
        expect((await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokedAt).toBeNull();
      } finally {
        await db.certificate.delete({ where: { id: certificate.id } });
      }
      await expect(listClubCertificates(db, manager, "no-such-club")).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.certificate.count({ where: { clubId } })).toBe(0);
    });

    it("lets an educator list but print only when the manager allows it, and never revoke", async () => {
      expect(await listClubCertificates(db, educator, clubId)).toHaveLength(3);
      await expect(issueClubCertificates(db, educator, clubId, noFilter)).rejects.toBeInstanceOf(NotFoundError);
      await expect(printClubCertificates(db, educator, clubId, noFilter, SITE)).rejects.toBeInstanceOf(NotFoundError);
      await expect(setEducatorsMayPrint(db, educator, clubId, true)).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.certificate.count({ where: { clubId } })).toBe(0);

      await setEducatorsMayPrint(db, manager, clubId, true);
      try {
        expect((await db.club.findUniqueOrThrow({ where: { id: clubId } })).educatorsMayPrintCertificates).toBe(true);
        expect(await db.auditEvent.count({ where: { clubId, action: "club.certificate-settings", actorId: manager.userId } })).toBe(1);
        const issued = await issueClubCertificates(db, educator, clubId, filter({ temat: "MODULE:e-pit" }));
        expect(issued).toMatchObject({ total: 1, ready: 1, remaining: 0 });
        // Issued in the club manager's name, even when an educator prints.
        const certificate = await db.certificate.findFirstOrThrow({ where: { clubId, userId: names.dorota.id } });
        expect(certificate).toMatchObject({ issuerName: "Barbara Kierownik", issuerRole: "Kierownik klubu", issuedById: manager.userId, recipientName: "Dorota Dąb" });
        await expect(revokeCertificate(db, educator, certificate.id, { reason: "Edukator nie może" })).rejects.toBeInstanceOf(NotFoundError);
        await db.certificate.delete({ where: { id: certificate.id } });
      } finally {
        await setEducatorsMayPrint(db, manager, clubId, false);
      }
      await expect(issueClubCertificates(db, educator, clubId, noFilter)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("issues in batches and reports how many are ready and how many remain", async () => {
      const c = await testClub(db, "Batches");
      const boss = await testStaff(db, "Kierowniczka Partii", c.id, "MANAGER");
      const five = await Promise.all(["Ewa", "Filip", "Grażyna", "Henryk", "Irena"].map((name) => learner(db, c.id, `${name} Test`)));
      for (const l of five) await complete(db, l.id, lessonsOf(ikp), new Date("2026-04-01T10:00:00Z"));

      expect(await issueClubCertificates(db, boss, c.id, noFilter, 2)).toMatchObject({ total: 5, ready: 2, remaining: 3 });
      expect(await issueClubCertificates(db, boss, c.id, noFilter, 2)).toMatchObject({ total: 5, ready: 4, remaining: 1 });
      const last = await issueClubCertificates(db, boss, c.id, noFilter, 2);
      expect(last).toMatchObject({ total: 5, ready: 5, remaining: 0 });
      expect(last.rows.every((row) => row.certificate)).toBe(true);
      expect(await issueClubCertificates(db, boss, c.id, noFilter)).toMatchObject({ total: 5, ready: 5, remaining: 0 });

      const stored = await db.certificate.findMany({ where: { clubId: c.id }, orderBy: { sequence: "asc" } });
      const year = issueYear(new Date());
      expect(stored.map((certificate) => certificate.number)).toEqual([1, 2, 3, 4, 5].map((n) => `000${n}/${year}`));
      // The list's order (by name) is the issuing order.
      expect(stored.map((certificate) => certificate.recipientName)).toEqual(["Ewa Test", "Filip Test", "Grażyna Test", "Henryk Test", "Irena Test"]);
      expect(await db.auditEvent.count({ where: { clubId: c.id, action: "certificate.issue", actorId: boss.userId } })).toBe(5);
      // Once issued, the list shows the certificate.
      const rows = await listClubCertificates(db, boss, c.id);
      expect(rows.map((row) => row.certificate?.number)).toEqual(stored.map((certificate) => certificate.number));
    });

    it("prints every matching certificate except revoked ones, each with its verification address", async () => {
      const c = await testClub(db, "Printing");
      const boss = await testStaff(db, "Maria Drukarz", c.id, "MANAGER");
      const three = await Promise.all(["Julia", "Karol", "Lucyna"].map((name) => learner(db, c.id, `${name} Druk`)));
      for (const l of three) await complete(db, l.id, lessonsOf(ikp), new Date("2026-04-01T10:00:00Z"));
      const { rows } = await issueClubCertificates(db, boss, c.id, noFilter);
      const karol = rows.find((row) => row.learner.displayName === "Karol Druk")!.certificate!;
      await revokeCertificate(db, boss, karol.id, { reason: "Błąd w nazwisku" });

      const documents = await printClubCertificates(db, boss, c.id, noFilter, `${SITE}/`);
      expect(documents.map((document) => document.recipientName)).toEqual(["Julia Druk", "Lucyna Druk"]);
      const stored = await db.certificate.findMany({ where: { clubId: c.id, revokedAt: null } });
      for (const document of documents) {
        const certificate = stored.find((candidate) => candidate.number === document.number)!;
        expect(document.verificationCode).toBe(certificate.verificationCode);
        expect(document.verifyUrl).toBe(`${SITE}/certyfikat/${groupCode(certificate.verificationCode)}`);
        expect(document).toMatchObject({
          kind: "MODULE",
          subjectTitle: ikp.title,
          lessonTitles: ikp.lessons.map((lesson) => lesson.title),
          clubName: "Printing",
          clubPlace: "ul. Szkolna 1, 00-001 Miasto Printing, woj. mazowieckie",
          issuerName: "Maria Drukarz",
          issuerRole: "Kierownik klubu",
        });
      }
      expect(documents.map((document) => document.number)).not.toContain(karol.number);
      const printed = await db.auditEvent.findFirstOrThrow({ where: { clubId: c.id, action: "certificate.print" } });
      expect(printed.details).toMatchObject({ count: 2 });
      // Reprinting gives the same numbers and codes, and the revoked one stays out.
      const again = await printClubCertificates(db, boss, c.id, noFilter, SITE);
      expect(again.map((document) => [document.number, document.verificationCode])).toEqual(documents.map((document) => [document.number, document.verificationCode]));
      expect(await db.certificate.count({ where: { clubId: c.id } })).toBe(3);
    });

    it("revokes once, with the reason and an audit event; a second time is AlreadyRevokedError", async () => {
      const c = await testClub(db, "Revoking");
      const boss = await testStaff(db, "Rafał Rewizor", c.id, "MANAGER");
      const l = await learner(db, c.id, "Roman Rewokowany");
      const { certificate } = await issueCertificate(db, input(c.id, l.id));
      const before = new Date();
      await revokeCertificate(db, boss, certificate.id, { reason: "Wydany przez pomyłkę" });
      const stored = await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
      expect(stored.revokeReason).toBe("Wydany przez pomyłkę");
      expect(stored.revokedById).toBe(boss.userId);
      expect(stored.revokedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      const events = await db.auditEvent.findMany({ where: { action: "certificate.revoke", targetId: certificate.id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: boss.userId, clubId: c.id, targetType: "certificate", details: { number: certificate.number, reason: "Wydany przez pomyłkę" } });

      await expect(revokeCertificate(db, boss, certificate.id, { reason: "Jeszcze raz" })).rejects.toBeInstanceOf(AlreadyRevokedError);
      expect((await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokeReason).toBe("Wydany przez pomyłkę");
      expect(await db.auditEvent.count({ where: { action: "certificate.revoke", targetId: certificate.id } })).toBe(1);
      await expect(revokeCertificate(db, boss, "no-such-certificate", { reason: "Nie ma takiego" })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("verifyCertificate", () => {
    let clubId: string;
    let lookups = 0;
    /** A fresh address per check, so the per-address limit plays no part except where tested. */
    const ip = () => `192.0.2.${++lookups}`;

    beforeAll(async () => {
      clubId = (await testClub(db, "Weryfikacja")).id;
    });

    async function issued(name: string) {
      const l = await learner(db, clubId, name);
      return { learner: l, ...(await issueCertificate(db, input(clubId, l.id, { recipientName: name }))) };
    }

    it("says valid and shows what the certificate shows, for the code typed any way", async () => {
      const { certificate } = await issued("Zażółć Gęślą Jaźń");
      const result = await verifyCertificate(db, certificate.verificationCode, ip());
      expect(result).toEqual({
        state: "valid",
        certificate: {
          name: "Zażółć Gęślą Jaźń",
          kind: "MODULE",
          subjectTitle: ikp.title,
          number: certificate.number,
          completedAt: new Date("2026-05-01T09:00:00Z"),
          issuedAt: NOW,
          clubName: "Weryfikacja",
          clubPlace: "Miasto Weryfikacja, woj. mazowieckie",
          revokedAt: null,
        },
      });
      expect(await verifyCertificate(db, groupCode(certificate.verificationCode).toLowerCase(), ip())).toMatchObject({ state: "valid" });
      expect(await verifyCertificate(db, ` ${groupCode(certificate.verificationCode).replace(/-/g, " ")} `, ip())).toMatchObject({ state: "valid" });
    });

    it("says revoked for a revoked certificate", async () => {
      const { certificate } = await issued("Roman Unieważniony");
      const revokedAt = new Date("2026-05-10T08:00:00Z");
      await db.certificate.update({ where: { id: certificate.id }, data: { revokedAt, revokeReason: "Błąd" } });
      const result = await verifyCertificate(db, certificate.verificationCode, ip());
      expect(result).toMatchObject({ state: "revoked", certificate: { name: "Roman Unieważniony", number: certificate.number, revokedAt } });
    });

    it("says unknown for a well-formed code nobody was given, and malformed for a mistyped one", async () => {
      const taken = new Set((await db.certificate.findMany({ select: { verificationCode: true } })).map((c) => c.verificationCode));
      let code = generateVerificationCode();
      while (taken.has(code)) code = generateVerificationCode();
      expect(await verifyCertificate(db, code, ip())).toEqual({ state: "unknown" });

      const address = ip();
      const malformed = await verifyCertificate(db, "K7QM-3WXA-B2CD-EFG0", address);
      expect(malformed).toMatchObject({ state: "malformed", message: expect.stringMatching(/Nie ma w nim zera/) });
      expect(await verifyCertificate(db, "K7QM-3WXA", address)).toMatchObject({ state: "malformed", message: expect.stringMatching(/16 znaków/) });
      expect(await verifyCertificate(db, undefined, address)).toMatchObject({ state: "malformed" });
      // A mistyped code is answered without a database look-up, so it does not count.
      expect(await db.rateLimitBucket.findUnique({ where: { key: `certificate-lookup:ip:${address}` } })).toBeNull();
    });

    it("shows initials when the learner chose so, and no name after the account is deleted", async () => {
      const { certificate, learner: l } = await issued("Anna Kowalska-Nowak");
      await db.user.update({ where: { id: l.id }, data: { certificateShowsFullName: false } });
      const shown = await verifyCertificate(db, certificate.verificationCode, ip());
      expect(shown).toMatchObject({ state: "valid", certificate: { name: "A. K.-N." } });
      expect(initials("Anna Kowalska-Nowak")).toBe("A. K.-N.");

      // What deleting the account does to the certificate: no holder, no name; the certificate stays valid.
      await db.certificate.update({ where: { id: certificate.id }, data: { userId: null, recipientName: "" } });
      const deleted = await verifyCertificate(db, certificate.verificationCode, ip());
      expect(deleted).toMatchObject({ state: "valid", certificate: { name: null, number: certificate.number } });
    });

    it(`answers "limited" after ${LOOKUP_LIMIT} look-ups from one address in the window, and only for that address`, async () => {
      const { certificate } = await issued("Licznik Zapytań");
      const code = certificate.verificationCode;
      const start = new Date("2026-06-01T10:00:00Z");
      const states = [];
      for (let i = 0; i < LOOKUP_LIMIT; i++) states.push((await verifyCertificate(db, code, "203.0.113.7", start)).state);
      expect(states.every((state) => state === "valid")).toBe(true);
      const later = new Date(start.getTime() + 60_000);
      expect(await verifyCertificate(db, code, "203.0.113.7", later)).toEqual({ state: "limited", retryAt: new Date(start.getTime() + LOOKUP_WINDOW_MS) });
      // An unknown code from the same address is limited too: the limit is on guessing, not on one code.
      expect((await verifyCertificate(db, generateVerificationCode(), "203.0.113.7", later)).state).toBe("limited");
      expect((await verifyCertificate(db, code, "203.0.113.8", later)).state).toBe("valid");
      expect((await verifyCertificate(db, code, "203.0.113.7", new Date(start.getTime() + LOOKUP_WINDOW_MS + 1))).state).toBe("valid");
    });
  });

  describe("the learner's own certificate", () => {
    let clubId: string;
    let manager: Actor;

    beforeAll(async () => {
      clubId = (await testClub(db, "Własne")).id;
      // The earliest manager is the club's issuer; a second one joins later.
      manager = await testStaff(db, "Halina Kierownik", clubId, "MANAGER");
      await new Promise((resolve) => setTimeout(resolve, 5));
      await testStaff(db, "Zbigniew Zastępca", clubId, "MANAGER");
      await testStaff(db, "Edyta Edukator", clubId, "EDUCATOR");
    });

    it("is issued on first download in the club manager's name, and the same one every time after", async () => {
      const l = await learner(db, clubId, "Wanda Własna");
      await complete(db, l.id, lessonsOf(ikp), new Date("2026-04-20T10:00:00Z"));
      const first = await ownCertificate(db, l.actor, "MODULE:ikp", SITE);
      expect(first).toMatchObject({
        recipientName: "Wanda Własna",
        kind: "MODULE",
        subjectTitle: ikp.title,
        issuerName: "Halina Kierownik",
        issuerRole: "Kierownik klubu",
        clubName: "Własne",
        completedAt: new Date("2026-04-20T10:00:00Z"),
      });
      expect(first.verifyUrl).toBe(`${SITE}/certyfikat/${groupCode(first.verificationCode)}`);
      const stored = await db.certificate.findFirstOrThrow({ where: { userId: l.id } });
      expect(stored).toMatchObject({ number: first.number, verificationCode: first.verificationCode, issuedById: manager.userId });
      expect(await db.auditEvent.count({ where: { action: "certificate.issue", targetId: stored.id, actorId: l.id } })).toBe(1);

      const second = await ownCertificate(db, l.actor, "MODULE:ikp", SITE);
      expect(second.number).toBe(first.number);
      expect(second.verificationCode).toBe(first.verificationCode);
      expect(await db.certificate.count({ where: { userId: l.id } })).toBe(1);
      expect(await verifyCertificate(db, first.verificationCode, "198.51.100.1")).toMatchObject({ state: "valid", certificate: { name: "Wanda Własna" } });
    });

    it("is NotFoundError for a subject not earned yet, or one that does not exist", async () => {
      const l = await learner(db, clubId, "Norbert Niegotowy");
      await complete(db, l.id, lessonsOf(ikp).slice(0, 3), new Date("2026-04-20T10:00:00Z"));
      await expect(ownCertificate(db, l.actor, "MODULE:ikp", SITE)).rejects.toBeInstanceOf(NotFoundError);
      await expect(ownCertificate(db, l.actor, "MODULE:e-pit", SITE)).rejects.toBeInstanceOf(NotFoundError);
      await expect(ownCertificate(db, l.actor, "MODULE:nie-ma-takiego", SITE)).rejects.toBeInstanceOf(NotFoundError);
      await expect(ownCertificate(db, l.actor, "", SITE)).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.certificate.count({ where: { userId: l.id } })).toBe(0);
    });

    it("never hands out another learner's certificate", async () => {
      const owner = await learner(db, clubId, "Olga Właścicielka");
      await complete(db, owner.id, lessonsOf(ikp), new Date("2026-04-20T10:00:00Z"));
      const mine = await ownCertificate(db, owner.actor, "MODULE:ikp", SITE);
      const other = await learner(db, clubId, "Piotr Inny");
      await expect(ownCertificate(db, other.actor, "MODULE:ikp", SITE)).rejects.toBeInstanceOf(NotFoundError);
      await complete(db, other.id, lessonsOf(ikp), new Date("2026-04-21T10:00:00Z"));
      const theirs = await ownCertificate(db, other.actor, "MODULE:ikp", SITE);
      expect(theirs.recipientName).toBe("Piotr Inny");
      expect(theirs.verificationCode).not.toBe(mine.verificationCode);
      expect(theirs.number).not.toBe(mine.number);
    });
  });
});
