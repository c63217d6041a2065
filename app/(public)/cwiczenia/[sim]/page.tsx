import type { Metadata } from "next";
import Link from "next/link";
import { scenarioFromParams, scenarios } from "@/components/simulators/registry";
import { PracticeBand } from "@/components/simulators/parts";
import { LinkButton } from "@/components/ui/LinkButton";
import { practiceLesson } from "@/lib/simulators/lesson-link";
import { screenHref, SIMULATORS_HREF } from "@/lib/simulators/urls";

type Params = Promise<{ sim: string }>;

// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

export function generateStaticParams() {
  return scenarios.map((scenario) => ({ sim: scenario.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Ćwiczenie: ${(await scenarioFromParams(params)).title}` };
}

export default async function SimulatorIntroPage({ params }: { params: Params }) {
  const scenario = await scenarioFromParams(params);
  const lesson = await practiceLesson(scenario.slug, scenario.lessonSlug);
  const first = scenario.screens[0]!;
  return (
    <>
      <PracticeBand />
      <p className="mb-1 text-lg">Ćwiczenie: {scenario.service}</p>
      <h1 className="mt-0">{scenario.title}</h1>
      <p>{scenario.description}</p>
      <h2>Co przećwiczysz</h2>
      <ul>
        {scenario.intro.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>Zanim zaczniesz</h2>
      <ul>
        <li>To pokazowa strona. Wygląda podobnie do prawdziwej, ale nic tu nie wyślesz i niczego nie zepsujesz.</li>
        <li>Wpisuj tylko zmyślone dane, które podamy w ramce „Dane do ćwiczenia”. Nigdy swoich prawdziwych.</li>
        <li>Nie ma limitu czasu ani punktów. Gdy nie wiesz, co zrobić, naciśnij „Pokaż mi”.</li>
      </ul>
      <LinkButton href={screenHref(scenario.slug, first.id, {})} className="my-4">
        Zaczynam ćwiczenie
      </LinkButton>
      <ul className="mt-6 flex list-none flex-col gap-2 p-0 text-xl">
        {lesson ? (
          <li className="m-0">
            <Link prefetch={false} href={lesson.stepHref} className="kc-link-block inline-flex min-h-11 items-center">
              Wróć do lekcji: {lesson.title}
            </Link>
          </li>
        ) : null}
        <li className="m-0">
          <Link prefetch={false} href={SIMULATORS_HREF} className="kc-link-block inline-flex min-h-11 items-center">
            Wszystkie ćwiczenia
          </Link>
        </li>
      </ul>
    </>
  );
}
