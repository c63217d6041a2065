import { getActor } from "@/lib/auth/actor";
import { findLesson, lessonHref } from "@/lib/content/catalogue";
import { getDb } from "@/lib/db/client";
import { lessonShape, placeHref } from "@/lib/progress/lessons";
import { readLearnerProgress } from "@/lib/progress/read";
import { noFacts, placeInLesson } from "@/lib/progress/rules";
import { seeOther } from "@/lib/progress/http";

/**
 * „Kontynuuj lekcję” on the prerendered lesson page: the place where this person stopped (the
 * same rule as everywhere, placeInLesson), or the first step for someone not signed in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ module: string; lesson: string }> }) {
  const { module, lesson: lessonSlug } = await params;
  const found = await findLesson(module, lessonSlug);
  if (!found) return seeOther("/lekcje");
  const { lesson } = found;
  const actor = await getActor();
  if (!actor) return seeOther(`${lessonHref(lesson)}/1`);
  const progress = await readLearnerProgress(await getDb(), actor.userId);
  const facts = progress.facts.get(lesson.slug) ?? noFacts;
  const last = progress.last?.lessonSlug === lesson.slug ? progress.last.stepId : null;
  return seeOther(placeHref(lesson, placeInLesson(lessonShape(lesson), facts, last)));
}
