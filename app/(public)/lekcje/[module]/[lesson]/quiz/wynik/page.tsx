import type { Metadata } from "next";
import { LessonContent } from "@/components/lesson/LessonContent";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { LinkButton } from "@/components/ui/LinkButton";
import { lessonFromParams, type LessonParams } from "@/lib/content/lesson-page";
import { gradeQuiz, readAnswers } from "@/lib/content/quiz";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: `Wynik quizu — ${(await lessonFromParams(params)).lesson.meta.title}`, robots: { index: false } };
}

export default async function QuizResultPage({ params, searchParams }: { params: LessonParams; searchParams: SearchParams }) {
  const { lesson, href } = await lessonFromParams(params);
  const { steps, quiz } = lesson.analysis;
  const result = gradeQuiz(quiz, readAnswers(quiz, await searchParams));
  return (
    <article data-lesson-slug={lesson.slug} data-quiz-correct={result.correct} data-quiz-total={result.total} data-quiz-passed={result.passed}>
      <LessonFrame
        lessonTitle={lesson.meta.title}
        lessonHref={href}
        progress={{ value: steps.length, max: steps.length, label: "Wszystkie kroki za Tobą. Teraz quiz." }}
      >
        <h1 className="mt-6">Twój wynik</h1>
        <div role="status" className="kc-prose">
          <p className="text-2xl font-bold">
            Dobre odpowiedzi: {result.correct} z {result.total}.
          </p>
          <p>
            {result.passed
              ? "Brawo! Quiz zaliczony. Poniżej przeczytasz, dlaczego odpowiedzi są dobre."
              : Object.keys(result.answers).length === 0
                ? "Nie wybrano jeszcze żadnej odpowiedzi. Przy każdym pytaniu zaznacz jedną i naciśnij „Sprawdź odpowiedzi”."
                : "Prawie. Przeczytaj wyjaśnienia pod odpowiedziami, popraw je i sprawdź jeszcze raz. Możesz próbować, ile razy chcesz."}
          </p>
        </div>
        {result.passed ? (
          <p>
            <LinkButton href={`${href}/podsumowanie`}>Dalej: podsumowanie</LinkButton>
          </p>
        ) : null}
        <LessonContent
          code={lesson.code}
          view={{ kind: "quiz", questions: quiz, action: `${href}/quiz/wynik`, answers: result.answers }}
        />
        <nav aria-label="Kroki lekcji" className="mt-8 flex flex-wrap gap-4">
          <LinkButton href={`${href}/${steps.length}`} variant="secondary">
            <span aria-hidden="true">←&nbsp;</span>Wróć do kroków
          </LinkButton>
          {result.passed ? null : (
            <LinkButton href={`${href}/podsumowanie`} variant="secondary">
              Przejdź do podsumowania
            </LinkButton>
          )}
        </nav>
      </LessonFrame>
    </article>
  );
}
