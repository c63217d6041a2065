import type { ReactNode } from "react";

type Kind = "info" | "success" | "warning";

const kinds: Record<Kind, { label: string; className: string }> = {
  info: { label: "Informacja", className: "border-primary bg-tip-bg" },
  success: { label: "Gotowe", className: "border-success bg-success-bg" },
  warning: { label: "Uwaga", className: "border-warning bg-warning-bg" },
};

/** A calm message box. Its kind is said in a word, never by colour alone. */
export function Notice({
  kind = "info",
  title,
  children,
  live,
  id,
}: {
  kind?: Kind;
  title?: string;
  children?: ReactNode;
  live?: boolean;
  /** A page may arrive at the notice (#id): it then takes focus, so it is read out first. */
  id?: string;
}) {
  const { label, className } = kinds[kind];
  return (
    <div id={id} tabIndex={id ? -1 : undefined} role={live ? "status" : undefined} className={`my-6 rounded-md border-l-8 p-4 [&>p:last-child]:mb-0 ${className}`}>
      <p className="mb-1 font-bold">
        {label}
        {title ? `: ${title}` : ""}
      </p>
      {children}
    </div>
  );
}
