import type { ReactNode } from "react";
import type { GlossaryEntry } from "@/lib/content/catalogue";
import { termAnchor } from "./Term";

/** The words explained in this step, so a Term link lands on its explanation on the same page. */
export function StepWords({ terms }: { terms: GlossaryEntry[] }) {
  if (!terms.length) return null;
  return (
    <section aria-labelledby="slowa-w-tym-kroku" className="mt-10 rounded-md border-2 border-line p-4">
      <h2 id="slowa-w-tym-kroku" className="mt-0 text-xl">
        Słowa z tego kroku
      </h2>
      <dl className="m-0">
        {terms.map((term) => (
          <div key={term.id} id={termAnchor(term.id)} className="mb-3 scroll-mt-4 last:mb-0">
            <dt className="font-bold">{term.word}</dt>
            <dd className="m-0">{term.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** One step of a lesson, as authors write it. Which steps are shown is decided by the page. */
export function StepBody({ children }: { children: ReactNode }) {
  return <div className="kc-prose">{children}</div>;
}
