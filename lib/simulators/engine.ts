import { findRealData } from "./real-data";
import { decodeState } from "./state";
import type { Scenario } from "./types";
import { screenHref, simulatorHref, summaryHref } from "./urls";

export const SUMMARY_SCREEN = "koniec";

export type SubmittedScreen = {
  screenId: string;
  encodedState: string | undefined;
  choice: string | undefined;
  fields: Record<string, string>;
};

export type EngineResult = { redirectTo: string; completed: boolean };

/**
 * One answer on one screen: where the learner goes next. Real personal data stops everything
 * before the scenario sees it; the typed values are then dropped, never echoed into the address.
 */
export function respond(scenario: Scenario, submitted: SubmittedScreen): EngineResult {
  const screen = scenario.screens.find((candidate) => candidate.id === submitted.screenId);
  if (!screen) return { redirectTo: simulatorHref(scenario.slug), completed: false };
  const state = decodeState(submitted.encodedState);
  const guarded = screen.fields ?? [];
  const realData = findRealData(guarded, submitted.fields);
  if (realData) return { redirectTo: screenHref(scenario.slug, screen.id, state, { uwaga: realData }), completed: false };

  // Only the fields the screen declares reach the scenario, trimmed.
  const fields = Object.fromEntries(guarded.map((field) => [field.name, (submitted.fields[field.name] ?? "").trim()]));
  const outcome = screen.answer({ choice: submitted.choice, fields, state });
  if ("hint" in outcome) {
    const hint = outcome.hint in screen.hints ? outcome.hint : "inne";
    return { redirectTo: screenHref(scenario.slug, screen.id, outcome.state ?? state, { podpowiedz: hint }), completed: false };
  }
  if (outcome.next === SUMMARY_SCREEN) {
    return { redirectTo: summaryHref(scenario.slug, scenario.review ? (outcome.state ?? state) : {}), completed: true };
  }
  if (!scenario.screens.some((candidate) => candidate.id === outcome.next)) {
    throw new Error(`Simulator ${scenario.slug}: screen ${screen.id} leads to unknown screen ${outcome.next}`);
  }
  return { redirectTo: screenHref(scenario.slug, outcome.next, outcome.state ?? state), completed: false };
}
