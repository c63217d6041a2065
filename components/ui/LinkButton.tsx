import Link from "next/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary";

const variants: Record<Variant, string> = {
  primary: "bg-primary text-on-primary hover:bg-primary-hover border-primary",
  secondary: "bg-page text-primary border-primary hover:bg-surface",
};

/**
 * A link that looks like a button: at least 44×44 px, a verb for a label, never icon-only.
 * No prefetching: many learners pay for mobile data by the megabyte.
 */
export function LinkButton({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return (
    <Link
      prefetch={false}
      {...props}
      className={`inline-flex min-h-12 min-w-11 items-center justify-center rounded-md border-2 px-6 py-2 text-xl font-bold no-underline shadow-[0_3px_0_var(--kc-text)] visited:text-inherit ${variants[variant]} ${className}`}
    />
  );
}
