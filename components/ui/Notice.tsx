import type { ReactNode } from "react";

type Kind = "info" | "success" | "warning";

const kinds: Record<Kind, { label: string; className: string }> = {
  info: { label: "Informacja", className: "border-primary bg-tip-bg" },
  success: { label: "Gotowe", className: "border-success bg-success-bg" },
  warning: { label: "Uwaga", className: "border-warning bg-warning-bg" },
};

/** A calm message box. Its kind is said in a word, never by colour alone. */
export function Notice({ kind = "info", title, children, live }: { kind?: Kind; title?: string; children?: ReactNode; live?: boolean }) {
  const { label, className } = kinds[kind];
  return (
    <div role={live ? "status" : undefined} className={`my-6 rounded-md border-l-8 p-4 [&>p:last-child]:mb-0 ${className}`}>
      <p className="mb-1 font-bold">
        {label}
        {title ? `: ${title}` : ""}
      </p>
      {children}
    </div>
  );
}
