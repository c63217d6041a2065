/** @jest-environment node */
import { addToGroup, assignPath, createGroup } from "@/lib/access/groups";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import { getCatalogue } from "@/lib/content/catalogue";
import type { Db } from "@/lib/db/client";
import { readLearnerProgress, resumeFor } from "@/lib/progress/read";
import { placeWords } from "@/lib/progress/rules";
import { matrixCsv, matrixFilterSchema, progressMatrix } from "@/lib/reports/matrix";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

let unique = 0;
const filter = (extra: Record<string, string> = {}) => matrixFilterSchema.parse(extra);

describe.each(databaseKinds)("the progress matrix on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let educator: Actor;
  let outsider: Actor;
  let clubId: string;
  let groupId: string;
  let zofiaId: string;
  const path = "urzad-w-telefonie";
  let pathLessons: { slug: string; steps: string[] }[];

  async function newClub(name: string) {
    return db.club.create({
      data: { name, kind: "LIBRARY", addressLine: "ul. Polna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "LUBELSKIE", joinCode: `M-${++unique}` },
    });
  }
  async function staffOf(club: string): Promise<Actor> {
    const user = await db.user.create({ data: { displayName: `Edukator ${++unique}`, username: `e${unique}`, memberships: { create: { clubId: club, role: "EDUCATOR" } } } });
    return { userId: user.id, displayName: user.displayName, username: user.username, isAdmin: false, memberships: [{ clubId: club, clubName: "", role: "EDUCATOR" }], activeClubId: club };
  }
  const learnerOf = (club: string, displayName: string) =>
    db.user.create({ data: { displayName, username: `m${++unique}`, memberships: { create: { clubId: club, role: "LEARNER" } } } });

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    const catalogue = await getCatalogue();
    pathLessons = catalogue.paths.find((candidate) => candidate.slug === path)!.lessons.map((lesson) => ({ slug: lesson.slug, steps: lesson.analysis.steps.map((step) => step.id) }));
    clubId = (await newClub("Lipowa")).id;
    educator = await staffOf(clubId);
    const other = (await newClub("Dębowa")).id;
    outsider = await staffOf(other);
    const [zofia, adam, bogna] = [await learnerOf(clubId, "Zofia Żak"), await learnerOf(clubId, "Adam Ąbel"), await learnerOf(clubId, "Bogna Bąk")];
    await learnerOf(other, "Obca Osoba");
    groupId = (await createGroup(db, educator, clubId, { name: "Czwartki" })).id;
    await addToGroup(db, educator, groupId, [zofia.id, adam.id]);
    await assignPath(db, educator, { kind: "group", groupId }, { path, due: "" });
    const [first, second, third] = pathLessons as [(typeof pathLessons)[0], (typeof pathLessons)[0], (typeof pathLessons)[0]];
    // Zofia: first lesson done alone, second done with help, third two steps in.
    await db.lessonCompletion.create({ data: { userId: zofia.id, lessonSlug: first.slug, completedAt: new Date("2026-05-12T10:00:00Z") } });
    await db.lessonCompletion.create({ data: { userId: zofia.id, lessonSlug: second.slug, completedAt: new Date("2026-05-13T10:00:00Z"), assisted: true } });
    await db.stepProgress.createMany({ data: third.steps.slice(0, 2).map((stepId, i) => ({ userId: zofia.id, lessonSlug: third.slug, stepId, completedAt: new Date(`2026-05-1${4 + i}T10:00:00Z`) })) });
    // …and her last visit ended there, after pressing „Dalej” on step 2.
    await db.learningVisit.create({ data: { userId: zofia.id, startedAt: new Date("2026-05-15T09:50:00Z"), lastActivityAt: new Date("2026-05-15T10:00:00Z"), lastLessonSlug: third.slug, lastStepId: third.steps[1]! } });
    zofiaId = zofia.id;
    // Adam: only a failed quiz in the first lesson, which still counts as started.
    await db.quizAttempt.create({ data: { userId: adam.id, lessonSlug: first.slug, answers: {}, correctCount: 0, questionCount: 3, passed: false, createdAt: new Date("2026-05-20T10:00:00Z") } });
    // Bogna: outside the group, one lesson done.
    await db.lessonCompletion.create({ data: { userId: bogna.id, lessonSlug: first.slug, completedAt: new Date("2026-05-02T10:00:00Z") } });
  });
  afterAll(() => database.dispose());

  it("shows the group's assigned lessons with status and date for each learner of the group", async () => {
    const matrix = await progressMatrix(db, educator, clubId, filter({ grupa: groupId }));
    expect(matrix.lessons.map((lesson) => lesson.slug)).toEqual(pathLessons.map((lesson) => lesson.slug));
    expect(matrix.rows.map((row) => row.learner.displayName)).toEqual(["Adam Ąbel", "Zofia Żak"]);
    const zofia = matrix.rows[1]!;
    expect(zofia.done).toBe(2);
    expect(zofia.cells.slice(0, 4).map((cell) => [cell.status, cell.date?.toISOString() ?? null, cell.steps])).toEqual([
      ["done", "2026-05-12T10:00:00.000Z", pathLessons[0]!.steps.length],
      ["done-assisted", "2026-05-13T10:00:00.000Z", pathLessons[1]!.steps.length],
      ["in-progress", "2026-05-15T10:00:00.000Z", 2],
      ["not-started", null, 0],
    ]);
    expect(matrix.rows[0]!.cells[0]).toMatchObject({ status: "in-progress", steps: 0, place: { kind: "quiz" } });
  });

  it("says where she is exactly as her own page does: the matrix's „krok 3 z N” is her „Kontynuuj”", async () => {
    const matrix = await progressMatrix(db, educator, clubId, filter({ grupa: groupId }));
    const cell = matrix.rows[1]!.cells[2]!;
    expect(cell.place).toEqual({ kind: "step", number: 3 });
    const catalogue = await getCatalogue();
    const resume = resumeFor(catalogue.lessons, await readLearnerProgress(db, zofiaId))!;
    expect(resume.lessonSlug).toBe(pathLessons[2]!.slug);
    expect(resume.place).toEqual(cell.place);
    expect(placeWords(resume.place, cell.of)).toBe(`krok 3 z ${cell.of}`);
  });

  it("sorts by progress, then by name, and shows every club learner without a group", async () => {
    const all = await progressMatrix(db, educator, clubId, filter({ sciezka: path, sort: "postep" }));
    expect(all.rows.map((row) => [row.learner.displayName, row.done])).toEqual([
      ["Zofia Żak", 2],
      ["Bogna Bąk", 1],
      ["Adam Ąbel", 0],
    ]);
    const everything = await progressMatrix(db, educator, clubId, filter());
    expect(everything.lessons.length).toBe((await getCatalogue()).lessons.length);
    expect(everything.rows.map((row) => row.learner.displayName)).not.toContain("Obca Osoba");
  });

  it("writes exactly the matrix into the CSV, row by row", async () => {
    const matrix = await progressMatrix(db, educator, clubId, filter({ grupa: groupId }));
    const lines = matrixCsv(matrix).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(matrix.rows.length + 1);
    // The username tells two people of the same name apart in the file, as on the page.
    expect(lines[0]).toMatch(/^Uczestnik;Nazwa użytkownika;Ukończone lekcje;/);
    expect(lines[2]).toMatch(/^Zofia Żak;m\d+;2 z 8;Ukończona, 2026-05-12;Ukończona z pomocą, 2026-05-13;W trakcie, krok 3 z/);
  });

  it("shows a club's own path in its order, and never another club's path", async () => {
    const [first, second] = pathLessons as [(typeof pathLessons)[0], (typeof pathLessons)[0]];
    const own = await db.lessonPath.create({
      data: { clubId, title: "Nasza ścieżka", items: { create: [{ position: 0, lessonSlug: second.slug }, { position: 1, lessonSlug: first.slug }] } },
    });
    const matrix = await progressMatrix(db, educator, clubId, filter({ sciezka: `club:${own.id}` }));
    expect(matrix.lessons.map((lesson) => lesson.slug)).toEqual([second.slug, first.slug]);
    expect(matrix.scope).toBe("ścieżka klubu „Nasza ścieżka”");
    const foreign = await db.lessonPath.create({ data: { clubId: outsider.activeClubId, title: "Cudza", items: { create: [{ position: 0, lessonSlug: first.slug }] } } });
    const notTheirs = await progressMatrix(db, educator, clubId, filter({ sciezka: `club:${foreign.id}` }));
    expect(notTheirs.scope).toBe("wszystkie lekcje");
  });

  it("is the same 404 as anything else for another club's educator", async () => {
    await expect(progressMatrix(db, outsider, clubId, filter())).rejects.toBeInstanceOf(NotFoundError);
  });
});
