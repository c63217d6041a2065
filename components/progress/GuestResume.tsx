"use client";

import { useEffect, useState } from "react";
import { buttonBase, buttonClasses } from "@/components/ui/button-styles";
import { readGuestProgress, type StoredGuestProgress } from "@/lib/progress/guest-storage";

/** A guest's own "Kontynuuj", from what this browser remembers. Nothing without JavaScript or history. */
export function GuestResume() {
  const [resume, setResume] = useState<StoredGuestProgress["resume"] | null>(null);
  useEffect(() => setResume(readGuestProgress()?.resume ?? null), []);
  if (!resume) return null;
  return (
    <section aria-labelledby="kontynuuj-gosc" className="my-8 rounded-md border-2 border-primary p-6">
      <h2 id="kontynuuj-gosc" className="mt-0">
        Wróć do przerwanej lekcji
      </h2>
      <p>
        {resume.title}: {resume.label}.
      </p>
      <a href={resume.href} className={`${buttonBase} ${buttonClasses.primary} no-underline`}>
        Kontynuuj<span className="sr-only">: {resume.title}</span>
        <span aria-hidden="true">&nbsp;→</span>
      </a>
      <p className="mt-4 text-lg">Postępy zapamiętała ta przeglądarka. Zaloguj się, a zapiszemy je na Twoim koncie.</p>
    </section>
  );
}
