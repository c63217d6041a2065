import { z } from "zod";
import { assertCan } from "../access/guard";
import { readableLearners } from "../access/learners";
import { customPathId } from "../access/paths";
import type { Actor } from "../access/policy";
import { getCatalogue } from "../content/catalogue";
import type { Db } from "../db/client";
import { lessonShape } from "../progress/lessons";
import { placeInLesson, placeWords, type LessonPlace } from "../progress/rules";
import { csvDate, toCsv } from "./csv";

// The progress matrix: the club's learners × the lessons of a path (or of a group's assigned
// paths, or every lesson). One function builds it; the page and the CSV both print its rows, so
// the file is exactly what is on screen for the same filter.

export const matrixFilterSchema = z.object({
  grupa: z.string().max(40).optional().default(""),
  sciezka: z.string().max(80).optional().default(""),
  sort: z.enum(["nazwisko", "postep"]).optional().default("nazwisko"),
});
export type MatrixFilter = z.infer<typeof matrixFilterSchema>;

export type CellStatus = "done" | "done-assisted" | "in-progress" | "not-started";
/** `place`: where she is in a lesson in progress — the same place her own pages show. */
export type MatrixCell = { status: CellStatus; date: Date | null; steps: number; of: number; place?: LessonPlace };
export type MatrixRow = { learner: { id: string; displayName: string; username: string }; cells: MatrixCell[]; done: number };
export type Matrix = { lessons: { slug: string; title: string }[]; rows: MatrixRow[]; scope: string };

// Each status its own symbol (done alone and done with help looked the same), always beside its words.
export const cellWords: Record<CellStatus, { icon: string; word: string }> = {
  done: { icon: "✓", word: "Ukończona" },
  "done-assisted": { icon: "☑", word: "Ukończona z pomocą" },
  "in-progress": { icon: "◐", word: "W trakcie" },
  "not-started": { icon: "○", word: "Nie rozpoczęta" },
};

/** Which lessons the columns are: the chosen path, else the group's assigned paths, else all. */
async function columns(db: Db, clubId: string, filter: MatrixFilter) {
  const catalogue = await getCatalogue();
  const bySlug = new Map(catalogue.lessons.map((lesson) => [lesson.slug, lesson]));
  const builtIn = catalogue.paths.find((path) => path.slug === filter.sciezka);
  if (builtIn) return { lessons: builtIn.lessons, scope: `ścieżka „${builtIn.title}”` };
  const ownId = customPathId(filter.sciezka);
  if (ownId) {
    // Only the club's own path: another club's id shows the default columns, revealing nothing.
    const own = await db.lessonPath.findFirst({
      where: { id: ownId, clubId },
      select: { title: true, items: { orderBy: { position: "asc" }, select: { lessonSlug: true } } },
    });
    const lessons = own?.items.map((item) => bySlug.get(item.lessonSlug)).filter((lesson) => lesson !== undefined) ?? [];
    if (own && lessons.length) return { lessons, scope: `ścieżka klubu „${own.title}”` };
  }
  if (filter.grupa) {
    const assignments = await db.assignment.findMany({
      where: { clubId, groupId: filter.grupa },
      orderBy: { createdAt: "asc" },
      select: { path: { select: { title: true, items: { orderBy: { position: "asc" }, select: { lessonSlug: true } } } } },
    });
    const slugs = [...new Set(assignments.flatMap((assignment) => assignment.path.items.map((item) => item.lessonSlug)))].filter((slug) => bySlug.has(slug));
    if (slugs.length) return { lessons: slugs.map((slug) => bySlug.get(slug)!), scope: "lekcje zadane tej grupie" };
  }
  return { lessons: catalogue.lessons, scope: "wszystkie lekcje" };
}

/** A fixed number of queries for the whole matrix, however many learners and lessons. */
export async function progressMatrix(db: Db, actor: Actor, clubId: string, filter: MatrixFilter): Promise<Matrix> {
  assertCan(actor, "learner.list", { kind: "club", clubId });
  const { lessons, scope } = await columns(db, clubId, filter);
  const learners = await db.user.findMany({
    where: {
      active: true,
      ...readableLearners(actor, clubId),
      ...(filter.grupa ? { groupMemberships: { some: { groupId: filter.grupa, group: { clubId } } } } : {}),
    },
    select: { id: true, displayName: true, username: true },
  });
  const ids = learners.map((learner) => learner.id);
  const slugs = lessons.map((lesson) => lesson.slug);
  const [completions, steps, attempts, lastVisits] = await Promise.all([
    db.lessonCompletion.findMany({ where: { userId: { in: ids }, lessonSlug: { in: slugs } }, select: { userId: true, lessonSlug: true, completedAt: true, assisted: true } }),
    db.stepProgress.findMany({ where: { userId: { in: ids }, lessonSlug: { in: slugs } }, select: { userId: true, lessonSlug: true, stepId: true, completedAt: true } }),
    db.quizAttempt.groupBy({ by: ["userId", "lessonSlug", "passed"], where: { userId: { in: ids }, lessonSlug: { in: slugs } }, _max: { createdAt: true }, _count: { _all: true } }),
    // Each learner's latest visit: its last step says where she is in that lesson (as on her own pages).
    db.learningVisit.findMany({
      where: { userId: { in: ids }, lastLessonSlug: { not: null } },
      distinct: ["userId"],
      orderBy: [{ userId: "asc" }, { lastActivityAt: "desc" }],
      select: { userId: true, lastLessonSlug: true, lastStepId: true },
    }),
  ]);
  const key = (userId: string, slug: string) => `${userId}|${slug}`;
  const completed = new Map(completions.map((row) => [key(row.userId, row.lessonSlug), row]));
  const stepped = new Map<string, { ids: Set<string>; last: Date }>();
  for (const row of steps) {
    const entry = stepped.get(key(row.userId, row.lessonSlug)) ?? { ids: new Set<string>(), last: row.completedAt };
    entry.ids.add(row.stepId);
    if (row.completedAt > entry.last) entry.last = row.completedAt;
    stepped.set(key(row.userId, row.lessonSlug), entry);
  }
  const tried = new Map<string, { at: Date | null; attempts: number; passed: boolean }>();
  for (const row of attempts) {
    const entry = tried.get(key(row.userId, row.lessonSlug)) ?? { at: null, attempts: 0, passed: false };
    const at = row._max.createdAt;
    if (at && (!entry.at || at > entry.at)) entry.at = at;
    entry.attempts += row._count._all;
    if (row.passed) entry.passed = true;
    tried.set(key(row.userId, row.lessonSlug), entry);
  }
  const lastStep = new Map(lastVisits.map((visit) => [key(visit.userId, visit.lastLessonSlug!), visit.lastStepId]));
  const rows = learners.map((learner) => {
    const cells = lessons.map((lesson): MatrixCell => {
      const of = lesson.analysis.steps.length;
      const completion = completed.get(key(learner.id, lesson.slug));
      const step = stepped.get(key(learner.id, lesson.slug));
      const shape = lessonShape(lesson);
      const doneStepIds = new Set([...(step?.ids ?? [])].filter((id) => shape.stepIds.includes(id)));
      if (completion) return { status: completion.assisted ? "done-assisted" : "done", date: completion.completedAt, steps: of, of };
      const quiz = tried.get(key(learner.id, lesson.slug));
      if (step || quiz) {
        const dates = [step?.last ?? null, quiz?.at ?? null].filter((date): date is Date => date !== null);
        const facts = { doneStepIds, quizPassed: quiz?.passed ?? false, quizAttempts: quiz?.attempts ?? 0, completedAt: null };
        const place = placeInLesson(shape, facts, lastStep.get(key(learner.id, lesson.slug)) ?? null);
        return { status: "in-progress", date: new Date(Math.max(...dates.map((date) => date.getTime()))), steps: doneStepIds.size, of, place };
      }
      return { status: "not-started", date: null, steps: 0, of };
    });
    return { learner, cells, done: cells.filter((cell) => cell.status.startsWith("done")).length };
  });
  const byName = (a: MatrixRow, b: MatrixRow) => a.learner.displayName.localeCompare(b.learner.displayName, "pl") || a.learner.username.localeCompare(b.learner.username);
  rows.sort(filter.sort === "postep" ? (a, b) => b.done - a.done || byName(a, b) : byName);
  return { lessons: lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.meta.title })), rows, scope };
}

/** A cell's parts: the status, where she is (in progress: "krok 4 z 8", "quiz"), the date. */
export function cellParts(cell: MatrixCell): { word: string; place: string | null; date: string | null } {
  const place = cell.status === "in-progress" && cell.place ? placeWords(cell.place, cell.of) : null;
  return { word: cellWords[cell.status].word, place, date: cell.date ? csvDate(cell.date) : null };
}

/** A cell in words, the same on screen and in the file: "Ukończona, 2026-05-12", "W trakcie, krok 4 z 8, 2026-05-12". */
export function cellText(cell: MatrixCell): string {
  const { word, place, date } = cellParts(cell);
  return [word, place, date].filter(Boolean).join(", ");
}

export function matrixCsv(matrix: Matrix): string {
  return toCsv(
    ["Uczestnik", "Nazwa użytkownika", "Ukończone lekcje", ...matrix.lessons.map((lesson) => lesson.title)],
    matrix.rows.map((row) => [row.learner.displayName, row.learner.username, `${row.done} z ${matrix.lessons.length}`, ...row.cells.map(cellText)]),
  );
}
