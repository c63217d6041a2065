import { LinkButton } from "@/components/ui/LinkButton";
import { simulatorHref } from "@/lib/simulators/urls";

/** In a lesson step: the way into the safe practice version of the service just taught. */
export function PracticeLink({ simulator, title }: { simulator: string; title: string }) {
  return (
    <aside aria-label="Ćwiczenie bez ryzyka" className="my-6 rounded-md border-4 border-dashed border-primary bg-tip-bg p-4">
      <p className="mb-2 text-xl font-bold">Spróbuj samodzielnie — bez ryzyka</p>
      <p className="mb-3">
        Przećwicz to na pokazowej stronie — „{title}”. Nic tam nie wyślesz i niczego nie zepsujesz.
      </p>
      <LinkButton href={simulatorHref(simulator)}>
        Spróbuj samodzielnie — bez ryzyka
        <span className="sr-only"> — {title}</span>
      </LinkButton>
    </aside>
  );
}
