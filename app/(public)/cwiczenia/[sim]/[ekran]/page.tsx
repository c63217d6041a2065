import type { Metadata } from "next";
import { findScenario } from "@/components/simulators/registry";
import { SimulatorScreen } from "@/components/simulators/SimulatorScreen";
import { pageNotFound } from "@/lib/not-found";
import { practiceLesson } from "@/lib/simulators/lesson-link";
import { realDataMessages, type RealDataKind } from "@/lib/simulators/real-data";
import { decodeState } from "@/lib/simulators/state";

type Params = Promise<{ sim: string; ekran: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function screenFromParams(params: Params) {
  const { sim, ekran } = await params;
  const scenario = findScenario(sim);
  const screen = scenario?.screens.find((candidate) => candidate.id === ekran);
  if (!scenario || !screen) pageNotFound();
  return { scenario, screen };
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { scenario, screen } = await screenFromParams(params);
  return { title: `${scenario.stages[screen.stage]} — ćwiczenie: ${scenario.title}` };
}

export default async function SimulatorScreenPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ scenario, screen }, query] = await Promise.all([screenFromParams(params), searchParams]);
  const lesson = await practiceLesson(scenario.slug, scenario.lessonSlug);
  const warning = single(query.uwaga);
  return (
    <SimulatorScreen
      scenario={scenario}
      screen={screen}
      state={decodeState(single(query.stan))}
      hint={single(query.podpowiedz)}
      warning={warning && warning in realDataMessages ? (warning as RealDataKind) : undefined}
      showMe={query.pokaz === "1"}
      lessonHref={lesson?.stepHref}
    />
  );
}
