import type { Metadata } from "next";
import Link from "next/link";
import { scenarios } from "@/components/simulators/registry";
import { PracticeBand } from "@/components/simulators/parts";
import { practiceLesson } from "@/lib/simulators/lesson-link";
import { simulatorHref } from "@/lib/simulators/urls";

export const metadata: Metadata = { title: "Ćwiczenia bez ryzyka" };

export default async function SimulatorsPage() {
  const lessons = await Promise.all(scenarios.map((scenario) => practiceLesson(scenario.slug, scenario.lessonSlug)));
  return (
    <>
      <h1>Ćwiczenia bez ryzyka</h1>
      <p>
        Tu przećwiczysz usługi z lekcji na pokazowych stronach. Wyglądają podobnie do prawdziwych, ale to tylko ćwiczenie: nic nie
        wyślesz, nic nie zapłacisz i niczego nie zepsujesz.
      </p>
      <PracticeBand />
      <ul className="list-none p-0">
        {scenarios.map((scenario, index) => {
          const lesson = lessons[index];
          return (
            <li key={scenario.slug} className="my-6 rounded-md border-2 border-line p-4">
              <h2 className="mt-0">
                <Link prefetch={false} href={simulatorHref(scenario.slug)} className="kc-link-block inline-flex min-h-11 items-center">
                  {scenario.title}
                </Link>
              </h2>
              <p>{scenario.description}</p>
              {lesson ? (
                <p className="mb-0">
                  Z lekcji:{" "}
                  <Link prefetch={false} href={lesson.href} className="kc-link-block inline-flex min-h-11 items-center">
                    {lesson.title}
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
