import { z } from "zod";
import { audit } from "../auth/audit";
import { getCatalogue } from "../content/catalogue";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertCan, NotFoundError } from "./guard";
import type { Actor } from "./policy";

// Lesson paths: the built-in ones come with the content (content/sciezki.json) and are read-only;
// a club's own paths are LessonPath rows with clubId set and no slug, composed by its staff.
// Positions of a path's lessons are always 0..n-1; every change to them happens in one
// transaction that first locks the path's row, so two people reordering at once take turns.

export const pathTitleSchema = z.object({
  title: z.string().trim().min(3, "Wpisz nazwę ścieżki, np. „Bezpiecznie w sieci”.").max(80, "Nazwa ścieżki może mieć najwyżej 80 znaków."),
  description: z.string().trim().max(300, "Opis może mieć najwyżej 300 znaków.").optional().default(""),
});

export type PathInput = z.input<typeof pathTitleSchema>;

/** A built-in path asked to be changed: it is shown as "not found" like anything else out of reach. */
export class BuiltInPathError extends NotFoundError {
  override name = "BuiltInPathError";
}

export class LessonAlreadyInPathError extends Error {
  override name = "LessonAlreadyInPathError";
}

/** Built-in paths with their lessons, and the club's own paths with their counts. */
export async function listPaths(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "path.manage", { kind: "club", clubId });
  const [catalogue, custom] = await Promise.all([
    getCatalogue(),
    db.lessonPath.findMany({
      where: { clubId, slug: null },
      orderBy: { title: "asc" },
      select: { id: true, title: true, description: true, _count: { select: { items: true, assignments: true } } },
    }),
  ]);
  const builtIn = catalogue.paths.map((path) => ({
    slug: path.slug,
    title: path.title,
    description: path.description,
    lessons: path.lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.meta.title })),
  }));
  return { builtIn, custom };
}

export async function createCustomPath(db: Db, actor: Actor, clubId: string, input: PathInput) {
  assertCan(actor, "path.manage", { kind: "club", clubId });
  const { title, description } = pathTitleSchema.parse(input);
  const path = await db.lessonPath.create({ data: { clubId, title, description: description || null, createdById: actor.userId } });
  await audit(db, { action: "path.create", actorId: actor.userId, clubId, targetType: "path", targetId: path.id, details: { title } });
  return path;
}

/** A club's own path with its lessons in order and where it is assigned; a built-in or another club's path is NotFoundError. */
export async function getPath(db: Db, actor: Actor, pathId: string) {
  const path = await db.lessonPath.findUnique({
    where: { id: pathId },
    include: {
      items: { orderBy: { position: "asc" } },
      assignments: { select: { id: true, group: { select: { name: true } }, learner: { select: { displayName: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!path) throw new NotFoundError("path");
  if (!path.clubId || path.slug !== null) throw new BuiltInPathError(pathId);
  assertCan(actor, "path.manage", { kind: "club", clubId: path.clubId });
  return { ...path, clubId: path.clubId };
}

export async function renamePath(db: Db, actor: Actor, pathId: string, input: PathInput) {
  const path = await getPath(db, actor, pathId);
  const { title, description } = pathTitleSchema.parse(input);
  await db.lessonPath.update({ where: { id: pathId }, data: { title, description: description || null } });
  await audit(db, {
    action: "path.update",
    actorId: actor.userId,
    clubId: path.clubId,
    targetType: "path",
    targetId: pathId,
    details: { from: path.title, to: title },
  });
}

/** Locks the path's row for the rest of the transaction: changes to one path's lessons take turns. */
async function lockPath(tx: Prisma.TransactionClient, pathId: string) {
  await tx.lessonPath.update({ where: { id: pathId }, data: { updatedAt: new Date() } });
}

/** Appends a lesson of the catalogue at the end; a lesson is in a path only once. */
export async function addLessonToPath(db: Db, actor: Actor, pathId: string, lessonSlug: string) {
  const path = await getPath(db, actor, pathId);
  const lesson = (await getCatalogue()).lessons.find((candidate) => candidate.slug === lessonSlug);
  if (!lesson) throw new NotFoundError("lesson");
  await db.$transaction(async (tx) => {
    await lockPath(tx, pathId);
    if (await tx.lessonPathItem.findUnique({ where: { pathId_lessonSlug: { pathId, lessonSlug } } })) throw new LessonAlreadyInPathError(lessonSlug);
    const position = await tx.lessonPathItem.count({ where: { pathId } });
    await tx.lessonPathItem.create({ data: { pathId, position, lessonSlug } });
  });
  await audit(db, { action: "path.update", actorId: actor.userId, clubId: path.clubId, targetType: "path", targetId: pathId, details: { added: lessonSlug } });
}

// Far below any real position: lessons being renumbered wait there, so no step of the renumbering
// meets the unique (pathId, position) index half-way.
const PARKED = -1_000_000;

/** Takes a lesson out of the path; the lessons after it move up, so positions stay 0..n-1. */
export async function removeLessonFromPath(db: Db, actor: Actor, pathId: string, lessonSlug: string) {
  const path = await getPath(db, actor, pathId);
  const removed = await db.$transaction(async (tx) => {
    await lockPath(tx, pathId);
    const item = await tx.lessonPathItem.findUnique({ where: { pathId_lessonSlug: { pathId, lessonSlug } } });
    if (!item) return false;
    await tx.lessonPathItem.delete({ where: { id: item.id } });
    const after = { pathId, position: { gt: item.position } };
    await tx.lessonPathItem.updateMany({ where: after, data: { position: { increment: PARKED } } });
    await tx.lessonPathItem.updateMany({ where: { pathId, position: { lt: 0 } }, data: { position: { increment: -PARKED - 1 } } });
    return true;
  });
  if (removed) {
    await audit(db, { action: "path.update", actorId: actor.userId, clubId: path.clubId, targetType: "path", targetId: pathId, details: { removed: lessonSlug } });
  }
}

/**
 * Swaps a lesson with the one before ("up") or after ("down") it and gives its new position (0 is
 * first). The first lesson cannot go up nor the last down, and a lesson not in the path does not
 * move: nothing changes and null comes back.
 */
export async function moveLesson(db: Db, actor: Actor, pathId: string, lessonSlug: string, direction: "up" | "down") {
  const path = await getPath(db, actor, pathId);
  const moved = await db.$transaction(async (tx) => {
    await lockPath(tx, pathId);
    const item = await tx.lessonPathItem.findUnique({ where: { pathId_lessonSlug: { pathId, lessonSlug } } });
    // Someone else may have just taken it out of the path: nothing to move.
    if (!item) return null;
    const neighbour = await tx.lessonPathItem.findUnique({
      where: { pathId_position: { pathId, position: item.position + (direction === "up" ? -1 : 1) } },
    });
    if (!neighbour) return null;
    await tx.lessonPathItem.update({ where: { id: item.id }, data: { position: PARKED } });
    await tx.lessonPathItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
    await tx.lessonPathItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
    return neighbour.position;
  });
  if (moved !== null) {
    await audit(db, { action: "path.update", actorId: actor.userId, clubId: path.clubId, targetType: "path", targetId: pathId, details: { moved: lessonSlug, direction } });
  }
  return moved;
}

/** Deletes a club's own path; where it was assigned, the assignments go with it (progress stays). */
export async function deletePath(db: Db, actor: Actor, pathId: string) {
  const path = await getPath(db, actor, pathId);
  await db.lessonPath.delete({ where: { id: pathId } });
  await audit(db, {
    action: "path.delete",
    actorId: actor.userId,
    clubId: path.clubId,
    targetType: "path",
    targetId: pathId,
    details: { title: path.title, assignments: path.assignments.length },
  });
}

/** The value of an assignment form's path field for a club's own path ("club:<id>"); a built-in path is its slug. */
export const customPathValue = (pathId: string) => `club:${pathId}`;

export function customPathId(value: string): string | null {
  return value.startsWith("club:") ? value.slice("club:".length) : null;
}

/** Paths that can be assigned in the club: built-in first, then the club's own that have lessons. */
export async function assignablePaths(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "assignment.manage", { kind: "club", clubId });
  const [catalogue, custom] = await Promise.all([
    getCatalogue(),
    db.lessonPath.findMany({ where: { clubId, slug: null, items: { some: {} } }, orderBy: { title: "asc" }, select: { id: true, title: true, _count: { select: { items: true } } } }),
  ]);
  return [
    ...catalogue.paths.map((path) => ({ value: path.slug, title: path.title, lessons: path.lessons.length, own: false })),
    ...custom.map((path) => ({ value: customPathValue(path.id), title: path.title, lessons: path._count.items, own: true })),
  ];
}

/** Lessons of the catalogue not in the path yet, by module, for the "add a lesson" list. */
export async function lessonsToAdd(inPath: string[]) {
  const taken = new Set(inPath);
  return (await getCatalogue()).modules
    .map((module) => ({
      slug: module.slug,
      title: module.meta.title,
      lessons: module.lessons.filter((lesson) => !taken.has(lesson.slug)).map((lesson) => ({ slug: lesson.slug, title: lesson.meta.title })),
    }))
    .filter((module) => module.lessons.length);
}

/** The id of a lesson's row on the path's page, so that after a move the page lands at the lesson moved. */
export const lessonAnchor = (lessonSlug: string) => `lekcja-${lessonSlug.replace(/\//g, "--")}`;
