// Shared by Button (a client component) and LinkButton (a server component): class strings
// exported from a "use client" file would reach server components as client references.
export type ButtonVariant = "primary" | "secondary" | "warning";

export const buttonClasses: Record<ButtonVariant, string> = {
  primary: "bg-primary text-on-primary border-primary hover:bg-primary-hover",
  secondary: "bg-page text-primary border-primary hover:bg-surface",
  warning: "bg-page text-error border-error hover:bg-surface",
};

export const buttonBase =
  "inline-flex min-h-12 min-w-11 cursor-pointer items-center justify-center rounded-md border-2 px-6 py-2 text-xl font-bold shadow-[0_3px_0_var(--kc-text)] disabled:cursor-not-allowed disabled:opacity-70";
