/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  addToGroup,
  AlreadyAssignedError,
  assignmentSchema,
  assignPath,
  createGroup,
  getGroup,
  GroupNameTakenError,
  groupNameSchema,
  learnerAssignments,
  learnersOutsideGroup,
  listGroups,
  removeAssignment,
  removeFromGroup,
  renameGroup,
} from "@/lib/access/groups";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import { getCatalogue } from "@/lib/content/catalogue";
import type { Db } from "@/lib/db/client";
import { assignedPaths } from "@/lib/progress/read";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

/** content/sciezki.json read as it is, so the order is the file's and not the catalogue's. */
const builtIn = JSON.parse(readFileSync(join(process.cwd(), "content/sciezki.json"), "utf8")) as Record<string, { title: string; lessons: string[] }>;
const slugs = Object.keys(builtIn);
if (slugs.length < 3) throw new Error("content/sciezki.json should have at least three paths");
const [FIRST, SECOND, THIRD] = slugs as [string, string, string];
const content = (slug: string) => builtIn[slug]!;

async function learner(db: Db, clubId: string, displayName: string, active = true) {
  const user = await db.user.create({
    data: { displayName, username: `learner.${uniqueSuffix()}`, active, memberships: { create: { clubId, role: "LEARNER" } } },
  });
  const actor: Actor = { userId: user.id, displayName, username: user.username, isAdmin: false, memberships: [{ clubId, clubName: "", role: "LEARNER" }], activeClubId: null };
  return { ...user, actor };
}

const memberIds = async (db: Db, groupId: string) =>
  (await db.groupMember.findMany({ where: { groupId }, orderBy: { userId: "asc" } })).map((member) => member.userId).sort();

describe("group and assignment forms", () => {
  it("trims a group name and wants 2 to 80 characters", () => {
    expect(groupNameSchema.parse({ name: "  Wtorki 10:00 " })).toEqual({ name: "Wtorki 10:00" });
    expect(groupNameSchema.safeParse({ name: " a " }).success).toBe(false);
    expect(groupNameSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
  });

  it("takes no due date or a real calendar day, and refuses a day that does not exist", () => {
    expect(assignmentSchema.parse({ path: FIRST, due: "" })).toEqual({ path: FIRST, due: "" });
    expect(assignmentSchema.parse({ path: FIRST })).toEqual({ path: FIRST, due: "" });
    expect(assignmentSchema.parse({ path: FIRST, due: "2026-12-31" })).toEqual({ path: FIRST, due: "2026-12-31" });
    expect(assignmentSchema.safeParse({ path: FIRST, due: "2028-02-29" }).success).toBe(true);
    for (const due of ["2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10"]) {
      const result = assignmentSchema.safeParse({ path: FIRST, due });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain("Takiej daty nie ma w kalendarzu.");
    }
    expect(assignmentSchema.safeParse({ path: FIRST, due: "31.12.2026" }).success).toBe(false);
    expect(assignmentSchema.safeParse({ path: "", due: "" }).success).toBe(false);
  });
});

describe.each(databaseKinds)("groups and assignments on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    // The test's reading of the file and the catalogue agree on the paths tested here.
    const paths = (await getCatalogue()).paths;
    for (const slug of [FIRST, SECOND, THIRD]) {
      expect(paths.find((path) => path.slug === slug)?.lessons.map((lesson) => lesson.slug)).toEqual(content(slug).lessons);
    }
  });
  afterAll(() => database.dispose());

  describe("groups", () => {
    it("creates a group, audited, and lists it with its counts", async () => {
      const c = await testClub(db, "Tworzenie");
      const educator = await testStaff(db, "Ewa Edukator", c.id, "EDUCATOR");
      const group = await createGroup(db, educator, c.id, { name: "Wtorki 10:00" });
      expect(group).toMatchObject({ clubId: c.id, name: "Wtorki 10:00", createdById: educator.userId });
      const events = await db.auditEvent.findMany({ where: { action: "group.create", targetId: group.id } });
      expect(events).toHaveLength(1);
      expect(events[0]!).toMatchObject({ actorId: educator.userId, clubId: c.id, targetType: "group", details: { name: "Wtorki 10:00" } });
      const l = await learner(db, c.id, "Lena Lista");
      await addToGroup(db, educator, group.id, [l.id]);
      expect(await listGroups(db, educator, c.id)).toEqual([{ id: group.id, name: "Wtorki 10:00", _count: { members: 1, assignments: 0 } }]);
    });

    it("refuses a name already used in the club, also in another case; another club may use it", async () => {
      const c = await testClub(db, "Nazwy");
      const other = await testClub(db, "Nazwy Inne");
      const educator = await testStaff(db, "Nina Nazwa", c.id, "EDUCATOR");
      const otherEducator = await testStaff(db, "Olaf Obcy", other.id, "EDUCATOR");
      await createGroup(db, educator, c.id, { name: "Seniorzy" });
      await expect(createGroup(db, educator, c.id, { name: "Seniorzy" })).rejects.toBeInstanceOf(GroupNameTakenError);
      await expect(createGroup(db, educator, c.id, { name: "SENIORZY" })).rejects.toBeInstanceOf(GroupNameTakenError);
      await expect(createGroup(db, educator, c.id, { name: "seniorzy" })).rejects.toBeInstanceOf(GroupNameTakenError);
      expect(await db.group.count({ where: { clubId: c.id } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "group.create", clubId: c.id } })).toBe(1);

      const elsewhere = await createGroup(db, otherEducator, other.id, { name: "Seniorzy" });
      expect(elsewhere).toMatchObject({ clubId: other.id, name: "Seniorzy" });
    });

    it("renames a group, audited; the name of another group of the club is refused", async () => {
      const c = await testClub(db, "Zmiana nazwy");
      const educator = await testStaff(db, "Roman Renomowany", c.id, "EDUCATOR");
      const group = await createGroup(db, educator, c.id, { name: "Poniedziałki" });
      const neighbour = await createGroup(db, educator, c.id, { name: "Środy" });
      await renameGroup(db, educator, group.id, { name: "Poniedziałki 9:00" });
      expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).name).toBe("Poniedziałki 9:00");
      expect(await db.auditEvent.findFirst({ where: { action: "group.rename", targetId: group.id } })).toMatchObject({
        actorId: educator.userId,
        details: { from: "Poniedziałki", to: "Poniedziałki 9:00" },
      });

      await expect(renameGroup(db, educator, group.id, { name: "Środy" })).rejects.toBeInstanceOf(GroupNameTakenError);
      await expect(renameGroup(db, educator, group.id, { name: "ŚRODY" })).rejects.toBeInstanceOf(GroupNameTakenError);
      await expect(renameGroup(db, educator, group.id, { name: "środy" })).rejects.toBeInstanceOf(GroupNameTakenError);
      await expect(createGroup(db, educator, c.id, { name: "środy" })).rejects.toBeInstanceOf(GroupNameTakenError);
      expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).name).toBe("Poniedziałki 9:00");
      expect((await db.group.findUniqueOrThrow({ where: { id: neighbour.id } })).name).toBe("Środy");
      // Its own name in another case is not "taken".
      await renameGroup(db, educator, group.id, { name: "PONIEDZIAŁKI 9:00" });
      expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).name).toBe("PONIEDZIAŁKI 9:00");
    });

    it("adds only learners of the group's club, counts them, audits it, and adding twice changes nothing", async () => {
      const c = await testClub(db, "Dodawanie");
      const other = await testClub(db, "Dodawanie Inne");
      const educator = await testStaff(db, "Daria Dodająca", c.id, "EDUCATOR");
      const colleague = await testStaff(db, "Kamil Kolega", c.id, "EDUCATOR");
      const group = await createGroup(db, educator, c.id, { name: "Czwartki" });
      const anna = await learner(db, c.id, "Anna Członek");
      const bogdan = await learner(db, c.id, "Bogdan Członek");
      const stranger = await learner(db, other.id, "Obcy Uczestnik");

      const added = await addToGroup(db, educator, group.id, [anna.id, bogdan.id, stranger.id, colleague.userId, "no-such-user"]);
      expect(added).toBe(2);
      expect(await memberIds(db, group.id)).toEqual([anna.id, bogdan.id].sort());
      const events = await db.auditEvent.findMany({ where: { action: "group.add-members", targetId: group.id } });
      expect(events).toHaveLength(1);
      expect(events[0]!).toMatchObject({ actorId: educator.userId, clubId: c.id, targetType: "group" });
      expect([...((events[0]!.details as { learnerIds: string[] }).learnerIds)].sort()).toEqual([anna.id, bogdan.id].sort());

      await addToGroup(db, educator, group.id, [anna.id, bogdan.id]);
      expect(await memberIds(db, group.id)).toEqual([anna.id, bogdan.id].sort());
      expect(await db.groupMember.count({ where: { groupId: group.id } })).toBe(2);

      // Nobody of this club to add: no event.
      expect(await addToGroup(db, educator, group.id, [stranger.id, colleague.userId])).toBe(0);
      expect(await addToGroup(db, educator, group.id, [])).toBe(0);
      expect(await db.auditEvent.count({ where: { action: "group.add-members", targetId: group.id } })).toBe(2);
      expect(await db.groupMember.count({ where: { userId: { in: [stranger.id, colleague.userId] } } })).toBe(0);
    });

    it("lets a learner be in two groups, removes from one only, and audits the removal", async () => {
      const c = await testClub(db, "Dwie grupy");
      const educator = await testStaff(db, "Grzegorz Grupowy", c.id, "EDUCATOR");
      const morning = await createGroup(db, educator, c.id, { name: "Rano" });
      const evening = await createGroup(db, educator, c.id, { name: "Wieczorem" });
      const l = await learner(db, c.id, "Helena Podwójna");
      const other = await learner(db, c.id, "Ignacy Zostaje");
      expect(await addToGroup(db, educator, morning.id, [l.id, other.id])).toBe(2);
      expect(await addToGroup(db, educator, evening.id, [l.id])).toBe(1);
      expect(await db.groupMember.count({ where: { userId: l.id } })).toBe(2);

      await removeFromGroup(db, educator, morning.id, l.id);
      expect(await memberIds(db, morning.id)).toEqual([other.id]);
      expect(await memberIds(db, evening.id)).toEqual([l.id]);
      expect(await db.auditEvent.findFirst({ where: { action: "group.remove-member", targetId: morning.id } })).toMatchObject({
        actorId: educator.userId,
        details: { learnerId: l.id },
      });
      // Removing someone not in the group is not an event.
      await removeFromGroup(db, educator, morning.id, l.id);
      expect(await db.auditEvent.count({ where: { action: "group.remove-member", targetId: morning.id } })).toBe(1);

      const shown = await getGroup(db, educator, evening.id);
      expect(shown.members.map((member) => member.user.displayName)).toEqual(["Helena Podwójna"]);
    });

    it("offers to add the club's active learners who are not members yet", async () => {
      const c = await testClub(db, "Poza grupą");
      const other = await testClub(db, "Poza grupą Inny");
      const educator = await testStaff(db, "Paweł Poza", c.id, "EDUCATOR");
      await testStaff(db, "Stefan Staff", c.id, "MANAGER");
      const group = await createGroup(db, educator, c.id, { name: "Piątki" });
      const member = await learner(db, c.id, "Adam Członek");
      const outsideB = await learner(db, c.id, "Bożena Chętna");
      const outsideA = await learner(db, c.id, "Alicja Chętna");
      await learner(db, c.id, "Celina Nieaktywna", false);
      await learner(db, other.id, "Dawid Obcy");
      await addToGroup(db, educator, group.id, [member.id]);
      expect(await learnersOutsideGroup(db, educator, group.id)).toEqual([
        { id: outsideA.id, displayName: "Alicja Chętna", username: outsideA.username },
        { id: outsideB.id, displayName: "Bożena Chętna", username: outsideB.username },
      ]);
    });
  });

  describe("another club's staff and learners", () => {
    let groupId: string;
    let assignmentId: string;
    let memberId: string;
    const outsiders = new Map<string, Actor>();
    const who = ["an educator of another club", "a manager of another club", "a learner of the club", "a learner of the club with the club active"] as const;

    beforeAll(async () => {
      const c = await testClub(db, "Cudzy");
      const other = await testClub(db, "Sąsiedni");
      const educator = await testStaff(db, "Właściwa Edukatorka", c.id, "EDUCATOR");
      const group = await createGroup(db, educator, c.id, { name: "Prywatna" });
      const member = await learner(db, c.id, "Marta Członkini");
      await addToGroup(db, educator, group.id, [member.id]);
      const assignment = await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: FIRST, due: "" });
      groupId = group.id;
      assignmentId = assignment.id;
      memberId = member.id;
      outsiders.set(who[0], await testStaff(db, "Obca Edukatorka", other.id, "EDUCATOR"));
      outsiders.set(who[1], await testStaff(db, "Obcy Kierownik", other.id, "MANAGER"));
      outsiders.set(who[2], member.actor);
      outsiders.set(who[3], { ...member.actor, activeClubId: c.id });
    });

    it.each(who)("%s: every group and assignment function is NotFoundError, and nothing changes", async (name) => {
      const actor = outsiders.get(name)!;
      const nobody = await learner(db, (await db.group.findUniqueOrThrow({ where: { id: groupId } })).clubId, `Nowy ${name}`);
      await expect(getGroup(db, actor, groupId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(renameGroup(db, actor, groupId, { name: "Przejęta" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(addToGroup(db, actor, groupId, [nobody.id])).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeFromGroup(db, actor, groupId, memberId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(learnersOutsideGroup(db, actor, groupId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignPath(db, actor, { kind: "group", groupId }, { path: SECOND, due: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignPath(db, actor, { kind: "learner", learnerId: memberId }, { path: SECOND, due: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeAssignment(db, actor, assignmentId)).rejects.toBeInstanceOf(NotFoundError);

      const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, include: { members: true, assignments: true } });
      expect(group.name).toBe("Prywatna");
      expect(group.members.map((member) => member.userId)).toEqual([memberId]);
      expect(group.assignments.map((assignment) => assignment.id)).toEqual([assignmentId]);
      expect(await db.assignment.count({ where: { learnerId: memberId } })).toBe(0);
    });

    it("a group that does not exist is NotFoundError", async () => {
      const educator = outsiders.get(who[0])!;
      await expect(getGroup(db, educator, "no-such-group")).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignPath(db, educator, { kind: "group", groupId: "no-such-group" }, { path: FIRST, due: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeAssignment(db, educator, "no-such-assignment")).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("assigning paths", () => {
    it("a path given to a group is on its members' home: title, who gave it, due date, lessons in the content's order", async () => {
      const c = await testClub(db, "Ścieżki");
      const educator = await testStaff(db, "Teresa Nauczycielka", c.id, "EDUCATOR");
      const group = await createGroup(db, educator, c.id, { name: "Urzędowa" });
      const member = await learner(db, c.id, "Zenon Członek");
      const later = await learner(db, c.id, "Wiesław Później");
      const outsider = await learner(db, c.id, "Urszula Spoza");
      await addToGroup(db, educator, group.id, [member.id]);

      const assignment = await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: SECOND, due: "2026-12-31" });
      expect(assignment).toMatchObject({ clubId: c.id, groupId: group.id, learnerId: null, assignedById: educator.userId });
      const expected = {
        assignmentId: assignment.id,
        pathTitle: content(SECOND).title,
        assignedBy: "Teresa Nauczycielka",
        dueDate: new Date("2026-12-31T00:00:00Z"),
        lessonSlugs: content(SECOND).lessons,
      };
      expect(await assignedPaths(db, member.id)).toEqual([expected]);
      expect(await assignedPaths(db, outsider.id)).toEqual([]);

      const events = await db.auditEvent.findMany({ where: { action: "assignment.create", targetId: assignment.id } });
      expect(events).toHaveLength(1);
      expect(events[0]!).toMatchObject({ actorId: educator.userId, clubId: c.id, targetType: "assignment", details: { path: SECOND, groupId: group.id } });

      // Joining later: the group's paths come with the group. Leaving: they go.
      await addToGroup(db, educator, group.id, [later.id]);
      expect(await assignedPaths(db, later.id)).toEqual([expected]);
      await removeFromGroup(db, educator, group.id, member.id);
      expect(await assignedPaths(db, member.id)).toEqual([]);
      expect(await assignedPaths(db, later.id)).toEqual([expected]);

      const shown = await getGroup(db, educator, group.id);
      expect(shown.assignments.map((a) => [a.path.slug, a.path.title, a.assignedBy?.displayName])).toEqual([[SECOND, content(SECOND).title, "Teresa Nauczycielka"]]);
    });

    it("a path given to one learner is on that learner's home only, without a due date when none was given", async () => {
      const c = await testClub(db, "Jeden uczestnik");
      const manager = await testStaff(db, "Maria Kierowniczka", c.id, "MANAGER");
      const l = await learner(db, c.id, "Jan Pojedynczy");
      const neighbour = await learner(db, c.id, "Sąsiad Bez Ścieżki");
      const assignment = await assignPath(db, manager, { kind: "learner", learnerId: l.id }, { path: THIRD, due: "" });
      expect(assignment).toMatchObject({ clubId: c.id, learnerId: l.id, groupId: null, dueDate: null });
      expect(await assignedPaths(db, l.id)).toEqual([
        { assignmentId: assignment.id, pathTitle: content(THIRD).title, assignedBy: "Maria Kierowniczka", dueDate: null, lessonSlugs: content(THIRD).lessons },
      ]);
      expect(await assignedPaths(db, neighbour.id)).toEqual([]);
      expect((await learnerAssignments(db, manager, l.id, c.id)).map((a) => [a.id, a.path.title, a.assignedBy?.displayName])).toEqual([
        [assignment.id, content(THIRD).title, "Maria Kierowniczka"],
      ]);
      expect(await db.auditEvent.findFirst({ where: { action: "assignment.create", targetId: assignment.id } })).toMatchObject({
        details: { path: THIRD, learnerId: l.id },
      });
    });

    it("a learner of another club, a staff member or nobody cannot be given a path directly", async () => {
      const c = await testClub(db, "Bezpośrednio");
      const other = await testClub(db, "Bezpośrednio Inny");
      const educator = await testStaff(db, "Bogna Bezpośrednia", c.id, "EDUCATOR");
      const colleague = await testStaff(db, "Cezary Kolega", c.id, "EDUCATOR");
      const stranger = await learner(db, other.id, "Obcy Człowiek");
      for (const learnerId of [stranger.id, colleague.userId, "no-such-user"]) {
        await expect(assignPath(db, educator, { kind: "learner", learnerId }, { path: FIRST, due: "" })).rejects.toBeInstanceOf(NotFoundError);
      }
      expect(await db.assignment.count({ where: { clubId: c.id } })).toBe(0);
    });

    it("the same path twice to the same group or learner is AlreadyAssignedError; to another target it is fine", async () => {
      const c = await testClub(db, "Dwa razy");
      const educator = await testStaff(db, "Dorota Dwukrotna", c.id, "EDUCATOR");
      const first = await createGroup(db, educator, c.id, { name: "Pierwsza" });
      const second = await createGroup(db, educator, c.id, { name: "Druga" });
      const l = await learner(db, c.id, "Leon Dwa");
      const other = await learner(db, c.id, "Olga Dwa");

      await assignPath(db, educator, { kind: "group", groupId: first.id }, { path: FIRST, due: "" });
      await expect(assignPath(db, educator, { kind: "group", groupId: first.id }, { path: FIRST, due: "2026-12-31" })).rejects.toBeInstanceOf(AlreadyAssignedError);
      await assignPath(db, educator, { kind: "group", groupId: second.id }, { path: FIRST, due: "" });
      await assignPath(db, educator, { kind: "group", groupId: first.id }, { path: SECOND, due: "" });

      await assignPath(db, educator, { kind: "learner", learnerId: l.id }, { path: FIRST, due: "" });
      await expect(assignPath(db, educator, { kind: "learner", learnerId: l.id }, { path: FIRST, due: "" })).rejects.toBeInstanceOf(AlreadyAssignedError);
      await assignPath(db, educator, { kind: "learner", learnerId: other.id }, { path: FIRST, due: "" });

      expect(await db.assignment.count({ where: { groupId: first.id } })).toBe(2);
      expect(await db.assignment.count({ where: { groupId: second.id } })).toBe(1);
      expect(await db.assignment.count({ where: { learnerId: l.id } })).toBe(1);
      expect(await db.assignment.count({ where: { learnerId: other.id } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "assignment.create", clubId: c.id } })).toBe(5);
    });

    it("a path slug that is not in the content is NotFoundError and creates no row", async () => {
      const c = await testClub(db, "Nieznana");
      const educator = await testStaff(db, "Nela Nieznana", c.id, "EDUCATOR");
      const group = await createGroup(db, educator, c.id, { name: "Grupa" });
      const l = await learner(db, c.id, "Ludwik Nieznany");
      await expect(assignPath(db, educator, { kind: "group", groupId: group.id }, { path: "nie-ma-takiej-sciezki", due: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignPath(db, educator, { kind: "learner", learnerId: l.id }, { path: "nie-ma-takiej-sciezki", due: "" })).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.lessonPath.count({ where: { slug: "nie-ma-takiej-sciezki" } })).toBe(0);
      expect(await db.assignment.count({ where: { clubId: c.id } })).toBe(0);
    });

    it("keeps one row per built-in path, and brings its lessons back in line with the content", async () => {
      const c = await testClub(db, "Wiersze");
      const educator = await testStaff(db, "Wanda Wierszowa", c.id, "EDUCATOR");
      const a = await createGroup(db, educator, c.id, { name: "Grupa A" });
      const b = await createGroup(db, educator, c.id, { name: "Grupa B" });
      const d = await createGroup(db, educator, c.id, { name: "Grupa D" });
      const l = await learner(db, c.id, "Krystyna Naprawiona");
      await addToGroup(db, educator, d.id, [l.id]);

      const slug = THIRD;
      const before = await db.lessonPath.count({ where: { slug } });
      await assignPath(db, educator, { kind: "group", groupId: a.id }, { path: slug, due: "" });
      await assignPath(db, educator, { kind: "group", groupId: b.id }, { path: slug, due: "" });
      const rows = await db.lessonPath.findMany({ where: { slug }, include: { items: { orderBy: { position: "asc" } } } });
      expect(rows).toHaveLength(1);
      expect(before).toBeLessThanOrEqual(1);
      const row = rows[0]!;
      expect(row).toMatchObject({ title: content(slug).title, clubId: null });
      expect(row.items.map((item) => [item.position, item.lessonSlug])).toEqual(content(slug).lessons.map((lesson, position) => [position, lesson]));
      expect(await db.assignment.count({ where: { pathId: row.id, clubId: c.id } })).toBe(2);

      // Someone changed the stored path (or the content changed since): the next assignment rewrites it.
      const firstItem = row.items[0]!;
      const thirdItem = row.items[2]!;
      await db.lessonPathItem.update({ where: { id: thirdItem.id }, data: { lessonSlug: "modul/nie-ma-takiej-lekcji" } });
      await db.lessonPathItem.delete({ where: { id: firstItem.id } });
      await db.lessonPath.update({ where: { id: row.id }, data: { title: "Stary tytuł" } });
      expect((await assignedPaths(db, l.id)).length).toBe(0);
      await assignPath(db, educator, { kind: "group", groupId: d.id }, { path: slug, due: "" });
      const fixed = await db.lessonPath.findMany({ where: { slug }, include: { items: { orderBy: { position: "asc" } } } });
      expect(fixed).toHaveLength(1);
      expect(fixed[0]!.id).toBe(row.id);
      expect(fixed[0]!.title).toBe(content(slug).title);
      expect(fixed[0]!.items.map((item) => [item.position, item.lessonSlug])).toEqual(content(slug).lessons.map((lesson, position) => [position, lesson]));
      expect((await assignedPaths(db, l.id)).map((entry) => [entry.pathTitle, entry.lessonSlugs])).toEqual([[content(slug).title, content(slug).lessons]]);

      // Items in line with the content are left as they are.
      const ids = fixed[0]!.items.map((item) => item.id);
      await assignPath(db, educator, { kind: "learner", learnerId: l.id }, { path: slug, due: "" });
      expect((await db.lessonPathItem.findMany({ where: { pathId: row.id }, orderBy: { position: "asc" } })).map((item) => item.id)).toEqual(ids);
    });

    it("removes an assignment, audited; it is gone from the home and from the group", async () => {
      const c = await testClub(db, "Usuwanie");
      const educator = await testStaff(db, "Urszula Usuwająca", c.id, "EDUCATOR");
      const manager = await testStaff(db, "Mirosław Kierownik", c.id, "MANAGER");
      const group = await createGroup(db, educator, c.id, { name: "Do usunięcia" });
      const l = await learner(db, c.id, "Roch Bez Ścieżki");
      await addToGroup(db, educator, group.id, [l.id]);
      const kept = await assignPath(db, educator, { kind: "learner", learnerId: l.id }, { path: FIRST, due: "" });
      const assignment = await assignPath(db, educator, { kind: "group", groupId: group.id }, { path: SECOND, due: "2026-06-30" });
      expect((await assignedPaths(db, l.id)).map((entry) => entry.assignmentId)).toEqual([kept.id, assignment.id]);

      await removeAssignment(db, manager, assignment.id);
      expect(await db.assignment.findUnique({ where: { id: assignment.id } })).toBeNull();
      expect((await assignedPaths(db, l.id)).map((entry) => entry.assignmentId)).toEqual([kept.id]);
      expect((await getGroup(db, educator, group.id)).assignments).toEqual([]);
      const events = await db.auditEvent.findMany({ where: { action: "assignment.remove", targetId: assignment.id } });
      expect(events).toHaveLength(1);
      expect(events[0]!).toMatchObject({ actorId: manager.userId, clubId: c.id, targetType: "assignment" });

      await expect(removeAssignment(db, manager, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.auditEvent.count({ where: { action: "assignment.remove", targetId: assignment.id } })).toBe(1);
      // The path row stays for the other assignments.
      expect(await db.lessonPath.count({ where: { slug: SECOND } })).toBe(1);
    });
  });
});
