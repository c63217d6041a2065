import type { Metadata } from "next";
import { ReportMistakeForm } from "@/components/content-reports/ReportMistakeForm";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { LinkButton } from "@/components/ui/LinkButton";
import { lessonFromParams, type StepParams } from "@/lib/content/lesson-page";
import { CONTENT_VERSION, lessonVersion } from "@/lib/content-reports/version";
import { cleanParam } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";
import { reportMistakeAction } from "./actions";

export const metadata: Metadata = { title: "Coś się nie zgadza? Napisz nam", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The report form, on its own page so the step page stays the same for everyone. `?wersja=`
 * carries the version of the text the person read (the step page's link); without it, today's.
 */
export default async function ReportMistakePage({ params, searchParams }: { params: StepParams; searchParams: SearchParams }) {
  const [{ lesson, href }, query] = await Promise.all([lessonFromParams(params), searchParams]);
  const number = Number((await params).step);
  const step = lesson.analysis.steps.find((candidate) => candidate.number === number);
  if (!step) pageNotFound();
  const asked = cleanParam(query.wersja, 16);
  const version = asked && CONTENT_VERSION.test(asked) ? asked : lessonVersion(lesson);
  const stepHref = `${href}/${step.number}`;
  return (
    <LessonFrame
      lessonTitle={lesson.meta.title}
      lessonHref={href}
      progress={{ value: step.number, max: lesson.analysis.steps.length, label: `Krok ${step.number} z ${lesson.analysis.steps.length}` }}
    >
      <h1 className="mt-6">Coś się nie zgadza? Napisz nam</h1>
      <div className="kc-prose">
        <p>
          Dotyczy kroku {step.number}: <strong>{step.title}</strong>.
        </p>
        <p>
          Usługi w internecie czasem się zmieniają. Jeśli na Twoim ekranie jest inaczej niż w lekcji, napisz nam o tym.
          Redakcja sprawdzi lekcję i ją poprawi. Nie musisz się logować.
        </p>
      </div>
      <ReportMistakeForm action={reportMistakeAction} lessonSlug={lesson.slug} stepId={step.id} version={version} />
      <p className="mt-8">
        <LinkButton href={stepHref} variant="secondary">
          <span aria-hidden="true">←&nbsp;</span>Wróć do kroku {step.number}
        </LinkButton>
      </p>
    </LessonFrame>
  );
}
