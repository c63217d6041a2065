import Link from "next/link";
import { scenarios } from "@/components/simulators/registry";
import { countLabel, formatDate } from "@/lib/format";
import type { PracticeRecord } from "@/lib/simulators/practice";
import { simulatorHref } from "@/lib/simulators/urls";

/** Each simulator with whether the learner has practised it: the practice counts for its lesson. */
export function PracticeList({ records, lessonSlug }: { records: PracticeRecord[]; lessonSlug?: string }) {
  const shown = lessonSlug ? scenarios.filter((scenario) => scenario.lessonSlug === lessonSlug) : scenarios;
  return (
    <ul className="list-none p-0">
      {shown.map((scenario) => {
        const record = records.find((row) => row.simulatorSlug === scenario.slug);
        return (
          <li key={scenario.slug} className="mb-3 rounded-md border-2 border-line p-3" data-simulator={scenario.slug}>
            <Link prefetch={false} href={simulatorHref(scenario.slug)} className="kc-link-block inline-flex min-h-11 items-center text-xl font-bold">
              {scenario.title}
            </Link>
            <p className="mb-0">
              {record
                ? `Przećwiczone ${countLabel(record.timesCompleted, ["raz", "razy", "razy"])}, ostatnio ${formatDate(record.lastCompletedAt)}.`
                : "Jeszcze nie ćwiczone."}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
