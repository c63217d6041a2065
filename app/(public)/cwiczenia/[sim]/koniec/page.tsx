import type { Metadata } from "next";
import Link from "next/link";
import { scenarioFromParams } from "@/components/simulators/registry";
import { PracticeBand } from "@/components/simulators/parts";
import { PracticeReview } from "@/components/simulators/PracticeReview";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate } from "@/lib/format";
import { practiceLesson } from "@/lib/simulators/lesson-link";
import { ownPractice } from "@/lib/simulators/practice";
import { decodeState } from "@/lib/simulators/state";
import { simulatorHref, SIMULATORS_HREF } from "@/lib/simulators/urls";

type Params = Promise<{ sim: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Koniec ćwiczenia: ${(await scenarioFromParams(params)).title}` };
}

export default async function SimulatorSummaryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [scenario, query] = await Promise.all([scenarioFromParams(params), searchParams]);
  const stan = typeof query.stan === "string" ? query.stan : undefined;
  const [lesson, actor] = await Promise.all([practiceLesson(scenario.slug, scenario.lessonSlug), getActor()]);
  const record = actor ? (await ownPractice(await getDb(), actor)).find((row) => row.simulatorSlug === scenario.slug) : undefined;
  return (
    <>
      <PracticeBand />
      <p className="mb-1 text-lg">Ćwiczenie: {scenario.service}</p>
      <h1 className="mt-0">Brawo! Ćwiczenie ukończone</h1>
      <p>{scenario.title} — tak to wygląda od początku do końca.</p>
      <h2>Co już umiesz</h2>
      <ul>
        {scenario.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {scenario.review ? <PracticeReview title={scenario.review.title} items={scenario.review.items(decodeState(stan))} /> : null}
      {record ? (
        <Notice kind="success" title="Zapisaliśmy to ćwiczenie">
          <p>
            To ćwiczenie masz za sobą już {countLabel(record.timesCompleted, ["raz", "razy", "razy"])}, ostatnio {formatDate(record.lastCompletedAt)}. Zobaczysz to w
            „Moich postępach”.
          </p>
        </Notice>
      ) : actor ? null : (
        <Notice kind="info" title="Ćwiczenie nie jest zapisane">
          <p>
            Ćwiczysz bez logowania. <Link prefetch={false} href={`/logowanie?callbackUrl=${encodeURIComponent(simulatorHref(scenario.slug))}`}>Zaloguj się</Link>, a zapiszemy to ćwiczenie na Twoim koncie.
          </p>
        </Notice>
      )}
      <div className="my-6 flex flex-wrap gap-4">
        {lesson ? <LinkButton href={lesson.stepHref}>Wróć do lekcji</LinkButton> : null}
        <LinkButton href={simulatorHref(scenario.slug)} variant="secondary">
          Ćwicz jeszcze raz
        </LinkButton>
      </div>
      <p>
        <Link prefetch={false} href={SIMULATORS_HREF} className="kc-link-block inline-flex min-h-11 items-center text-xl">
          Wszystkie ćwiczenia
        </Link>
      </p>
    </>
  );
}
