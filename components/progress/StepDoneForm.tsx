"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { signedInHere } from "@/components/session/session-state";
import { rememberStep, type StoredGuestProgress } from "@/lib/progress/guest-storage";

/**
 * "Dalej": a plain form POST that records the step and shows the next one, with or without
 * JavaScript. For a guest the browser also remembers the step, to be merged after sign-in.
 */
export function StepDoneForm({
  lessonSlug,
  stepId,
  guestResume,
  children,
}: {
  lessonSlug: string;
  stepId: string;
  /** Where a guest's own "Kontynuuj" should lead after this step (a signed-in person's server keeps that). */
  guestResume?: StoredGuestProgress["resume"];
  children: ReactNode;
}) {
  function remember() {
    if (guestResume && !signedInHere()) rememberStep(lessonSlug, stepId, guestResume);
  }
  return (
    <form method="post" action="/api/postep/krok" onSubmit={remember}>
      <input type="hidden" name="lekcja" value={lessonSlug} />
      <input type="hidden" name="krok" value={stepId} />
      <Button type="submit">{children}</Button>
    </form>
  );
}
