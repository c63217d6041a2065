import { respond, type EngineResult } from "@/lib/simulators/engine";
import { decodeState, type SimState } from "@/lib/simulators/state";
import type { Scenario } from "@/lib/simulators/types";

// Walks a scenario through the engine the way the browser does: each answer starts from the
// address (and so the ?stan= choices) the previous answer redirected to.

export type Step = { screen: string; choice?: string; fields?: Record<string, string> };

export const stateOf = (redirectTo: string): SimState => decodeState(new URL(redirectTo, "http://x").searchParams.get("stan"));

export function answerer(scenario: Scenario) {
  const answer = (step: Step, from = "/"): EngineResult => {
    const encodedState = new URL(from || "/", "http://x").searchParams.get("stan") ?? undefined;
    return respond(scenario, { screenId: step.screen, encodedState, choice: step.choice, fields: step.fields ?? {} });
  };
  const walk = (steps: Step[]): EngineResult =>
    steps.reduce<EngineResult>((previous, step) => answer(step, previous.redirectTo), { redirectTo: "/", completed: false });
  return { answer, walk };
}
