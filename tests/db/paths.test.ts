/** @jest-environment node */
import { addToGroup, assignPath, createGroup } from "@/lib/access/groups";
import { NotFoundError } from "@/lib/access/guard";
import {
  addLessonToPath,
  assignablePaths,
  BuiltInPathError,
  createCustomPath,
  customPathValue,
  deletePath,
  getPath,
  LessonAlreadyInPathError,
  lessonsToAdd,
  listPaths,
  moveLesson,
  pathTitleSchema,
  removeLessonFromPath,
  renamePath,
} from "@/lib/access/paths";
import type { Actor } from "@/lib/access/policy";
import { getCatalogue } from "@/lib/content/catalogue";
import type { Db } from "@/lib/db/client";
import { assignedPaths } from "@/lib/progress/read";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

async function learner(db: Db, clubId: string, displayName: string) {
  const user = await db.user.create({ data: { displayName, username: `learner.${uniqueSuffix()}`, memberships: { create: { clubId, role: "LEARNER" } } } });
  const actor: Actor = { userId: user.id, displayName, username: user.username, isAdmin: false, memberships: [{ clubId, clubName: "", role: "LEARNER" }], activeClubId: clubId };
  return { ...user, actor };
}

const order = async (db: Db, pathId: string) =>
  (await db.lessonPathItem.findMany({ where: { pathId }, orderBy: { position: "asc" } })).map((item) => [item.position, item.lessonSlug] as const);
const slugsOf = async (db: Db, pathId: string) => (await order(db, pathId)).map(([, slug]) => slug);
const positionsOf = async (db: Db, pathId: string) => (await order(db, pathId)).map(([position]) => position);

let lessons: string[];

beforeAll(async () => {
  lessons = (await getCatalogue()).lessons.map((lesson) => lesson.slug);
  if (lessons.length < 6) throw new Error("the catalogue should have at least six lessons");
});

describe("path form", () => {
  it("trims the title and wants 3 to 80 characters; the description may be left out", () => {
    expect(pathTitleSchema.parse({ title: "  Bezpiecznie w sieci " })).toEqual({ title: "Bezpiecznie w sieci", description: "" });
    expect(pathTitleSchema.safeParse({ title: "ab" }).success).toBe(false);
    expect(pathTitleSchema.safeParse({ title: "x".repeat(81) }).success).toBe(false);
    expect(pathTitleSchema.safeParse({ title: "Dobra", description: "x".repeat(301) }).success).toBe(false);
  });
});

describe.each(databaseKinds)("lesson paths on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
  });
  afterAll(() => database.dispose());

  async function setUp(name: string, count = 0) {
    const c = await testClub(db, name);
    const educator = await testStaff(db, `Edukatorka ${name}`, c.id, "EDUCATOR");
    const path = await createCustomPath(db, educator, c.id, { title: `Ścieżka ${name}` });
    for (const slug of lessons.slice(0, count)) await addLessonToPath(db, educator, path.id, slug);
    return { club: c, educator, path };
  }

  it("creates a club's path, audited, and lists it beside the built-in paths; renames it, audited", async () => {
    const c = await testClub(db, "Tworzenie");
    const manager = await testStaff(db, "Maria Kierownik", c.id, "MANAGER");
    const path = await createCustomPath(db, manager, c.id, { title: " Na dobry początek ", description: "Dla nowych osób." });
    expect(path).toMatchObject({ clubId: c.id, slug: null, title: "Na dobry początek", description: "Dla nowych osób.", createdById: manager.userId });
    expect(await db.auditEvent.findMany({ where: { action: "path.create", targetId: path.id } })).toEqual([
      expect.objectContaining({ actorId: manager.userId, clubId: c.id, targetType: "path", details: { title: "Na dobry początek" } }),
    ]);
    const listed = await listPaths(db, manager, c.id);
    expect(listed.builtIn.map((p) => p.slug)).toEqual((await getCatalogue()).paths.map((p) => p.slug));
    expect(listed.builtIn[0]!.lessons.length).toBeGreaterThan(1);
    expect(listed.custom).toEqual([{ id: path.id, title: "Na dobry początek", description: "Dla nowych osób.", _count: { items: 0, assignments: 0 } }]);

    await renamePath(db, manager, path.id, { title: "Pierwsze kroki", description: "" });
    expect(await getPath(db, manager, path.id)).toMatchObject({ title: "Pierwsze kroki", description: null });
    expect(await db.auditEvent.findMany({ where: { action: "path.update", targetId: path.id } })).toEqual([
      expect.objectContaining({ details: { from: "Na dobry początek", to: "Pierwsze kroki" } }),
    ]);
  });

  it("appends lessons at the end, only lessons of the catalogue and each once", async () => {
    const { educator, path } = await setUp("Dodawanie");
    await addLessonToPath(db, educator, path.id, lessons[2]!);
    await addLessonToPath(db, educator, path.id, lessons[0]!);
    await addLessonToPath(db, educator, path.id, lessons[1]!);
    expect(await order(db, path.id)).toEqual([
      [0, lessons[2]],
      [1, lessons[0]],
      [2, lessons[1]],
    ]);
    await expect(addLessonToPath(db, educator, path.id, lessons[0]!)).rejects.toBeInstanceOf(LessonAlreadyInPathError);
    await expect(addLessonToPath(db, educator, path.id, "nie-ma/takiej-lekcji")).rejects.toBeInstanceOf(NotFoundError);
    expect(await slugsOf(db, path.id)).toEqual([lessons[2], lessons[0], lessons[1]]);
    const offered = (await lessonsToAdd(await slugsOf(db, path.id))).flatMap((module) => module.lessons.map((lesson) => lesson.slug));
    expect(offered).toEqual(lessons.filter((slug) => ![lessons[0], lessons[1], lessons[2]].includes(slug)));
  });

  it("moves a lesson up and down; the first does not go up nor the last down", async () => {
    const { educator, path } = await setUp("Kolejność", 4);
    const [a, b, c, d] = lessons as [string, string, string, string];
    expect(await moveLesson(db, educator, path.id, c, "up")).toBe(1);
    expect(await slugsOf(db, path.id)).toEqual([a, c, b, d]);
    expect(await moveLesson(db, educator, path.id, a, "down")).toBe(1);
    expect(await slugsOf(db, path.id)).toEqual([c, a, b, d]);
    expect(await moveLesson(db, educator, path.id, c, "up")).toBeNull();
    expect(await moveLesson(db, educator, path.id, d, "down")).toBeNull();
    expect(await slugsOf(db, path.id)).toEqual([c, a, b, d]);
    expect(await moveLesson(db, educator, path.id, lessons[5]!, "up")).toBeNull();
    const updates = await db.auditEvent.findMany({ where: { action: "path.update", targetId: path.id }, orderBy: { at: "asc" } });
    expect(updates.map((event) => event.details).filter((details) => JSON.stringify(details).includes("moved"))).toEqual([
      { moved: c, direction: "up" },
      { moved: a, direction: "down" },
    ]);
  });

  it("keeps positions 0..n-1 and unique after many moves, and matches the same moves made on a list", async () => {
    const { educator, path } = await setUp("Wiele", 6);
    const expected = lessons.slice(0, 6);
    let seed = 7;
    for (let i = 0; i < 40; i++) {
      seed = (seed * 31 + 11) % 97;
      const index = seed % 6;
      const direction = seed % 2 ? "up" : "down";
      const slug = expected[index]!;
      const target = direction === "up" ? index - 1 : index + 1;
      const moved = await moveLesson(db, educator, path.id, slug, direction);
      expect(moved).toBe(target >= 0 && target < 6 ? target : null);
      if (moved !== null) [expected[index], expected[target]] = [expected[target]!, expected[index]!];
    }
    expect(await slugsOf(db, path.id)).toEqual(expected);
    expect(await positionsOf(db, path.id)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("concurrent moves and removals never break the unique index, and positions stay 0..n-1", async () => {
    const { educator, path } = await setUp("Naraz", 6);
    const jobs = lessons.slice(0, 6).flatMap((slug) => [moveLesson(db, educator, path.id, slug, "up"), moveLesson(db, educator, path.id, slug, "down")]);
    const results = await Promise.allSettled([...jobs, removeLessonFromPath(db, educator, path.id, lessons[3]!)]);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect((await slugsOf(db, path.id)).sort()).toEqual(lessons.slice(0, 6).filter((slug) => slug !== lessons[3]).sort());
    expect(await positionsOf(db, path.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it("removes a lesson and closes the gap; removing one that is not there changes nothing", async () => {
    const { educator, path } = await setUp("Usuwanie", 5);
    await removeLessonFromPath(db, educator, path.id, lessons[1]!);
    expect(await order(db, path.id)).toEqual([
      [0, lessons[0]],
      [1, lessons[2]],
      [2, lessons[3]],
      [3, lessons[4]],
    ]);
    await removeLessonFromPath(db, educator, path.id, lessons[4]!);
    await removeLessonFromPath(db, educator, path.id, lessons[0]!);
    await removeLessonFromPath(db, educator, path.id, lessons[0]!);
    expect(await order(db, path.id)).toEqual([
      [0, lessons[2]],
      [1, lessons[3]],
    ]);
    await addLessonToPath(db, educator, path.id, lessons[1]!);
    expect(await order(db, path.id)).toEqual([
      [0, lessons[2]],
      [1, lessons[3]],
      [2, lessons[1]],
    ]);
  });

  it("a built-in path cannot be read or changed as a club's path", async () => {
    const { club: c, educator } = await setUp("Wbudowana");
    const group = await createGroup(db, educator, c.id, { name: "Grupa wbudowana" });
    const builtIn = (await getCatalogue()).paths[0]!;
    await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: builtIn.slug, due: "" });
    const row = await db.lessonPath.findUniqueOrThrow({ where: { slug: builtIn.slug }, include: { items: true } });
    await expect(getPath(db, educator, row.id)).rejects.toBeInstanceOf(BuiltInPathError);
    await expect(renamePath(db, educator, row.id, { title: "Przejęta" })).rejects.toBeInstanceOf(BuiltInPathError);
    await expect(addLessonToPath(db, educator, row.id, lessons[5]!)).rejects.toBeInstanceOf(BuiltInPathError);
    await expect(removeLessonFromPath(db, educator, row.id, row.items[0]!.lessonSlug)).rejects.toBeInstanceOf(BuiltInPathError);
    await expect(moveLesson(db, educator, row.id, row.items[1]!.lessonSlug, "up")).rejects.toBeInstanceOf(BuiltInPathError);
    await expect(deletePath(db, educator, row.id)).rejects.toBeInstanceOf(BuiltInPathError);
    // And "club:<id>" of a built-in row is not a club's own path either.
    const other = await createGroup(db, educator, c.id, { name: "Grupa druga" });
    await expect(assignPath(db, educator, { kind: "group", groupId: other.id }, { path: customPathValue(row.id), due: "" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.lessonPath.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ title: builtIn.title });
    expect((await db.lessonPathItem.findMany({ where: { pathId: row.id }, orderBy: { position: "asc" } })).map((item) => item.lessonSlug)).toEqual(
      builtIn.lessons.map((lesson) => lesson.slug),
    );
  });

  describe("another club's staff and learners", () => {
    const who = ["an educator of another club", "a manager of another club", "a learner of the club"] as const;
    const outsiders = new Map<string, Actor>();
    let pathId: string;
    let clubId: string;

    beforeAll(async () => {
      const { club: c, path } = await setUp("Cudza", 3);
      const other = await testClub(db, "Obok");
      pathId = path.id;
      clubId = c.id;
      outsiders.set(who[0], await testStaff(db, "Obca Edukatorka", other.id, "EDUCATOR"));
      outsiders.set(who[1], await testStaff(db, "Obcy Kierownik", other.id, "MANAGER"));
      outsiders.set(who[2], (await learner(db, c.id, "Ludwik Uczeń")).actor);
    });

    it.each(who)("%s: every path function is NotFoundError, and nothing changes", async (name) => {
      const actor = outsiders.get(name)!;
      await expect(listPaths(db, actor, clubId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(createCustomPath(db, actor, clubId, { title: "Cudza nowa" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(getPath(db, actor, pathId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(renamePath(db, actor, pathId, { title: "Przejęta" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(addLessonToPath(db, actor, pathId, lessons[4]!)).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeLessonFromPath(db, actor, pathId, lessons[0]!)).rejects.toBeInstanceOf(NotFoundError);
      await expect(moveLesson(db, actor, pathId, lessons[1]!, "up")).rejects.toBeInstanceOf(NotFoundError);
      await expect(deletePath(db, actor, pathId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignablePaths(db, actor, clubId)).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.lessonPath.findUniqueOrThrow({ where: { id: pathId } })).toMatchObject({ title: "Ścieżka Cudza" });
      expect(await slugsOf(db, pathId)).toEqual(lessons.slice(0, 3));
      expect(await db.lessonPath.count({ where: { clubId, slug: null } })).toBe(1);
    });

    it("another club's path cannot be assigned in one's own club", async () => {
      const actor = outsiders.get(who[0])!;
      const group = await createGroup(db, actor, actor.activeClubId!, { name: "Obca grupa" });
      await expect(assignPath(db, actor, { kind: "group", groupId: group.id }, { path: customPathValue(pathId), due: "" })).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.assignment.count({ where: { pathId } })).toBe(0);
    });

    it("a path that does not exist is NotFoundError", async () => {
      const { educator } = await setUp("Brak");
      await expect(getPath(db, educator, "nie-ma-takiej")).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  it("a club's path given to a group is on its members' home with the lessons in the path's order", async () => {
    const { club: c, educator, path } = await setUp("Zadana", 3);
    await moveLesson(db, educator, path.id, lessons[2]!, "up");
    const group = await createGroup(db, educator, c.id, { name: "Środy" });
    const member = await learner(db, c.id, "Halina Członkini");
    const single = await learner(db, c.id, "Jan Osobny");
    await addToGroup(db, educator, group.id, [member.id]);
    expect(await assignablePaths(db, educator, c.id)).toContainEqual({ value: customPathValue(path.id), title: path.title, lessons: 3, own: true });
    await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: customPathValue(path.id), due: "2026-12-31" });
    await assignPath(db, educator, { kind: "learner", learnerId: single.id }, { path: customPathValue(path.id), due: "" });
    const expected = [lessons[0], lessons[2], lessons[1]];
    expect((await assignedPaths(db, member.id)).map((entry) => [entry.pathTitle, entry.lessonSlugs])).toEqual([[path.title, expected]]);
    expect((await assignedPaths(db, single.id)).map((entry) => entry.lessonSlugs)).toEqual([expected]);
    // A later change to the path shows at once.
    await moveLesson(db, educator, path.id, lessons[0]!, "down");
    expect((await assignedPaths(db, member.id))[0]!.lessonSlugs).toEqual([lessons[2], lessons[0], lessons[1]]);
    const assigned = await db.auditEvent.findMany({ where: { action: "assignment.create", clubId: c.id } });
    expect(assigned.map((event) => (event.details as { path?: string }).path)).toEqual([customPathValue(path.id), customPathValue(path.id)]);
  });

  it("an empty club's path is not offered for assigning", async () => {
    const { club: c, educator, path } = await setUp("Pusta");
    expect((await assignablePaths(db, educator, c.id)).map((entry) => entry.value)).not.toContain(customPathValue(path.id));
  });

  it("deletes a club's path with its assignments, audited; the learners no longer see it", async () => {
    const { club: c, educator, path } = await setUp("Kasowanie", 2);
    const group = await createGroup(db, educator, c.id, { name: "Piątki" });
    const member = await learner(db, c.id, "Zenon Członek");
    await addToGroup(db, educator, group.id, [member.id]);
    await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: customPathValue(path.id), due: "" });
    expect(await assignedPaths(db, member.id)).toHaveLength(1);
    await deletePath(db, educator, path.id);
    expect(await db.lessonPath.findUnique({ where: { id: path.id } })).toBeNull();
    expect(await db.lessonPathItem.count({ where: { pathId: path.id } })).toBe(0);
    expect(await db.assignment.count({ where: { pathId: path.id } })).toBe(0);
    expect(await assignedPaths(db, member.id)).toEqual([]);
    expect(await db.auditEvent.findMany({ where: { action: "path.delete", targetId: path.id } })).toEqual([
      expect.objectContaining({ actorId: educator.userId, clubId: c.id, details: { title: path.title, assignments: 1 } }),
    ]);
    await expect(getPath(db, educator, path.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
