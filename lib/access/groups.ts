import { z } from "zod";
import { audit } from "../auth/audit";
import { getCatalogue, type BuiltInPath } from "../content/catalogue";
import type { Db } from "../db/client";
import { isoDay } from "../forms";
import { assertCan, NotFoundError } from "./guard";
import { readableLearners } from "./learners";
import { customPathId } from "./paths";
import type { Actor } from "./policy";

// Groups of a club's learners and lesson paths given to a group or to one learner. Every function
// checks the actor against the group's (or learner's) club first; another club's group is a 404.

export const groupNameSchema = z.object({
  name: z.string().trim().min(2, "Wpisz nazwę grupy, np. „Wtorki 10:00”.").max(80, "Nazwa grupy może mieć najwyżej 80 znaków."),
});

export class GroupNameTakenError extends Error {
  override name = "GroupNameTakenError";
}

async function nameFree(db: Db, clubId: string, name: string, exceptId?: string) {
  const same = await db.group.findFirst({ where: { clubId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (same) throw new GroupNameTakenError(name);
}

export async function listGroups(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "group.manage", { kind: "club", clubId });
  return db.group.findMany({
    where: { clubId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { members: true, assignments: true } } },
  });
}

export async function createGroup(db: Db, actor: Actor, clubId: string, input: z.infer<typeof groupNameSchema>) {
  assertCan(actor, "group.manage", { kind: "club", clubId });
  await nameFree(db, clubId, input.name);
  const group = await db.group.create({ data: { clubId, name: input.name, createdById: actor.userId } });
  await audit(db, { action: "group.create", actorId: actor.userId, clubId, targetType: "group", targetId: group.id, details: { name: input.name } });
  return group;
}

/** The group with its members and assignments, or NotFoundError when it is not the actor's club's. */
export async function getGroup(db: Db, actor: Actor, groupId: string) {
  const group = await db.group.findUnique({
    where: { id: groupId },
    include: {
      members: { include: { user: { select: { id: true, displayName: true, username: true, active: true } } }, orderBy: { user: { displayName: "asc" } } },
      assignments: { include: { path: { select: { title: true, slug: true } }, assignedBy: { select: { displayName: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!group) throw new NotFoundError("group");
  assertCan(actor, "group.manage", { kind: "club", clubId: group.clubId });
  return group;
}

export async function renameGroup(db: Db, actor: Actor, groupId: string, input: z.infer<typeof groupNameSchema>) {
  const group = await getGroup(db, actor, groupId);
  await nameFree(db, group.clubId, input.name, groupId);
  await db.group.update({ where: { id: groupId }, data: { name: input.name } });
  await audit(db, { action: "group.rename", actorId: actor.userId, clubId: group.clubId, targetType: "group", targetId: groupId, details: { from: group.name, to: input.name } });
}

/** Adds learners of the group's club (others are ignored); a learner may be in several groups. */
export async function addToGroup(db: Db, actor: Actor, groupId: string, learnerIds: string[]) {
  const group = await getGroup(db, actor, groupId);
  const learners = await db.user.findMany({ where: { id: { in: learnerIds }, ...readableLearners(actor, group.clubId) }, select: { id: true } });
  await db.groupMember.createMany({ data: learners.map((learner) => ({ groupId, userId: learner.id })), skipDuplicates: true });
  if (learners.length) {
    await audit(db, { action: "group.add-members", actorId: actor.userId, clubId: group.clubId, targetType: "group", targetId: groupId, details: { learnerIds: learners.map((l) => l.id) } });
  }
  return learners.length;
}

export async function removeFromGroup(db: Db, actor: Actor, groupId: string, learnerId: string) {
  const group = await getGroup(db, actor, groupId);
  const { count } = await db.groupMember.deleteMany({ where: { groupId, userId: learnerId } });
  if (count) {
    await audit(db, { action: "group.remove-member", actorId: actor.userId, clubId: group.clubId, targetType: "group", targetId: groupId, details: { learnerId } });
  }
}

/** The club's learners not in the group yet, for the "add to group" list. */
export async function learnersOutsideGroup(db: Db, actor: Actor, groupId: string) {
  const group = await getGroup(db, actor, groupId);
  return db.user.findMany({
    where: { active: true, ...readableLearners(actor, group.clubId), groupMemberships: { none: { groupId } } },
    select: { id: true, displayName: true, username: true },
    orderBy: { displayName: "asc" },
  });
}

// --- Assignments ------------------------------------------------------------------------------

export const assignmentSchema = z.object({
  path: z.string().min(1, "Wybierz ścieżkę nauki.").max(80),
  due: z.union([z.literal(""), isoDay]).optional().default(""),
});

/**
 * The database row of a built-in path (content/sciezki.json), created or brought up to date with
 * the content, so assignments point at a row while the lessons stay defined by the content.
 */
async function builtInPathRow(db: Db, path: BuiltInPath) {
  const slugs = path.lessons.map((lesson) => lesson.slug);
  return db.$transaction(async (tx) => {
    const row = await tx.lessonPath.upsert({
      where: { slug: path.slug },
      update: { title: path.title, description: path.description },
      create: { slug: path.slug, title: path.title, description: path.description },
      include: { items: { orderBy: { position: "asc" } } },
    });
    if (row.items.map((item) => item.lessonSlug).join("|") !== slugs.join("|")) {
      await tx.lessonPathItem.deleteMany({ where: { pathId: row.id } });
      await tx.lessonPathItem.createMany({ data: slugs.map((lessonSlug, position) => ({ pathId: row.id, position, lessonSlug })) });
    }
    return row;
  });
}

type Target = { kind: "group"; groupId: string } | { kind: "learner"; learnerId: string };

export class AlreadyAssignedError extends Error {
  override name = "AlreadyAssignedError";
}

/** A built-in path by its slug, or one of the club's own paths by "club:<id>"; anything else is NotFoundError. */
async function assignablePathRow(db: Db, clubId: string, value: string) {
  const ownId = customPathId(value);
  if (ownId !== null) {
    const own = await db.lessonPath.findFirst({ where: { id: ownId, clubId, slug: null } });
    if (!own) throw new NotFoundError("path");
    return own;
  }
  const path = (await getCatalogue()).paths.find((candidate) => candidate.slug === value);
  if (!path) throw new NotFoundError("path");
  return builtInPathRow(db, path);
}

/** Gives a built-in path or one of the club's own paths to a group or to one learner of the actor's club, with an optional due date. */
export async function assignPath(db: Db, actor: Actor, target: Target, input: z.infer<typeof assignmentSchema>) {
  let clubId: string;
  if (target.kind === "group") {
    clubId = (await getGroup(db, actor, target.groupId)).clubId;
  } else {
    const learner = await db.user.findFirst({ where: { id: target.learnerId, ...readableLearners(actor, actor.activeClubId ?? undefined) }, select: { id: true } });
    if (!learner || !actor.activeClubId) throw new NotFoundError("learner");
    clubId = actor.activeClubId;
  }
  assertCan(actor, "assignment.manage", { kind: "club", clubId });
  const row = await assignablePathRow(db, clubId, input.path);
  const where = target.kind === "group" ? { groupId: target.groupId } : { learnerId: target.learnerId };
  if (await db.assignment.findFirst({ where: { ...where, pathId: row.id } })) throw new AlreadyAssignedError(input.path);
  const assignment = await db.assignment.create({
    data: { clubId, pathId: row.id, ...where, dueDate: input.due ? new Date(`${input.due}T00:00:00Z`) : null, assignedById: actor.userId },
  });
  await audit(db, { action: "assignment.create", actorId: actor.userId, clubId, targetType: "assignment", targetId: assignment.id, details: { path: input.path, ...where } });
  return assignment;
}

export async function removeAssignment(db: Db, actor: Actor, assignmentId: string) {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId } });
  if (!assignment) throw new NotFoundError("assignment");
  assertCan(actor, "assignment.manage", { kind: "club", clubId: assignment.clubId });
  await db.assignment.delete({ where: { id: assignmentId } });
  await audit(db, { action: "assignment.remove", actorId: actor.userId, clubId: assignment.clubId, targetType: "assignment", targetId: assignmentId });
}

/** Paths given to the learner directly (their group's are shown on the group's page). */
export async function learnerAssignments(db: Db, actor: Actor, learnerId: string, clubId: string) {
  assertCan(actor, "assignment.manage", { kind: "club", clubId });
  return db.assignment.findMany({
    where: { clubId, learnerId },
    include: { path: { select: { title: true } }, assignedBy: { select: { displayName: true } } },
    orderBy: { createdAt: "asc" },
  });
}
