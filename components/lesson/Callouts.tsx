import type { ReactNode } from "react";

/** A friendly hint. The word "Wskazówka" says what it is, not only the colour. */
export function Tip({ children }: { children: ReactNode }) {
  return (
    <aside aria-label="Wskazówka" className="my-6 rounded-md border-l-8 border-primary bg-tip-bg p-4 [&>p:last-child]:mb-0">
      <p className="mb-1 font-bold">Wskazówka</p>
      {children}
    </aside>
  );
}

/** A scam alert: unmistakable (bold frame, the word "Uwaga"), but calm. */
export function Warning({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside
      aria-label={`Uwaga: ${title}`}
      className="my-6 rounded-md border-4 border-warning bg-warning-bg p-4 [&>p:last-child]:mb-0"
    >
      <p className="mb-2 text-xl font-bold text-warning">
        <span aria-hidden="true">⚠ </span>Uwaga: {title}
      </p>
      {children}
    </aside>
  );
}

/** A link to an official page, named so the person knows where it leads. */
export function Source({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener">
      {children}
      <span className="sr-only"> (strona oficjalna)</span>
    </a>
  );
}
