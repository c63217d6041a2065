import type { Metadata } from "next";
import { LessonContent } from "@/components/lesson/LessonContent";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { LinkButton } from "@/components/ui/LinkButton";
import { lessonFromParams, lessonStaticParams, type LessonParams } from "@/lib/content/lesson-page";
import { countLabel } from "@/lib/format";

// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: `Quiz — ${(await lessonFromParams(params)).lesson.meta.title}` };
}

export default async function QuizPage({ params }: { params: LessonParams }) {
  const { lesson, href } = await lessonFromParams(params);
  const { steps, quiz } = lesson.analysis;
  return (
    <article data-lesson-slug={lesson.slug}>
      <LessonFrame
        lessonTitle={lesson.meta.title}
        lessonHref={href}
        progress={{ value: steps.length, max: steps.length, label: "Wszystkie kroki za Tobą. Teraz quiz." }}
      >
        <h1 className="mt-6">Sprawdź, co pamiętasz</h1>
        <p className="kc-prose">
          {countLabel(quiz.length, ["pytanie", "pytania", "pytań"])}. Przy każdym wybierz jedną odpowiedź. Nie ma
          limitu czasu. Możesz poprawiać odpowiedzi, ile razy chcesz.
        </p>
        <LessonContent code={lesson.code} view={{ kind: "quiz", questions: quiz, lessonSlug: lesson.slug }} />
        <p className="mt-8">
          <LinkButton href={`${href}/${steps.length}`} variant="secondary">
            <span aria-hidden="true">←&nbsp;</span>Wstecz
          </LinkButton>
        </p>
      </LessonFrame>
    </article>
  );
}
