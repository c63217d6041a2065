import { respond } from "@/lib/simulators/engine";
import { decodeState, encodeState, type SimState } from "@/lib/simulators/state";
import type { Scenario } from "@/lib/simulators/types";

// Walks a scenario through the engine as the form would: one screen, its state, one choice.

/** A wrong tap: screen, choice, the hint key expected, and what was typed. A rest parameter in the
 * test keeps Jest from taking a fourth argument for a `done` callback when nothing was typed. */
export type HintCase = [screen: string, choice: string, hint: string, fields?: Record<string, string>];

export type Step = { screen: string; choice?: string; fields?: Record<string, string> };

export function answerer(scenario: Scenario) {
  return function answer(screenId: string, state: SimState, choice?: string, fields: Record<string, string> = {}) {
    const encoded = Object.keys(state).length ? encodeState(state) : undefined;
    const result = respond(scenario, { screenId, encodedState: encoded, choice, fields });
    const url = new URL(result.redirectTo, "http://localhost");
    return { ...result, url, screen: url.pathname.split("/").pop(), state: decodeState(url.searchParams.get("stan")) };
  };
}

/** Follows steps from the first screen, each taken from where the last one led; returns the last result. */
export function walk(scenario: Scenario, steps: Step[]) {
  const answer = answerer(scenario);
  let state: SimState = {};
  let result: ReturnType<typeof answer> | undefined;
  for (const step of steps) {
    if (result && result.screen !== step.screen) throw new Error(`expected ${step.screen}, got ${result.redirectTo}`);
    result = answer(step.screen, state, step.choice, step.fields);
    state = result.state;
  }
  if (!result) throw new Error("no steps");
  return result;
}

/** Where a wrong choice leads: the same screen with the hint's key. */
export function hintFor(scenario: Scenario, screenId: string, choice?: string, fields?: Record<string, string>, state: SimState = {}) {
  const result = answerer(scenario)(screenId, state, choice, fields);
  return result.url.searchParams.get("podpowiedz");
}

/** Real personal data, as a learner might type it by mistake. */
export const REAL_DATA = { pesel: "44051401359", karta: "4111 1111 1111 1111" };

/** Types a real value into one field: the warning key comes back, the value never does. */
export function typeRealData(scenario: Scenario, screenId: string, choice: string, field: string, value: string) {
  const result = answerer(scenario)(screenId, {}, choice, { [field]: value });
  const address = decodeURIComponent(result.redirectTo);
  return { completed: result.completed, warning: result.url.searchParams.get("uwaga"), echoed: address.includes(value) || address.includes(value.replace(/ /g, "")) };
}
