import type { Metadata } from "next";
import { pageNotFound } from "@/lib/not-found";
import { LessonContent } from "@/components/lesson/LessonContent";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { ReadAloud } from "@/components/lesson/ReadAloud";
import { StepWords } from "@/components/lesson/Step";
import { StepNavigation } from "@/components/lesson/StepNavigation";
import type { GlossaryEntry } from "@/lib/content/catalogue";
import { lessonFromParams, stepStaticParams, type StepParams } from "@/lib/content/lesson-page";

export const generateStaticParams = stepStaticParams;

async function stepFromParams(params: StepParams) {
  const found = await lessonFromParams(params);
  const number = Number((await params).step);
  const step = found.lesson.analysis.steps.find((candidate) => candidate.number === number);
  if (!step) pageNotFound();
  return { ...found, step };
}

export async function generateMetadata({ params }: { params: StepParams }): Promise<Metadata> {
  const { lesson, step } = await stepFromParams(params);
  return { title: `Krok ${step.number}: ${step.title} — ${lesson.meta.title}` };
}

export default async function StepPage({ params }: { params: StepParams }) {
  const { lesson, step, href, glossary } = await stepFromParams(params);
  const total = lesson.analysis.steps.length;
  const terms = step.terms.map((id) => glossary.get(id)).filter((entry): entry is GlossaryEntry => Boolean(entry));
  return (
    <article data-lesson-slug={lesson.slug} data-step-id={step.id} data-step-number={step.number} data-step-count={total}>
      <LessonFrame
        lessonTitle={lesson.meta.title}
        lessonHref={href}
        progress={{ value: step.number, max: total, label: `Krok ${step.number} z ${total}` }}
      >
        <div id="tresc-kroku">
          <h1 className="mt-6">{step.title}</h1>
          <ReadAloud targetId="tresc-kroku" />
          <LessonContent code={lesson.code} view={{ kind: "step", stepId: step.id }} />
        </div>
        <StepWords terms={terms} />
        <StepNavigation
          back={step.number > 1 ? { href: `${href}/${step.number - 1}` } : { href, label: "Wstecz" }}
          next={step.number < total ? { href: `${href}/${step.number + 1}` } : { href: `${href}/quiz`, label: "Dalej: quiz" }}
        />
      </LessonFrame>
    </article>
  );
}
