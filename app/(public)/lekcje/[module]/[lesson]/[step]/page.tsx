import type { Metadata } from "next";
import Link from "next/link";
import { pageNotFound } from "@/lib/not-found";
import { LessonContent } from "@/components/lesson/LessonContent";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { ReadAloud } from "@/components/lesson/ReadAloud";
import { StepWords } from "@/components/lesson/Step";
import { StepNavigation } from "@/components/lesson/StepNavigation";
import { Notice } from "@/components/ui/Notice";
import { FocusFragment } from "@/components/club/FocusFragment";
import { audienceClasses } from "@/lib/audience";
import { NOT_SAVED_ANCHOR } from "@/lib/progress/anchors";
import type { GlossaryEntry } from "@/lib/content/catalogue";
import { lessonFromParams, stepStaticParams, type StepParams } from "@/lib/content/lesson-page";
import { lessonVersion } from "@/lib/content-reports/version";

// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

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

// Prerendered, the same bytes for everyone: what differs for a guest is shown by /wyglad.css,
// and a step that could not be saved is said by a notice shown at #nie-zapisano (globals.css).
export default async function StepPage({ params }: { params: StepParams }) {
  const { lesson, step, href, glossary } = await stepFromParams(params);
  const total = lesson.analysis.steps.length;
  const terms = step.terms.map((id) => glossary.get(id)).filter((entry): entry is GlossaryEntry => Boolean(entry));
  const last = step.number === total;
  const nextLabel = last ? (lesson.analysis.quiz.length ? "Dalej: quiz" : "Dalej: podsumowanie") : "Dalej";
  const here = `${href}/${step.number}`;
  return (
    <article data-lesson-slug={lesson.slug} data-step-id={step.id} data-step-number={step.number} data-step-count={total}>
      <LessonFrame
        lessonTitle={lesson.meta.title}
        lessonHref={href}
        progress={{ value: step.number, max: total, label: `Krok ${step.number} z ${total}` }}
      >
        <FocusFragment />
        <div id={NOT_SAVED_ANCHOR} tabIndex={-1} className="kc-only-when-target">
          <Notice kind="warning" title="Nie udało się zapisać tego kroku">
            <p>Sprawdź połączenie z internetem i naciśnij „Dalej” jeszcze raz. Wszystko, co było zapisane wcześniej, zostaje.</p>
          </Notice>
        </div>
        <div id="tresc-kroku">
          <h1 className="mt-6">{step.title}</h1>
          <ReadAloud targetId="tresc-kroku" />
          <LessonContent code={lesson.code} view={{ kind: "step", stepId: step.id }} />
        </div>
        <StepNavigation
          back={step.number > 1 ? { href: `${href}/${step.number - 1}` } : { href, label: "Wstecz" }}
          done={{
            lessonSlug: lesson.slug,
            stepId: step.id,
            label: nextLabel,
            guestResume: {
              href: last ? `${href}/quiz` : `${href}/${step.number + 1}`,
              title: lesson.meta.title,
              label: last ? "quiz" : `krok ${step.number + 1} z ${total}`,
            },
          }}
        />
        {/* After „Dalej”, so on a phone the next step is two screens away at most; the words are also explained where they stand. */}
        <StepWords terms={terms} />
        {/* The same link for everyone: the version names the text shown here, so a report says which one it was about. */}
        <p className="mt-8 mb-0 text-lg">
          <Link prefetch={false} href={`${here}/zglos?wersja=${lessonVersion(lesson)}`} className="inline-flex min-h-11 items-center">
            Coś się nie zgadza? Napisz nam
          </Link>
        </p>
        <ul className="mt-4 flex list-none flex-col gap-2 p-0 text-lg">
          {/* Not offered on the phone itself (globals.css). */}
          <li className="kc-not-on-phone m-0">
            <Link prefetch={false} href={`${here}/telefon`} className="inline-flex min-h-11 items-center">
              Kontynuuj na telefonie
            </Link>
          </li>
          <li className={`m-0 ${audienceClasses.guest}`}>
            Bez logowania postępy zapamięta tylko ta przeglądarka.{" "}
            <Link prefetch={false} href={`/logowanie?callbackUrl=${encodeURIComponent(here)}`} className="inline-flex min-h-11 items-center">
              Zaloguj się, aby zapisać je na koncie
            </Link>
          </li>
        </ul>
      </LessonFrame>
    </article>
  );
}
