/** @jest-environment node */
import type { QuizQuestion } from "@/lib/content/analyse";
import { gradeQuiz, readAnswers } from "@/lib/content/quiz";

const questions: QuizQuestion[] = ["sms", "blik", "haslo"].map((id) => ({
  id,
  prompt: "Co robisz?",
  options: ["a", "b", "c"].map((value) => ({ value, text: value, correct: value === "b", explanation: "Wyjaśnienie." })),
}));

describe("quiz grading", () => {
  it("passes with two of three right (the 2/3 rule)", () => {
    expect(gradeQuiz(questions, { sms: "b", blik: "b", haslo: "a" })).toMatchObject({ correct: 2, total: 3, passed: true });
  });

  it("does not pass with one of three right", () => {
    expect(gradeQuiz(questions, { sms: "b", blik: "a" })).toMatchObject({ correct: 1, passed: false });
  });

  it("keeps only known questions and options from a submitted form", () => {
    expect(readAnswers(questions, { sms: "b", blik: "z", haslo: ["c", "b"], inne: "a", __proto__: "a" })).toEqual({
      sms: "b",
      haslo: "c",
    });
  });
});
