import { z } from "zod";
import { assertCan, NotFoundError } from "../access/guard";
import type { Actor } from "../access/policy";
import { audit } from "../auth/audit";
import type { Lesson } from "../content/catalogue";
import { reviewDue, reviewDueOn } from "../content/review";
import type { Db } from "../db/client";
import type { ContentReportStatus } from "../db/generated/enums";
import { hasControlCharacters } from "../forms";
import { lessonVersion } from "./version";

export const statusLabels: Record<ContentReportStatus, string> = {
  NEW: "nowe",
  ACCEPTED: "przyjęte",
  FIXED: "poprawione",
  REJECTED: "odrzucone",
};

export const REPLY_MAX = 1000;

export const reviewSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{1,40}$/, "Nie wiemy, którego zgłoszenia to dotyczy. Odśwież stronę."),
  status: z.enum(Object.keys(statusLabels) as [ContentReportStatus, ...ContentReportStatus[]], { message: "Wybierz stan zgłoszenia." }),
  odpowiedz: z
    .string()
    .trim()
    .max(REPLY_MAX, `Ta odpowiedź jest za długa. Skróć ją, proszę, do ${REPLY_MAX} znaków.`)
    .refine((value) => !hasControlCharacters(value.replace(/[\r\n\t]/g, " ")), "Ten tekst zawiera niedozwolone znaki."),
});

export type ReviewInput = z.infer<typeof reviewSchema>;

type LessonForReview = Pick<Lesson, "slug" | "file" | "meta" | "analysis" | "moduleSlug" | "lessonSlug">;

/**
 * /redakcja: every lesson with its review date and sources, overdue ones first (then the
 * soonest due), and its reports newest first. Reports only: never who sent them, nor any
 * learner's progress — the select below is the whole of what an editor sees.
 */
export async function editorialOverview(db: Db, actor: Actor, lessons: LessonForReview[], today = new Date()) {
  assertCan(actor, "content-report.review", { kind: "global" });
  const reports = await db.contentReport.findMany({
    select: { id: true, lessonSlug: true, stepId: true, contentVersion: true, problem: true, screenShows: true, status: true, reply: true, createdAt: true, updatedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const known = new Set(lessons.map((lesson) => lesson.slug));
  const rows = lessons.map((lesson) => {
    const dueOn = reviewDueOn(lesson.meta);
    const version = currentVersion(lesson);
    const steps = new Map(lesson.analysis.steps.map((step) => [step.id, step]));
    return {
      slug: lesson.slug,
      title: lesson.meta.title,
      href: `/lekcje/${lesson.moduleSlug}/${lesson.lessonSlug}`,
      checkedOn: lesson.meta.checkedOn,
      dueOn,
      overdue: reviewDue(lesson.meta, today),
      sources: lesson.meta.sources,
      reports: reports
        .filter((report) => report.lessonSlug === lesson.slug)
        .map((report) => ({ ...report, step: steps.get(report.stepId) ?? null, current: version === report.contentVersion })),
    };
  });
  rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.getTime() - b.dueOn.getTime() || a.title.localeCompare(b.title, "pl"));
  // Reports of lessons since removed from the content are still listed, apart.
  const orphaned = reports.filter((report) => !known.has(report.lessonSlug));
  return { lessons: rows, orphaned };
}

function currentVersion(lesson: LessonForReview): string | null {
  try {
    return lessonVersion(lesson);
  } catch {
    return null;
  }
}

/** The editor sets a report's status and reply; audited like every change. */
export async function reviewContentReport(db: Db, actor: Actor, input: ReviewInput) {
  assertCan(actor, "content-report.review", { kind: "global" });
  const before = await db.contentReport.findUnique({ where: { id: input.id }, select: { status: true, clubId: true } });
  if (!before) throw new NotFoundError("content report");
  const report = await db.contentReport.update({
    where: { id: input.id },
    data: { status: input.status, reply: input.odpowiedz || null },
    select: { id: true, status: true, reply: true },
  });
  await audit(db, {
    action: "content-report.review",
    actorId: actor.userId,
    targetType: "content-report",
    targetId: report.id,
    details: { from: before.status, to: report.status, replied: Boolean(report.reply) },
  });
  return report;
}

/**
 * A club's own reports („Mój klub” → „Zgłoszone błędy”): what was sent from the club, its
 * status and the editor's reply. Who in the club sent it is not shown.
 */
export async function clubContentReports(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "content-report.list-club", { kind: "club", clubId });
  return db.contentReport.findMany({
    where: { clubId },
    select: { id: true, lessonSlug: true, stepId: true, problem: true, screenShows: true, status: true, reply: true, createdAt: true, updatedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
}
