import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { StatusLabel } from "@/components/progress/StatusLabel";
import { LinkButton } from "@/components/ui/LinkButton";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { lessonShape, placeHref } from "@/lib/progress/lessons";
import { readLearnerProgress, statusOf } from "@/lib/progress/read";
import { noFacts, placeInLesson, stepsDone } from "@/lib/progress/rules";
import { digcompCompetences } from "@/lib/content/schema";
import { lessonFromParams, lessonStaticParams, type LessonParams } from "@/lib/content/lesson-page";
import { countLabel, formatDate, formatMinutes } from "@/lib/format";

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: (await lessonFromParams(params)).lesson.meta.title };
}

export default async function LessonPage({ params }: { params: LessonParams }) {
  const [{ module, lesson, href }, actor] = await Promise.all([lessonFromParams(params), getActor()]);
  const { meta, analysis } = lesson;
  const progress = actor ? await readLearnerProgress(await getDb(), actor.userId) : null;
  const status = progress ? statusOf(lesson, progress) : "not-started";
  const facts = progress?.facts.get(lesson.slug) ?? noFacts;
  const last = progress?.last?.lessonSlug === lesson.slug ? progress.last.stepId : null;
  return (
    <article data-lesson-slug={lesson.slug}>
      <Breadcrumbs
        items={[
          { href: "/lekcje", label: "Lekcje" },
          { href: `/lekcje/${module.slug}`, label: module.meta.title },
        ]}
      />
      <h1>{meta.title}</h1>
      <p className="kc-prose text-xl">{meta.summary}</p>
      <p className="font-bold">Po tej lekcji potrafisz:</p>
      <ul className="kc-prose list-disc pl-6">
        {meta.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <p>
        Lekcja ma {countLabel(analysis.steps.length, ["krok", "kroki", "kroków"])} i krótki quiz. Zajmie Ci około{" "}
        {formatMinutes(meta.durationMinutes)}. Nie ma limitu czasu.
      </p>
      {progress ? (
        <p className="flex flex-wrap items-center gap-x-4">
          <StatusLabel status={status} />
          {status === "in-progress" ? (
            <span>
              Kroki: {stepsDone(lessonShape(lesson), facts)} z {analysis.steps.length}
            </span>
          ) : null}
        </p>
      ) : null}
      <p className="flex flex-wrap gap-4">
        {status === "in-progress" ? (
          <>
            <LinkButton href={placeHref(lesson, placeInLesson(lessonShape(lesson), facts, last))}>Kontynuuj lekcję</LinkButton>
            <LinkButton href={`${href}/1`} variant="secondary">
              Zacznij od początku
            </LinkButton>
          </>
        ) : (
          <LinkButton href={`${href}/1`}>{status === "done" ? "Powtórz lekcję" : "Zacznij lekcję"}</LinkButton>
        )}
      </p>
      <p>
        Wolisz mieć kroki na papierze? <Link href={`${href}/druk`}>Wydrukuj kartę z krokami tej lekcji</Link>.
      </p>
      <h2>O tej lekcji</h2>
      <dl className="kc-prose">
        <dt className="font-bold">Fakty sprawdzone</dt>
        <dd className="mb-3 ml-0">{formatDate(meta.checkedOn)}</dd>
        {meta.app ? (
          <>
            <dt className="font-bold">Opisana wersja</dt>
            <dd className="mb-3 ml-0">
              {meta.app.name}: {meta.app.version}
            </dd>
          </>
        ) : null}
        <dt className="font-bold">Poziom</dt>
        <dd className="mb-3 ml-0">{meta.level}</dd>
        <dt className="font-bold">Umiejętności (DigComp 2.2)</dt>
        <dd className="mb-3 ml-0">
          {meta.digcomp.map((code) => `${code} ${digcompCompetences[code]}`).join(" · ")}
        </dd>
      </dl>
    </article>
  );
}
