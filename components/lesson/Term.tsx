import type { ReactNode } from "react";

export function termAnchor(id: string): string {
  return `slowo-${id}`;
}

/**
 * A glossary word in the text. It links to its plain explanation, shown at the bottom of the
 * same step (no tooltip: tooltips need a mouse and vanish), and to /slowniczek.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a href={`#${termAnchor(id)}`} className="decoration-dotted decoration-2">
      {children}
    </a>
  );
}
