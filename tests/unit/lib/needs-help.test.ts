/** @jest-environment node */
import { describeReason, failedQuizTwice, helpReasons, idleWithAssignedWork, idleWithoutPath, stuckOnStep, type LearnerActivity } from "@/lib/reports/needs-help";

const NOW = new Date("2026-11-30T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * DAY - extraMs);

function activity(extra: Partial<LearnerActivity> = {}): LearnerActivity {
  return {
    assignedLessons: [
      { slug: "ikp/logowanie-do-ikp", title: "Logowanie do IKP", done: true },
      { slug: "ikp/e-recepta", title: "E-recepta", done: false },
    ],
    lastActivityAt: ago(3),
    visits: [],
    quizzes: [],
    completedSlugs: new Set(["ikp/logowanie-do-ikp"]),
    lessonTitle: (slug) => ({ "ikp/e-recepta": "E-recepta", "ikp/logowanie-do-ikp": "Logowanie do IKP" })[slug] ?? slug,
    stepNumber: (_slug, stepId) => (stepId === "kod-z-sms" ? 4 : null),
    ...extra,
  };
}

const visit = (lastLessonSlug: string, lastStepId: string, daysAgo: number) => ({ lastLessonSlug, lastStepId, lastActivityAt: ago(daysAgo) });

describe("assigned work and no activity for 14 days", () => {
  it("flags exactly 14 days, not 14 days less a minute", () => {
    expect(idleWithAssignedWork(activity({ lastActivityAt: ago(14) }), NOW)).toEqual({ rule: "idle", days: 14, unfinished: 1 });
    expect(idleWithAssignedWork(activity({ lastActivityAt: ago(14, -60_000) }), NOW)).toBeNull();
  });

  it("flags someone who never started assigned work", () => {
    const reason = idleWithAssignedWork(activity({ lastActivityAt: null }), NOW);
    expect(reason).toEqual({ rule: "idle", days: Infinity, unfinished: 1 });
    expect(describeReason(reason!)).toBe("Jeszcze bez nauki, a ma do zrobienia 1 zadaną lekcję.");
  });

  it("leaves alone those with nothing assigned or everything assigned done", () => {
    expect(idleWithAssignedWork(activity({ assignedLessons: [], lastActivityAt: ago(40) }), NOW)).toBeNull();
    expect(idleWithAssignedWork(activity({ assignedLessons: [{ slug: "a/b", title: "B", done: true }], lastActivityAt: ago(40) }), NOW)).toBeNull();
  });

  it("says how long in words", () => {
    const reason = idleWithAssignedWork(activity({ lastActivityAt: ago(21), assignedLessons: [1, 2, 3, 4, 5].map((n) => ({ slug: `a/${n}`, title: `${n}`, done: false })) }), NOW)!;
    expect(describeReason(reason)).toBe("Od 21 dni bez nauki, a ma do zrobienia 5 zadanych lekcji.");
  });
});

describe("no assigned path and no learning for 30 days (a reason of its own)", () => {
  it("flags exactly 30 days, not 30 days less a minute", () => {
    expect(idleWithoutPath(activity({ assignedLessons: [], lastActivityAt: ago(30) }), NOW)).toEqual({ rule: "idle-no-path", days: 30 });
    expect(idleWithoutPath(activity({ assignedLessons: [], lastActivityAt: ago(30, -60_000) }), NOW)).toBeNull();
  });

  it("leaves it to the assigned-work rule when there is a path, and leaves out someone who never learned", () => {
    expect(idleWithoutPath(activity({ lastActivityAt: ago(40) }), NOW)).toBeNull();
    expect(idleWithoutPath(activity({ assignedLessons: [], lastActivityAt: null }), NOW)).toBeNull();
  });

  it("is listed as its own reason, in words", () => {
    const reasons = helpReasons(activity({ assignedLessons: [], lastActivityAt: ago(45) }), NOW);
    expect(reasons).toEqual([{ rule: "idle-no-path", days: 45 }]);
    expect(describeReason(reasons[0]!)).toBe("Od 45 dni bez nauki. Nie ma zadanej ścieżki — ani osobno, ani w grupie.");
  });
});

describe("stuck on the same step across two or more visits", () => {
  it("flags two visits in a row ending on the same step of an unfinished lesson", () => {
    const reason = stuckOnStep(activity({ visits: [visit("ikp/e-recepta", "kod-z-sms", 1), visit("ikp/e-recepta", "kod-z-sms", 4)] }));
    expect(reason).toEqual({ rule: "stuck", lessonSlug: "ikp/e-recepta", lessonTitle: "E-recepta", step: 4, visits: 2 });
    expect(describeReason(reason!)).toBe("Kolejne posiedzenia kończą się na tym samym kroku: lekcja „E-recepta”, krok 4 (2 razy z rzędu).");
  });

  it("counts only the unbroken run of the latest visits", () => {
    const visits = [visit("ikp/e-recepta", "kod-z-sms", 1), visit("ikp/e-recepta", "kod-z-sms", 2), visit("ikp/e-recepta", "kod-z-sms", 3), visit("ikp/e-recepta", "inny", 4), visit("ikp/e-recepta", "kod-z-sms", 5)];
    expect(stuckOnStep(activity({ visits }))).toMatchObject({ visits: 3 });
  });

  it("leaves alone one visit, a different step last time, or a lesson completed since", () => {
    expect(stuckOnStep(activity({ visits: [visit("ikp/e-recepta", "kod-z-sms", 1)] }))).toBeNull();
    expect(stuckOnStep(activity({ visits: [visit("ikp/e-recepta", "kod-z-sms", 1), visit("ikp/e-recepta", "inny", 2)] }))).toBeNull();
    expect(stuckOnStep(activity({ visits: [visit("ikp/logowanie-do-ikp", "s1", 1), visit("ikp/logowanie-do-ikp", "s1", 2)] }))).toBeNull();
    expect(stuckOnStep(activity({ visits: [] }))).toBeNull();
  });
});

describe("the same quiz failed twice", () => {
  it("flags two failed attempts without a pass, not one, not after a pass", () => {
    expect(failedQuizTwice(activity({ quizzes: [{ slug: "ikp/e-recepta", title: "E-recepta", failed: 2, passed: false }] }))).toEqual([
      { rule: "failed-quiz", lessonSlug: "ikp/e-recepta", lessonTitle: "E-recepta", attempts: 2 },
    ]);
    expect(failedQuizTwice(activity({ quizzes: [{ slug: "ikp/e-recepta", title: "E-recepta", failed: 1, passed: false }] }))).toEqual([]);
    expect(failedQuizTwice(activity({ quizzes: [{ slug: "ikp/e-recepta", title: "E-recepta", failed: 3, passed: true }] }))).toEqual([]);
  });

  it("says which quiz and how many attempts", () => {
    expect(describeReason({ rule: "failed-quiz", lessonSlug: "x", lessonTitle: "E-recepta", attempts: 5 })).toBe("Quiz w lekcji „E-recepta” niezaliczony — 5 prób.");
  });
});

it("lists every reason that applies, and none for a learner who is doing fine", () => {
  const all = helpReasons(
    activity({
      lastActivityAt: ago(15),
      visits: [visit("ikp/e-recepta", "kod-z-sms", 15), visit("ikp/e-recepta", "kod-z-sms", 16)],
      quizzes: [{ slug: "ikp/e-recepta", title: "E-recepta", failed: 2, passed: false }],
    }),
    NOW,
  );
  expect(all.map((reason) => reason.rule)).toEqual(["idle", "stuck", "failed-quiz"]);
  expect(helpReasons(activity(), NOW)).toEqual([]);
});
