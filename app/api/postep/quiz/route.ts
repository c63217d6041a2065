import type { NextRequest } from "next/server";
import { cleanParam, isSameOrigin, readForm } from "@/lib/forms";
import { lessonHref } from "@/lib/content/catalogue";
import { readAnswers } from "@/lib/content/quiz";
import { getDb } from "@/lib/db/client";
import { notSameSite, seeOther, sessionClaim } from "@/lib/progress/http";
import { lessonBySlug, recordableLesson } from "@/lib/progress/lessons";
import { recordQuizAttempt } from "@/lib/progress/record";

/**
 * "Sprawdź odpowiedzi": stores the attempt for a signed-in learner (every attempt, right or
 * wrong) and shows the feedback. Guests see the same feedback; their browser keeps the result.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return notSameSite();
  const form = (await readForm(request)) ?? new FormData();
  const lesson = await lessonBySlug(cleanParam(form.get("lekcja")) ?? "");
  if (!lesson) return seeOther("/lekcje");
  const href = lessonHref(lesson);
  const submitted: Record<string, string[]> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") (submitted[key] ??= []).push(value);
  // Unknown questions and options are dropped, never an error for the person (see readAnswers).
  const answers = readAnswers(lesson.analysis.quiz, submitted);
  const answersQuery = new URLSearchParams(answers).toString();

  const claim = await sessionClaim(request);
  if (claim) {
    try {
      const attempt = await recordQuizAttempt(await getDb(), claim, recordableLesson(lesson), answers);
      if (attempt.signedIn && attempt.attemptId) return seeOther(`${href}/quiz/wynik?proba=${encodeURIComponent(attempt.attemptId)}`);
    } catch (error) {
      console.error("Recording a quiz attempt failed", error);
      return seeOther(`${href}/quiz/wynik?${answersQuery}${answersQuery ? "&" : ""}blad=zapis`);
    }
  }
  return seeOther(`${href}/quiz/wynik?${answersQuery}`);
}
