import type { Metadata } from "next";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { LinkButton } from "@/components/ui/LinkButton";
import { lessonFromParams, type StepParams } from "@/lib/content/lesson-page";
import { pageNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Dziękujemy za zgłoszenie", robots: { index: false } };

export default async function ReportThanksPage({ params }: { params: StepParams }) {
  const { lesson, href } = await lessonFromParams(params);
  const number = Number((await params).step);
  const step = lesson.analysis.steps.find((candidate) => candidate.number === number);
  if (!step) pageNotFound();
  return (
    <LessonFrame
      lessonTitle={lesson.meta.title}
      lessonHref={href}
      progress={{ value: step.number, max: lesson.analysis.steps.length, label: `Krok ${step.number} z ${lesson.analysis.steps.length}` }}
    >
      <h1 className="mt-6">Dziękujemy za zgłoszenie</h1>
      <div className="kc-prose">
        <p>Twoja wiadomość dotarła do redakcji Klubu Cyfrowego. Sprawdzimy ten krok i poprawimy lekcję, jeśli trzeba.</p>
        <p>Możesz spokojnie wrócić do nauki.</p>
      </div>
      <p className="mt-8">
        <LinkButton href={`${href}/${step.number}`}>
          <span aria-hidden="true">←&nbsp;</span>Wróć do kroku {step.number}
        </LinkButton>
      </p>
    </LessonFrame>
  );
}
