import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { respond, type EngineResult } from "@/lib/simulators/engine";
import { findRealData } from "@/lib/simulators/real-data";
import { decodeState, encodeState, type SimState } from "@/lib/simulators/state";
import type { Scenario } from "@/lib/simulators/types";

// Walks a practice scenario through the engine as the server action would: one answer per
// screen, carrying the choices in the address from one screen to the next.

export type Step = { screen: string; choice?: string; fields?: Record<string, string> };

/** Where the learner lands after pressing `choice` (with `fields` typed) on a screen. */
export function answer(scenario: Scenario, step: Step, state: SimState = {}): EngineResult {
  return respond(scenario, {
    screenId: step.screen,
    encodedState: Object.keys(state).length ? encodeState(state) : undefined,
    choice: step.choice,
    fields: step.fields ?? {},
  });
}

/** The screen id and choices of a redirect such as /cwiczenia/slug/screen?stan=… */
export function landing(redirectTo: string): { screen: string; state: SimState; params: URLSearchParams } {
  const url = new URL(redirectTo, "http://localhost");
  return { screen: url.pathname.split("/").pop() ?? "", state: decodeState(url.searchParams.get("stan")), params: url.searchParams };
}

/** Takes the steps in order, each from where the previous one landed; returns the last result. */
export function walk(scenario: Scenario, steps: Step[]): EngineResult {
  let state: SimState = {};
  let result: EngineResult | undefined;
  for (const step of steps) {
    result = answer(scenario, step, state);
    const landed = landing(result.redirectTo);
    if (!result.completed && landed.screen === step.screen && landed.params.has("podpowiedz")) {
      throw new Error(`${scenario.slug}: ${step.screen} gave the hint ${landed.params.get("podpowiedz")}`);
    }
    state = landed.state;
  }
  if (!result) throw new Error("walk needs at least one step");
  return result;
}

/** The hint key a wrong answer on a screen leads to. */
export function hintFor(scenario: Scenario, step: Step, state: SimState = {}): string | null {
  return landing(answer(scenario, step, state).redirectTo).params.get("podpowiedz");
}

/** The text a screen draws, with the given choices made. */
export function screenText(scenario: Scenario, screenId: string, state: SimState = {}, showMe = false): string {
  const screen = scenario.screens.find((candidate) => candidate.id === screenId);
  if (!screen) throw new Error(`${scenario.slug} has no screen ${screenId}`);
  return renderToStaticMarkup(createElement(Fragment, null, screen.render({ state, showMe }))).replace(/<[^>]+>/g, " ");
}

/**
 * Every screen draws with no choices made (its address may be opened directly), has a hint for
 * any other tap, and shows nothing that passes for a real PESEL, card or account number.
 */
export function expectSafeScreens(scenario: Scenario): void {
  for (const screen of scenario.screens) {
    expect(screen.hints.inne).toBeTruthy();
    for (const showMe of [false, true]) {
      const text = screenText(scenario, screen.id, {}, showMe);
      expect(text.trim()).not.toBe("");
      expect(findRealData([{ name: "ekran", kind: "text" }], { ekran: text })).toBeNull();
    }
  }
}

/** The choices carried in a redirect's address. */
export const stateOf = (redirectTo: string): SimState => landing(redirectTo).state;

/** `answer` and `walk` bound to one scenario; `answer` starts from a previous redirect's address. */
export function answerer(scenario: Scenario) {
  return {
    answer: (step: Step, from = "/"): EngineResult => answer(scenario, step, stateOf(from)),
    walk: (steps: Step[]): EngineResult => walk(scenario, steps),
  };
}

/** A wrong tap: screen, choice, the hint key expected, and what was typed. A rest parameter in the
 * test keeps Jest from taking a fourth argument for a `done` callback when nothing was typed. */
export type HintCase = [screen: string, choice: string, hint: string, fields?: Record<string, string>];

/** Real personal data, as a learner might type it by mistake. */
export const REAL_DATA = { pesel: "44051401359", karta: "4111 1111 1111 1111" };

/** Types a real value into one field: the warning key comes back, the value never does. */
export function typeRealData(scenario: Scenario, screenId: string, choice: string, field: string, value: string) {
  const result = answer(scenario, { screen: screenId, choice, fields: { [field]: value } });
  const address = decodeURIComponent(result.redirectTo);
  return {
    completed: result.completed,
    warning: landing(result.redirectTo).params.get("uwaga"),
    echoed: address.includes(value) || address.includes(value.replace(/ /g, "")),
  };
}
