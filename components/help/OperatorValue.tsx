import type { ReactNode } from "react";

/**
 * One detail of the operator (name, e-mail, dates…) from configuration. When it is not set, a
 * clearly marked instruction to the operator stands in its place, so a half-configured
 * installation shows its gaps instead of publishing invented details. `id` stays on whichever
 * element renders: the accessibility statement's validator looks its parts up by id.
 */
export function OperatorValue({
  value,
  label,
  id,
  children,
}: {
  value: string | null | undefined;
  /** What is missing, in Polish, e.g. "adres e-mail". */
  label: string;
  id?: string;
  /** How to show a value that is set (a link, a date); the caller then places `id` itself. */
  children?: (value: string) => ReactNode;
}) {
  if (value == null || value.trim() === "") {
    return (
      <mark
        id={id}
        data-operator-missing={label}
        className="rounded-sm border-2 border-dashed border-warning bg-warning-bg px-1 font-bold text-warning"
      >
        [do uzupełnienia przez operatora: {label}]
      </mark>
    );
  }
  return children ? <>{children(value)}</> : <span id={id}>{value}</span>;
}
