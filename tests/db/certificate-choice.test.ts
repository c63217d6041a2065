/** @jest-environment node */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { issueClubCertificates, listClubCertificates, noFilter, printClubCertificates, printSelection } from "@/lib/access/certificates";
import { renderCertificates } from "@/lib/certificates/pdf";
import { certificateSubjects, type CertificateSubject } from "@/lib/certificates/subjects";
import { getCatalogue } from "@/lib/content/catalogue";
import type { Db } from "@/lib/db/client";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const run = promisify(execFile);
const SITE = "https://klubcyfrowy.example.pl";

async function learner(db: Db, clubId: string, displayName: string) {
  return db.user.create({ data: { displayName, username: `learner.${uniqueSuffix()}`, memberships: { create: { clubId, role: "LEARNER" } } } });
}

async function complete(db: Db, userId: string, lessons: string[], at: Date) {
  await db.lessonCompletion.createMany({ data: lessons.map((lessonSlug) => ({ userId, lessonSlug, completedAt: at })), skipDuplicates: true });
}

/** A module and a built-in path that share lessons: a learner who did both has overlapping certificates. */
async function overlapping(): Promise<{ module: CertificateSubject; path: CertificateSubject }> {
  const subjects = certificateSubjects(await getCatalogue());
  for (const path of subjects.filter((subject) => subject.kind === "PATH")) {
    const slugs = new Set(path.lessons.map((lesson) => lesson.slug));
    const module = subjects.find((subject) => subject.kind === "MODULE" && subject.lessons.some((lesson) => slugs.has(lesson.slug)));
    if (module) return { module, path };
  }
  throw new Error("no module shares lessons with a path");
}

describe.each(databaseKinds)("what a certificate print covers, and learning time, on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
  });
  afterAll(() => database.dispose());

  it("prints one certificate per learner by default — the widest — and numbers only that one", async () => {
    const { module, path } = await overlapping();
    const club = await testClub(db, "Jeden na osobę");
    const boss = await testStaff(db, "Kierowniczka Wyboru", club.id, "MANAGER");
    const both = await learner(db, club.id, "Genowefa Testowa");
    const moduleOnly = await learner(db, club.id, "Adam Moduł");
    await complete(db, both.id, [...module.lessons, ...path.lessons].map((lesson) => lesson.slug), new Date("2026-04-01T10:00:00Z"));
    await complete(db, moduleOnly.id, module.lessons.map((lesson) => lesson.slug), new Date("2026-04-02T10:00:00Z"));

    const listed = await listClubCertificates(db, boss, club.id);
    expect(listed.filter((row) => row.learner.id === both.id).length).toBeGreaterThanOrEqual(2);
    const wider = module.lessons.length >= path.lessons.length ? module : path;
    const chosen = printSelection(listed, "jeden");
    expect(chosen.map((row) => [row.learner.displayName, row.subject.key])).toEqual([
      ["Adam Moduł", module.key],
      ["Genowefa Testowa", wider.key],
    ]);

    const documents = await printClubCertificates(db, boss, club.id, { ...noFilter, zakres: "jeden" }, SITE);
    expect(documents.map((document) => document.recipientName)).toEqual(["Adam Moduł", "Genowefa Testowa"]);
    // Numbers go only to what was printed: the other overlapping certificates stay „Gotowy do wydania”.
    expect(await db.certificate.count({ where: { clubId: club.id } })).toBe(2);
    expect(await db.certificate.count({ where: { clubId: club.id, userId: both.id } })).toBe(1);

    // Printing again gives the same one; „wszystkie” numbers the rest too.
    const again = await printClubCertificates(db, boss, club.id, { ...noFilter, zakres: "jeden" }, SITE);
    expect(again.map((document) => document.number)).toEqual(documents.map((document) => document.number));
    const all = await issueClubCertificates(db, boss, club.id, noFilter);
    expect(all.total).toBe(listed.length);
    expect(await db.certificate.count({ where: { clubId: club.id } })).toBe(listed.length);
  });

  it("counts learning time from the visits before completion, and leaves it out when nothing was recorded", async () => {
    const { module } = await overlapping();
    const club = await testClub(db, "Czas nauki");
    const boss = await testStaff(db, "Kierownik Czasu", club.id, "MANAGER");
    const visited = await learner(db, club.id, "Barbara Odwiedzająca");
    const guest = await learner(db, club.id, "Czesław Gość");
    const done = new Date("2026-04-10T12:00:00Z");
    await db.learningVisit.createMany({
      data: [
        // 25 minutes, +1 for reading the last step
        { userId: visited.id, startedAt: new Date("2026-04-09T10:00:00Z"), lastActivityAt: new Date("2026-04-09T10:25:00Z") },
        // 15 minutes until the completion (the rest of the visit came after it), +1
        { userId: visited.id, startedAt: new Date("2026-04-10T11:45:00Z"), lastActivityAt: new Date("2026-04-10T13:00:00Z") },
        // after the completion: not counted
        { userId: visited.id, startedAt: new Date("2026-04-11T10:00:00Z"), lastActivityAt: new Date("2026-04-11T11:00:00Z") },
      ],
    });
    // Completed as a guest and merged after sign-in: completions, no visits.
    for (const user of [visited, guest]) await complete(db, user.id, module.lessons.map((lesson) => lesson.slug), done);
    const documents = await printClubCertificates(db, boss, club.id, { ...noFilter, temat: `MODULE:${module.key}` }, SITE);
    const byName = new Map(documents.map((document) => [document.recipientName, document]));
    expect(byName.get("Barbara Odwiedzająca")!.learningMinutes).toBe(26 + 16);
    expect(byName.get("Czesław Gość")!.learningMinutes).toBe(0);

    const dir = await mkdtemp(path.join(tmpdir(), "czas-nauki-"));
    try {
      const file = path.join(dir, "certyfikaty.pdf");
      await writeFile(file, await renderCertificates(documents));
      const pages = (await run("pdftotext", ["-layout", file, "-"])).stdout.split("\f");
      const pageOf = (name: string) => pages.find((page) => page.includes(name))!;
      expect(pageOf("Barbara Odwiedzająca")).toMatch(/Łączny czas nauki:\s+42 min/);
      expect(pageOf("Czesław Gość")).not.toContain("Łączny czas nauki");
      expect(pageOf("Czesław Gość")).not.toContain("poniżej minuty");
      expect(pages.join("")).not.toMatch(/ukończył/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
