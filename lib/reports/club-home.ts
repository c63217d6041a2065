import { assertCan } from "../access/guard";
import { readableLearners } from "../access/learners";
import type { Actor } from "../access/policy";
import { getCatalogue } from "../content/catalogue";
import type { Db } from "../db/client";
import { helpReasons, type HelpReason, type LearnerActivity } from "./needs-help";

const DAY = 24 * 60 * 60 * 1000;
/** Visits older than this cannot make anyone "stuck" today. */
const VISIT_WINDOW_DAYS = 90;

const monthFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit" });

export type ClubOverview = {
  activeThisWeek: number;
  learners: number;
  lessonsCompletedThisMonth: number;
  /** Of those, done in the club with an educator's help. */
  assistedThisMonth: number;
  certificatesThisYear: number;
  needsHelp: { learner: { id: string; displayName: string }; reasons: HelpReason[] }[];
};

/**
 * The club home's figures and "Kto potrzebuje pomocy", for the club's staff: a fixed number of
 * queries however many learners the club has (no query per learner).
 */
export async function clubOverview(db: Db, actor: Actor, clubId: string, now = new Date()): Promise<ClubOverview> {
  assertCan(actor, "learner.list", { kind: "club", clubId });
  const catalogue = await getCatalogue();
  const lessons = new Map(catalogue.lessons.map((lesson) => [lesson.slug, lesson]));
  const learners = await db.user.findMany({
    where: { active: true, ...readableLearners(actor, clubId) },
    select: { id: true, displayName: true, groupMemberships: { where: { group: { clubId } }, select: { groupId: true } } },
    orderBy: { displayName: "asc" },
  });
  const ids = learners.map((learner) => learner.id);
  const groupIds = [...new Set(learners.flatMap((learner) => learner.groupMemberships.map((m) => m.groupId)))];
  const [month, year] = [monthFormatter.format(now), Number(monthFormatter.format(now).slice(0, 4))];
  const [lastActivity, visits, completions, quizzes, assignments, certificatesThisYear] = await Promise.all([
    db.learningVisit.groupBy({ by: ["userId"], where: { userId: { in: ids } }, _max: { lastActivityAt: true } }),
    db.learningVisit.findMany({
      where: { userId: { in: ids }, lastActivityAt: { gte: new Date(now.getTime() - VISIT_WINDOW_DAYS * DAY) } },
      select: { userId: true, lastLessonSlug: true, lastStepId: true, lastActivityAt: true },
      orderBy: { lastActivityAt: "desc" },
    }),
    db.lessonCompletion.findMany({ where: { userId: { in: ids } }, select: { userId: true, lessonSlug: true, completedAt: true, assisted: true } }),
    db.quizAttempt.groupBy({ by: ["userId", "lessonSlug", "passed"], where: { userId: { in: ids } }, _count: { _all: true } }),
    db.assignment.findMany({
      where: { clubId, OR: [{ learnerId: { in: ids } }, { groupId: { in: groupIds } }] },
      select: { learnerId: true, groupId: true, path: { select: { items: { select: { lessonSlug: true } } } } },
    }),
    db.certificate.count({ where: { clubId, year, revokedAt: null } }),
  ]);

  const lastBy = new Map(lastActivity.map((row) => [row.userId, row._max.lastActivityAt]));
  const doneBy = new Map<string, Set<string>>();
  let lessonsCompletedThisMonth = 0;
  let assistedThisMonth = 0;
  for (const completion of completions) {
    (doneBy.get(completion.userId) ?? doneBy.set(completion.userId, new Set()).get(completion.userId)!).add(completion.lessonSlug);
    if (monthFormatter.format(completion.completedAt) === month) {
      lessonsCompletedThisMonth += 1;
      if (completion.assisted) assistedThisMonth += 1;
    }
  }
  const visitsBy = groupBy(visits, (visit) => visit.userId);
  const quizzesBy = groupBy(quizzes, (row) => row.userId);
  const title = (slug: string) => lessons.get(slug)?.meta.title ?? slug;
  const stepNumber = (slug: string, stepId: string) => lessons.get(slug)?.analysis.steps.find((step) => step.id === stepId)?.number ?? null;

  const needsHelp: ClubOverview["needsHelp"] = [];
  let activeThisWeek = 0;
  for (const learner of learners) {
    const last = lastBy.get(learner.id) ?? null;
    if (last && now.getTime() - last.getTime() < 7 * DAY) activeThisWeek += 1;
    const done = doneBy.get(learner.id) ?? new Set<string>();
    const groups = new Set(learner.groupMemberships.map((m) => m.groupId));
    const assignedSlugs = new Set(
      assignments
        .filter((assignment) => assignment.learnerId === learner.id || (assignment.groupId && groups.has(assignment.groupId)))
        .flatMap((assignment) => assignment.path.items.map((item) => item.lessonSlug))
        .filter((slug) => lessons.has(slug)),
    );
    const perLesson = new Map<string, { failed: number; passed: boolean }>();
    for (const row of quizzesBy.get(learner.id) ?? []) {
      const entry = perLesson.get(row.lessonSlug) ?? { failed: 0, passed: false };
      if (row.passed) entry.passed = true;
      else entry.failed += row._count._all;
      perLesson.set(row.lessonSlug, entry);
    }
    const activity: LearnerActivity = {
      assignedLessons: [...assignedSlugs].map((slug) => ({ slug, title: title(slug), done: done.has(slug) })),
      lastActivityAt: last,
      visits: visitsBy.get(learner.id) ?? [],
      quizzes: [...perLesson].map(([slug, entry]) => ({ slug, title: title(slug), ...entry })),
      completedSlugs: done,
      lessonTitle: title,
      stepNumber,
    };
    const reasons = helpReasons(activity, now);
    if (reasons.length) needsHelp.push({ learner: { id: learner.id, displayName: learner.displayName }, reasons });
  }
  return { activeThisWeek, learners: learners.length, lessonsCompletedThisMonth, assistedThisMonth, certificatesThisYear, needsHelp };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
