import { getMDXComponent } from "mdx-bundler/client";
import type { ComponentType, ReactNode } from "react";
import type { QuizQuestion } from "@/lib/content/analyse";
import { findScenario } from "@/components/simulators/registry";
import { Source, Tip, Warning } from "./Callouts";
import { isAddressKind } from "@/lib/content/address-rule";
import { CheckAddress } from "./CheckAddress";
import { PracticeLink } from "./PracticeLink";
import { ExplanationView, OptionView, QuestionView, QuizForm, type QuizAnswers } from "./Quiz";
import { Screen, ScreenAddress, ScreenButton, ScreenField, ScreenIcon, ScreenMessage, ScreenText } from "./Screen";
import { StepBody } from "./Step";
import { Term } from "./Term";

/** Which part of a lesson a page shows: one step, the quiz, the summary, or every step for print. */
export type LessonView =
  | { kind: "step"; stepId: string }
  | { kind: "quiz"; questions: QuizQuestion[]; lessonSlug: string; answers?: QuizAnswers }
  | { kind: "summary" }
  | { kind: "print" };

type Props = Record<string, unknown> & { children?: ReactNode };
type MdxComponent = ComponentType<{ components: Record<string, ComponentType<Props>> }>;

const compiledComponents = new Map<string, MdxComponent>();

function mdxComponent(code: string): MdxComponent {
  let component = compiledComponents.get(code);
  if (!component) {
    component = getMDXComponent(code) as MdxComponent;
    compiledComponents.set(code, component);
  }
  return component;
}

function lessonComponents(view: LessonView): Record<string, ComponentType<Props>> {
  const questionById = (id: unknown) => (view.kind === "quiz" ? view.questions.find((q) => q.id === id) : undefined);
  const answers = view.kind === "quiz" ? view.answers : undefined;
  return {
    Step: ({ id, title, number, children }) => {
      if (view.kind === "step") return id === view.stepId ? <StepBody>{children}</StepBody> : null;
      if (view.kind !== "print") return null;
      return (
        <section className="kc-print-step mb-10 break-inside-avoid-page">
          <h2>
            Krok {String(number)}. {String(title)}
          </h2>
          <StepBody>{children}</StepBody>
        </section>
      );
    },
    Quiz: ({ children }) => (view.kind === "quiz" ? <QuizForm lessonSlug={view.lessonSlug}>{children}</QuizForm> : null),
    Question: ({ id, prompt, number, children }) => (
      <QuestionView number={Number(number)} prompt={String(prompt)} question={questionById(id)} answers={answers}>
        {children}
      </QuestionView>
    ),
    Option: ({ question, value, children }) => (
      <OptionView question={String(question)} value={String(value)} answers={answers}>
        {children}
      </OptionView>
    ),
    Explanation: ({ question, value, children }) => {
      if (!answers || answers[String(question)] !== value) return null;
      const option = questionById(question)?.options.find((candidate) => candidate.value === value);
      return <ExplanationView correct={option?.correct ?? false}>{children}</ExplanationView>;
    },
    Summary: ({ children }) => (view.kind === "summary" ? <div className="kc-prose">{children}</div> : null),
    Tip: ({ children }) => <Tip>{children}</Tip>,
    Warning: ({ title, children }) => <Warning title={String(title)}>{children}</Warning>,
    Term: ({ id, children }) => <Term id={String(id)}>{children}</Term>,
    Practice: ({ simulator }) => {
      // The content check makes sure the simulator exists; printed lesson cards leave it out.
      const scenario = findScenario(String(simulator));
      return scenario && view.kind !== "print" ? <PracticeLink simulator={scenario.slug} title={scenario.title} /> : null;
    },
    Source: ({ href, children }) => <Source href={String(href)}>{children}</Source>,
    CheckAddress: ({ kind }) => (isAddressKind(kind) ? <CheckAddress kind={kind} /> : null),
    Screen: ({ device, title, description, children }) => (
      <Screen device={device === "computer" ? "computer" : "phone"} title={String(title)} description={String(description)}>
        {children}
      </Screen>
    ),
    ScreenIcon: ({ highlight, children }) => <ScreenIcon highlight={Boolean(highlight)}>{children}</ScreenIcon>,
    ScreenButton: ({ highlight, children }) => <ScreenButton highlight={Boolean(highlight)}>{children}</ScreenButton>,
    ScreenField: ({ label, value, highlight }) => (
      <ScreenField label={String(label)} value={value === undefined ? undefined : String(value)} highlight={Boolean(highlight)} />
    ),
    ScreenText: ({ muted, children }) => <ScreenText muted={Boolean(muted)}>{children}</ScreenText>,
    ScreenMessage: ({ from, children }) => (
      <ScreenMessage from={from === undefined ? undefined : String(from)}>{children}</ScreenMessage>
    ),
    ScreenAddress: ({ children }) => <ScreenAddress>{children}</ScreenAddress>,
  };
}

/** Renders the part of a compiled lesson that `view` asks for, from the same MDX source. */
export function LessonContent({ code, view }: { code: string; view: LessonView }) {
  const Content = mdxComponent(code);
  return <Content components={lessonComponents(view)} />;
}
