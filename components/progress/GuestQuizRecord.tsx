"use client";

import { useEffect } from "react";
import { rememberQuiz } from "@/lib/progress/guest-storage";

/** A guest's quiz attempt, kept by their browser until they sign in. Renders nothing. */
export function GuestQuizRecord({
  lessonSlug,
  answers,
  resume,
}: {
  lessonSlug: string;
  answers: Record<string, string>;
  resume: { href: string; title: string; label: string };
}) {
  const key = JSON.stringify(answers);
  useEffect(() => {
    rememberQuiz(lessonSlug, JSON.parse(key) as Record<string, string>, resume);
    // Once per distinct set of answers: a re-render or reload is not a new attempt.
  }, [lessonSlug, key]);
  return null;
}
