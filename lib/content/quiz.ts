import { z } from "zod";
import type { QuizQuestion } from "./analyse";

/** The one pass rule: at least two thirds of the answers right. */
export const QUIZ_PASS_RATIO = 2 / 3;

export type QuizResult = { answers: Record<string, string>; correct: number; total: number; passed: boolean };

const answerValue = z.string().regex(/^[a-z]$/);

/**
 * Reads submitted answers, keeping only known questions and options: anything else in the
 * request (unknown ids, several values, junk) is ignored, never an error for the person.
 */
export function readAnswers(questions: QuizQuestion[], submitted: Record<string, string | string[] | undefined>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const raw = submitted[question.id];
    const value = answerValue.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (value.success && question.options.some((option) => option.value === value.data)) {
      answers[question.id] = value.data;
    }
  }
  return answers;
}

export function gradeQuiz(questions: QuizQuestion[], answers: Record<string, string>): QuizResult {
  const correct = questions.filter(
    (question) => answers[question.id] === question.options.find((option) => option.correct)?.value,
  ).length;
  return { answers, correct, total: questions.length, passed: correct >= Math.ceil(questions.length * QUIZ_PASS_RATIO) };
}
