"use client";

import { useEffect, useState } from "react";
import { forgetGuestProgress, mergePayload, readGuestProgress } from "@/lib/progress/guest-storage";
import { countLabel } from "@/lib/format";

type Merged = { steps: number; quizzes: number; lessonsCompleted: number };

/**
 * After sign-in: what the person did here as a guest is added to their account, then the
 * browser forgets it. Says so in one calm sentence; says nothing if there was nothing.
 */
export function GuestProgressMerge() {
  const [merged, setMerged] = useState<Merged | null>(null);
  useEffect(() => {
    const progress = readGuestProgress();
    if (!progress) return;
    let cancelled = false;
    fetch("/api/postep/scal", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(mergePayload(progress)),
    })
      .then(async (response) => {
        if (response.ok) {
          forgetGuestProgress();
          const result = (await response.json()) as Merged;
          if (!cancelled && result.steps + result.quizzes > 0) setMerged(result);
        } else if (response.status === 400) {
          forgetGuestProgress(true); // kept aside, not resent on every page
        }
        // Anything else (offline, server busy): try again on the next page.
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  if (!merged) return <div role="status" className="sr-only" />;
  return (
    <div role="status" className="my-4 rounded-md border-l-8 border-success bg-success-bg p-4">
      <p className="m-0 font-bold">
        Gotowe: zapisaliśmy na Twoim koncie postępy z tego urządzenia
        {merged.steps ? ` (${countLabel(merged.steps, ["krok", "kroki", "kroków"])})` : ""}.
      </p>
    </div>
  );
}
