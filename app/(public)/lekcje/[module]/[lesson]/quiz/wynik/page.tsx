import type { Metadata } from "next";
import { LessonContent } from "@/components/lesson/LessonContent";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { GuestQuizRecord } from "@/components/progress/GuestQuizRecord";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { getActor } from "@/lib/auth/actor";
import { lessonFromParams, type LessonParams } from "@/lib/content/lesson-page";
import { gradeQuiz, readAnswers } from "@/lib/content/quiz";
import { getDb } from "@/lib/db/client";
import { cleanParam } from "@/lib/forms";
import { ownQuizAttempt } from "@/lib/progress/read";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: `Wynik quizu — ${(await lessonFromParams(params)).lesson.meta.title}`, robots: { index: false } };
}

export default async function QuizResultPage({ params, searchParams }: { params: LessonParams; searchParams: SearchParams }) {
  const [{ lesson, href }, actor, query] = await Promise.all([lessonFromParams(params), getActor(), searchParams]);
  const { steps, quiz } = lesson.analysis;
  // A signed-in learner's stored attempt (only their own); otherwise the answers in the address.
  const attemptId = cleanParam(query.proba);
  const stored = actor && attemptId ? await ownQuizAttempt(await getDb(), actor.userId, attemptId, lesson.slug) : null;
  const result = gradeQuiz(quiz, readAnswers(quiz, stored ? (stored.answers as Record<string, string>) : query));
  const completed = stored && result.passed ? await lessonCompleted(actor!.userId, lesson.slug) : false;
  return (
    <article data-lesson-slug={lesson.slug} data-quiz-correct={result.correct} data-quiz-total={result.total} data-quiz-passed={result.passed}>
      <LessonFrame
        lessonTitle={lesson.meta.title}
        lessonHref={href}
        progress={{ value: steps.length, max: steps.length, label: "Wszystkie kroki za Tobą. Teraz quiz." }}
      >
        <h1 className="mt-6">Twój wynik</h1>
        {query.blad === "zapis" ? (
          <Notice kind="warning" title="Nie udało się zapisać wyniku">
            <p>Twoje odpowiedzi są poniżej. Naciśnij „Sprawdź odpowiedzi” jeszcze raz, aby je zapisać.</p>
          </Notice>
        ) : null}
        <div role="status" className="kc-prose">
          <p className="text-2xl font-bold">
            Dobre odpowiedzi: {result.correct} z {result.total}.
          </p>
          <p>
            {result.passed
              ? `${completed ? "Brawo! Quiz zaliczony, a cała lekcja ukończona." : "Brawo! Quiz zaliczony."} ${
                  result.correct === result.total
                    ? "Poniżej przeczytasz, dlaczego odpowiedzi są dobre."
                    : "Poniżej przy każdej odpowiedzi jest wyjaśnienie, także przy błędnych."
                }`
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
          view={{ kind: "quiz", questions: quiz, lessonSlug: lesson.slug, answers: result.answers }}
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
        {!actor && Object.keys(result.answers).length > 0 ? (
          <GuestQuizRecord
            lessonSlug={lesson.slug}
            answers={result.answers}
            resume={{ href: result.passed ? `${href}/podsumowanie` : `${href}/quiz`, title: lesson.meta.title, label: result.passed ? "podsumowanie" : "quiz" }}
          />
        ) : null}
      </LessonFrame>
    </article>
  );
}

async function lessonCompleted(userId: string, lessonSlug: string): Promise<boolean> {
  const db = await getDb();
  return Boolean(await db.lessonCompletion.findUnique({ where: { userId_lessonSlug: { userId, lessonSlug } }, select: { id: true } }));
}
