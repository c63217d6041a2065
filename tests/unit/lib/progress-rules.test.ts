import { learningMinutes, lessonStatus, meetsCompletionRule, moduleStatus, noFacts, placeInLesson, resumeTarget, type LessonFacts } from "@/lib/progress/rules";

const lessonA = { slug: "m/a", stepIds: ["a1", "a2", "a3"], quizQuestions: 3 };
const lessonB = { slug: "m/b", stepIds: ["b1", "b2"], quizQuestions: 3 };
const lessonC = { slug: "m/c", stepIds: ["c1"], quizQuestions: 0 };
const lessons = [lessonA, lessonB, lessonC];

const facts = (done: string[], extra: Partial<LessonFacts> = {}): LessonFacts => ({ ...noFacts, doneStepIds: new Set(done), ...extra });

describe("the completion rule", () => {
  it("needs every current step and a passed quiz", () => {
    expect(meetsCompletionRule(lessonA, facts(["a1", "a2", "a3"]))).toBe(false);
    expect(meetsCompletionRule(lessonA, facts(["a1", "a2"], { quizPassed: true }))).toBe(false);
    expect(meetsCompletionRule(lessonA, facts(["a1", "a2", "a3"], { quizPassed: true }))).toBe(true);
    expect(meetsCompletionRule(lessonC, facts(["c1"]))).toBe(true);
  });

  it("ignores steps that were removed and keeps an earned completion", () => {
    expect(meetsCompletionRule(lessonA, facts(["a1", "a2", "old"], { quizPassed: true }))).toBe(false);
    expect(lessonStatus(lessonA, facts(["a1"], { completedAt: new Date() }))).toBe("done");
  });

  it("names each status", () => {
    expect(lessonStatus(lessonA, noFacts)).toBe("not-started");
    expect(lessonStatus(lessonA, facts(["a2"]))).toBe("in-progress");
    expect(lessonStatus(lessonA, facts([], { quizAttempts: 1 }))).toBe("in-progress");
    expect(moduleStatus(["done", "done"])).toBe("done");
    expect(moduleStatus(["done", "not-started"])).toBe("in-progress");
    expect(moduleStatus(["not-started"])).toBe("not-started");
  });
});

describe("where to continue", () => {
  it("goes to the step after the one last finished", () => {
    expect(placeInLesson(lessonA, facts(["a1"]), "a1")).toEqual({ kind: "step", number: 2 });
    // Went back to review step 1 after doing 1–2: continue after the step pressed last.
    expect(placeInLesson(lessonA, facts(["a1", "a2"]), "a1")).toEqual({ kind: "step", number: 2 });
  });

  it("goes to the quiz after the last step, and to a missing step once the quiz is passed", () => {
    expect(placeInLesson(lessonA, facts(["a1", "a2", "a3"]), "a3")).toEqual({ kind: "quiz" });
    expect(placeInLesson(lessonA, facts(["a1", "a2", "a3"], { quizAttempts: 2 }), null)).toEqual({ kind: "quiz" });
    expect(placeInLesson(lessonA, facts(["a1", "a3"], { quizPassed: true, quizAttempts: 1 }), null)).toEqual({ kind: "step", number: 2 });
  });

  it("falls back to the first step not done when the last step was removed from the lesson", () => {
    expect(placeInLesson(lessonA, facts(["a1", "gone"]), "gone")).toEqual({ kind: "step", number: 2 });
  });

  it("resumes the lesson worked on last, or the next unfinished one", () => {
    const progress = new Map([
      ["m/a", facts(["a1", "a2", "a3"], { quizPassed: true, completedAt: new Date() })],
      ["m/b", facts(["b1"])],
    ]);
    expect(resumeTarget(lessons, progress, null)).toBeNull();
    expect(resumeTarget(lessons, progress, { lessonSlug: "m/b", stepId: "b1" })).toEqual({
      lessonSlug: "m/b",
      place: { kind: "step", number: 2 },
      startsNewLesson: false,
    });
    // Finished lesson A last: on to B where it was left (b1 done), not back to A.
    expect(resumeTarget(lessons, progress, { lessonSlug: "m/a", stepId: null })).toEqual({
      lessonSlug: "m/b",
      place: { kind: "step", number: 2 },
      startsNewLesson: false,
    });
    const allButC = new Map([...progress, ["m/b", facts(["b1", "b2"], { quizPassed: true })]]);
    expect(resumeTarget(lessons, allButC, { lessonSlug: "m/b", stepId: "b2" })).toEqual({
      lessonSlug: "m/c",
      place: { kind: "step", number: 1 },
      startsNewLesson: true,
    });
    const everything = new Map([...allButC, ["m/c", facts(["c1"])]]);
    expect(resumeTarget(lessons, everything, { lessonSlug: "m/c", stepId: "c1" })).toBeNull();
    // A lesson removed from the course: the first unfinished lesson.
    expect(resumeTarget(lessons, new Map(), { lessonSlug: "m/usunieta", stepId: "x" })?.lessonSlug).toBe("m/a");
  });
});

describe("time spent learning", () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 4, 4, 10, minutes));
  it("adds visits, merging overlaps, with a minute for the last step of each", () => {
    expect(learningMinutes([])).toBe(0);
    expect(learningMinutes([{ startedAt: at(0), lastActivityAt: at(10) }])).toBe(11);
    expect(
      learningMinutes([
        { startedAt: at(0), lastActivityAt: at(10) },
        { startedAt: at(5), lastActivityAt: at(12) }, // a second tab, same time
        { startedAt: at(40), lastActivityAt: at(40) },
      ]),
    ).toBe(13 + 1);
  });
});
