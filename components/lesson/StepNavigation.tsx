import { LinkButton } from "@/components/ui/LinkButton";

/** "Wstecz" is always there; "Dalej" is the one main action, on the right, big. */
export function StepNavigation({
  back,
  next,
}: {
  back: { href: string; label?: string };
  next: { href: string; label?: string };
}) {
  return (
    <nav aria-label="Kroki lekcji" className="mt-10 flex flex-wrap-reverse items-center justify-between gap-4 border-t-2 border-line pt-6">
      <LinkButton href={back.href} variant="secondary" rel="prev">
        <span aria-hidden="true">←&nbsp;</span>
        {back.label ?? "Wstecz"}
      </LinkButton>
      <LinkButton href={next.href} rel="next">
        {next.label ?? "Dalej"}
        <span aria-hidden="true">&nbsp;→</span>
      </LinkButton>
    </nav>
  );
}
