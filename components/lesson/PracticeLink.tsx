import Link from "next/link";
import { simulatorHref } from "@/lib/simulators/urls";

/** In a lesson step: the way into the safe practice version of the service just taught. */
export function PracticeLink({ simulator, title }: { simulator: string; title: string }) {
  return (
    <aside aria-label="Ćwiczenie bez ryzyka" className="my-6 rounded-md border-4 border-dashed border-primary bg-tip-bg p-4">
      <p className="mb-2 text-xl font-bold">Spróbuj sam — bez ryzyka</p>
      <p className="mb-3">
        Przećwicz to na pokazowej stronie — „{title}”. Nic tam nie wyślesz i niczego nie zepsujesz.
      </p>
      <Link
        prefetch={false}
        href={simulatorHref(simulator)}
        className="kc-link-block inline-flex min-h-12 items-center rounded-md border-2 border-primary bg-primary px-6 py-2 text-xl font-bold text-on-primary no-underline visited:text-on-primary"
      >
        Spróbuj sam — bez ryzyka
        <span className="sr-only"> — {title}</span>
      </Link>
    </aside>
  );
}
