import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonBase, buttonClasses } from "./button-styles";

/**
 * A link that looks like a button: at least 44×44 px, a verb for a label, never icon-only.
 * No prefetching: many learners pay for mobile data by the megabyte.
 */
export function LinkButton({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: "primary" | "secondary" }) {
  return (
    <Link prefetch={false} {...props} className={`${buttonBase} no-underline ${buttonClasses[variant]} ${className}`} />
  );
}
