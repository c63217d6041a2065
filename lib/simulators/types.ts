import type { ReactNode } from "react";
import type { GuardedField } from "./real-data";
import type { SimState } from "./state";

export type { SimState };

/** What the learner did on a screen: the button pressed (its value) and what they typed. */
export type ScreenInput = { choice: string | undefined; fields: Record<string, string>; state: SimState };

/**
 * Go on (to another screen, or "koniec" for the summary), or stay with a kind hint; a hint may
 * note in the state that this screen needed one (for the summary's review).
 */
export type ScreenOutcome = { next: string; state?: SimState } | { hint: string; state?: SimState };

/** One line of the summary's review: a decision, whether it was right the first time, and why. */
export type ReviewItem = { label: string; firstTime: boolean; why: string };

/** How to draw a screen: `showMe` is on after "Pokaż mi", to highlight the right control. */
export type ScreenView = { state: SimState; showMe: boolean };

export type SimScreen = {
  id: string;
  /** Which of the scenario's stages this screen belongs to (0-based), for "Etap 2 z 4". */
  stage: number;
  /** What to do here, in our words, shown above the drawn service. */
  task: string;
  /** Made-up data to type on this screen, shown in the "Dane do ćwiczenia" box. */
  practiceData?: { label: string; value: string }[];
  /** "Pokaż mi": what to press or type, in words; the control is highlighted too. */
  showMe: string;
  /** Kind hints after a wrong choice, by the key `answer` returns. */
  hints: Record<string, string>;
  /** Fields typed on this screen (names of <SimInput>s); checked for real data before anything else. */
  fields?: GuardedField[];
  render: (view: ScreenView) => ReactNode;
  answer: (input: ScreenInput) => ScreenOutcome;
};

export type Scenario = {
  slug: string;
  title: string;
  /** The service imitated, as the person knows it ("login.gov.pl", "mObywatel"). */
  service: string;
  device: "phone" | "computer";
  /** The lesson this practice belongs to: its completion is recorded for it. */
  lessonSlug: string;
  /** One sentence for the list of simulators. */
  description: string;
  /** What the practice covers, shown before starting. */
  intro: string[];
  /** What was practised, shown at the end. */
  summary: string[];
  stages: string[];
  screens: SimScreen[];
  /** What the learner decided, item by item, read from the choices carried to the summary. */
  review?: { title: string; items: (state: SimState) => ReviewItem[] };
};
