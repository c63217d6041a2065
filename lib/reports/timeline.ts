import { getLearner } from "../access/learners";
import { staffClubIds, type Actor } from "../access/policy";
import { getCatalogue } from "../content/catalogue";
import type { Db } from "../db/client";
import { csvDate } from "./csv";

// A learner's history for their educator, newest first: visits (when they learnt and for how
// long), club sessions attended, finished steps summed per lesson and day, quiz attempts,
// completed lessons (alone or with help), practice simulators finished, certificates.

export type TimelineEvent =
  | { kind: "visit"; at: Date; minutes: number; onClubDevice: boolean }
  | { kind: "steps"; at: Date; lessonTitle: string; count: number; assisted: number }
  | { kind: "quiz"; at: Date; lessonTitle: string; correct: number; of: number; passed: boolean }
  | { kind: "completion"; at: Date; lessonTitle: string; assisted: boolean }
  | { kind: "session"; at: Date; topics: string; minutes: number; neededHelp: boolean }
  | { kind: "practice"; at: Date; lessonTitle: string; times: number }
  | { kind: "certificate"; at: Date; title: string; number: string; revoked: boolean };

export async function learnerTimeline(db: Db, actor: Actor, learnerId: string, limit = 200): Promise<TimelineEvent[]> {
  const learner = await getLearner(db, actor, learnerId);
  const titles = new Map((await getCatalogue()).lessons.map((lesson) => [lesson.slug, lesson.meta.title]));
  const title = (slug: string) => titles.get(slug) ?? "lekcja, której już nie ma";
  const sessionClubs = learner.clubIds.filter((clubId) => staffClubIds(actor).includes(clubId));
  const [visits, steps, attempts, completions, certificates, sessions, practice] = await Promise.all([
    db.learningVisit.findMany({ where: { userId: learner.id }, orderBy: { startedAt: "desc" }, take: limit, select: { startedAt: true, lastActivityAt: true, clubDeviceId: true } }),
    db.stepProgress.findMany({ where: { userId: learner.id }, orderBy: { completedAt: "desc" }, take: limit * 10, select: { lessonSlug: true, completedAt: true, assisted: true } }),
    db.quizAttempt.findMany({ where: { userId: learner.id }, orderBy: { createdAt: "desc" }, take: limit, select: { lessonSlug: true, createdAt: true, correctCount: true, questionCount: true, passed: true } }),
    db.lessonCompletion.findMany({ where: { userId: learner.id }, orderBy: { completedAt: "desc" }, take: limit, select: { lessonSlug: true, completedAt: true, assisted: true } }),
    db.certificate.findMany({ where: { userId: learner.id, clubId: { in: learner.clubIds } }, orderBy: { issuedAt: "desc" }, select: { subjectTitle: true, number: true, issuedAt: true, revokedAt: true } }),
    db.clubSessionAttendance.findMany({
      where: { userId: learner.id, session: { clubId: { in: sessionClubs } } },
      orderBy: { session: { date: "desc" } },
      take: limit,
      select: { neededHelp: true, session: { select: { date: true, topics: true, durationMinutes: true } } },
    }),
    db.practiceResult.findMany({ where: { userId: learner.id }, orderBy: { lastCompletedAt: "desc" }, take: limit, select: { lessonSlug: true, lastCompletedAt: true, timesCompleted: true } }),
  ]);
  // Steps are many: one line per lesson and day, at the day's last step.
  const stepGroups = new Map<string, Extract<TimelineEvent, { kind: "steps" }>>();
  for (const step of steps) {
    const key = `${csvDate(step.completedAt)}|${step.lessonSlug}`;
    const group = stepGroups.get(key);
    if (group) {
      group.count += 1;
      if (step.assisted) group.assisted += 1;
    } else {
      stepGroups.set(key, { kind: "steps", at: step.completedAt, lessonTitle: title(step.lessonSlug), count: 1, assisted: step.assisted ? 1 : 0 });
    }
  }
  const events: TimelineEvent[] = [
    ...visits.map((visit) => ({
      kind: "visit" as const,
      at: visit.startedAt,
      minutes: Math.max(1, Math.round((visit.lastActivityAt.getTime() - visit.startedAt.getTime()) / 60_000)),
      onClubDevice: Boolean(visit.clubDeviceId),
    })),
    ...stepGroups.values(),
    ...attempts.map((attempt) => ({ kind: "quiz" as const, at: attempt.createdAt, lessonTitle: title(attempt.lessonSlug), correct: attempt.correctCount, of: attempt.questionCount, passed: attempt.passed })),
    ...completions.map((completion) => ({ kind: "completion" as const, at: completion.completedAt, lessonTitle: title(completion.lessonSlug), assisted: completion.assisted })),
    ...sessions.map((row) => ({ kind: "session" as const, at: row.session.date, topics: row.session.topics, minutes: row.session.durationMinutes, neededHelp: row.neededHelp })),
    ...practice.map((row) => ({ kind: "practice" as const, at: row.lastCompletedAt, lessonTitle: title(row.lessonSlug), times: row.timesCompleted })),
    ...certificates.map((certificate) => ({ kind: "certificate" as const, at: certificate.issuedAt, title: certificate.subjectTitle, number: certificate.number, revoked: Boolean(certificate.revokedAt) })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
