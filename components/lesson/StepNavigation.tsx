import { StepDoneForm } from "@/components/progress/StepDoneForm";
import { LinkButton } from "@/components/ui/LinkButton";
import type { StoredGuestProgress } from "@/lib/progress/guest-storage";

/**
 * "Wstecz" is always there; "Dalej" is the one main action, on the right, big. "Dalej" is a
 * form: it records the step as done before the next one shows.
 */
export function StepNavigation({
  back,
  done,
}: {
  back: { href: string; label?: string };
  done: { lessonSlug: string; stepId: string; label?: string; guestResume?: StoredGuestProgress["resume"] };
}) {
  return (
    <nav aria-label="Kroki lekcji" className="mt-10 flex flex-wrap-reverse items-center justify-between gap-4 border-t-2 border-line pt-6">
      <LinkButton href={back.href} variant="secondary" rel="prev">
        <span aria-hidden="true">←&nbsp;</span>
        {back.label ?? "Wstecz"}
      </LinkButton>
      <StepDoneForm lessonSlug={done.lessonSlug} stepId={done.stepId} guestResume={done.guestResume}>
        {done.label ?? "Dalej"}
        <span aria-hidden="true">&nbsp;→</span>
      </StepDoneForm>
    </nav>
  );
}
