import Link from "next/link";
import type { ReactNode } from "react";

/** A big, whole-area link card for a main choice (a module, a figure on a dashboard). */
export function Tile({ href, title, children, meta }: { href: string; title: string; children?: ReactNode; meta?: ReactNode }) {
  return (
    <div className="relative rounded-md border-2 border-line p-5 focus-within:border-ink hover:border-ink">
      <h3 className="mt-0 text-2xl">
        <Link prefetch={false} href={href} className="block min-h-11 after:absolute after:inset-0 after:content-['']">
          {title}
        </Link>
      </h3>
      {children ? <div className="[&>p:last-child]:mb-0">{children}</div> : null}
      {meta ? <p className="mb-0 mt-2 text-muted">{meta}</p> : null}
    </div>
  );
}
