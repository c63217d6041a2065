import type { NextRequest } from "next/server";
import { cleanText, isSameOrigin, readForm } from "@/lib/forms";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { lessonHref } from "@/lib/content/catalogue";
import { notSameSite, refused, seeOther, sessionClaim } from "@/lib/progress/http";
import { lessonBySlug, lessonShape } from "@/lib/progress/lessons";
import { recordStep } from "@/lib/progress/record";
import { NOT_SAVED_ANCHOR } from "@/lib/progress/anchors";

const stepForm = z.object({ lekcja: cleanText(200), krok: cleanText(200) });

/**
 * "Dalej" on a step: records the step for a signed-in learner, then shows the next one. A plain
 * form POST, so it works without JavaScript; guests' progress is kept by their browser.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return notSameSite();
  const form = stepForm.safeParse(Object.fromEntries(((await readForm(request)) ?? new FormData()).entries()));
  if (!form.success) return refused(400, "Nie rozpoznaliśmy, który krok zapisać. Wróć do lekcji i naciśnij „Dalej” jeszcze raz.");
  const lesson = await lessonBySlug(form.data.lekcja);
  // A lesson or step that no longer exists (the content changed meanwhile): back to where it is now.
  if (!lesson) return seeOther("/lekcje");
  const href = lessonHref(lesson);
  const steps = lesson.analysis.steps;
  const step = steps.find((candidate) => candidate.id === form.data.krok);
  if (!step) return seeOther(href);
  const next =
    step.number < steps.length ? `${href}/${step.number + 1}` : lesson.analysis.quiz.length ? `${href}/quiz` : `${href}/podsumowanie`;

  const claim = await sessionClaim(request);
  if (claim) {
    try {
      await recordStep(await getDb(), claim, lessonShape(lesson), step.id);
    } catch (error) {
      console.error("Recording a step failed", error);
      return seeOther(`${href}/${step.number}#${NOT_SAVED_ANCHOR}`);
    }
  }
  return seeOther(next);
}
