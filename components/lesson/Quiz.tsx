import type { ReactNode } from "react";
import type { QuizQuestion } from "@/lib/content/analyse";

/** Answers given, by question id, when the quiz page shows feedback; undefined before. */
export type QuizAnswers = Record<string, string | undefined>;

/** Answers are posted: a signed-in learner's attempt is stored, a guest's is graded and shown. */
export function QuizForm({ lessonSlug, children }: { lessonSlug: string; children: ReactNode }) {
  return (
    <form method="post" action="/api/postep/quiz" noValidate>
      <input type="hidden" name="lekcja" value={lessonSlug} />
      {children}
      <button
        type="submit"
        className="mt-4 inline-flex min-h-12 items-center rounded-md border-2 border-primary bg-primary px-6 py-2 text-xl font-bold text-on-primary shadow-[0_3px_0_var(--kc-text)]"
      >
        Sprawdź odpowiedzi
      </button>
    </form>
  );
}

export function QuestionView({
  number,
  prompt,
  question,
  answers,
  children,
}: {
  number: number;
  prompt: string;
  question: QuizQuestion | undefined;
  answers: QuizAnswers | undefined;
  children: ReactNode;
}) {
  const chosen = answers?.[question?.id ?? ""];
  const correct = question?.options.find((option) => option.correct);
  const feedbackId = `wynik-${question?.id}`;
  return (
    <fieldset className="mb-8 rounded-md border-2 border-line p-4" aria-describedby={answers ? feedbackId : undefined}>
      <legend className="px-2 text-xl font-bold">
        Pytanie {number}. {prompt}
      </legend>
      {answers ? (
        <p id={feedbackId} className={`mb-3 rounded p-3 font-bold ${chosen === correct?.value ? "bg-success-bg text-success" : "bg-warning-bg text-warning"}`}>
          {chosen === undefined ? (
            <>
              <span aria-hidden="true">○ </span>Nie wybrano odpowiedzi. Wybierz jedną i sprawdź jeszcze raz.
            </>
          ) : chosen === correct?.value ? (
            <>
              <span aria-hidden="true">✔ </span>Dobrze!
            </>
          ) : (
            <>
              <span aria-hidden="true">✎ </span>Tym razem nie. Nic się nie stało — przeczytaj wyjaśnienie i spróbuj
              jeszcze raz.
            </>
          )}
        </p>
      ) : null}
      <div className="flex flex-col gap-3">{children}</div>
    </fieldset>
  );
}

export function OptionView({
  question,
  value,
  answers,
  children,
}: {
  question: string;
  value: string;
  answers: QuizAnswers | undefined;
  children: ReactNode;
}) {
  const id = `odp-${question}-${value}`;
  return (
    <div className="rounded-md border-2 border-line p-3 has-[:checked]:border-primary has-[:checked]:bg-tip-bg">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-start gap-3">
        <input
          id={id}
          type="radio"
          name={question}
          value={value}
          defaultChecked={answers?.[question] === value}
          className="mt-1 h-7 w-7 shrink-0 accent-[var(--kc-primary)]"
        />
        <span>{children}</span>
      </label>
    </div>
  );
}

/** Shown under the answer the person chose, right or wrong: every answer has a reason. */
export function ExplanationView({
  correct,
  children,
}: {
  correct: boolean;
  children: ReactNode;
}) {
  return (
    <span className="mt-2 block border-l-4 border-line pl-3 text-lg">
      <span className="font-bold">{correct ? "Dlaczego dobrze: " : "Wyjaśnienie: "}</span>
      {children}
    </span>
  );
}

export function QuizScore({ questions, answers }: { questions: QuizQuestion[]; answers: QuizAnswers }) {
  const right = questions.filter((question) => answers[question.id] === question.options.find((o) => o.correct)?.value).length;
  return (
    <p role="status" className="text-2xl font-bold">
      Dobre odpowiedzi: {right} z {questions.length}.
    </p>
  );
}
