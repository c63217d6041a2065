import type { Scenario } from "@/lib/simulators/types";
import { ikpPrescriptionAndAuthorisation } from "./scenarios/ikp-e-recepta-i-upowaznienie";
import { loginGov } from "./scenarios/login-gov";
import { mobywatelFirstRun } from "./scenarios/mobywatel-pierwsze-uruchomienie";

/** Every practice simulator, in the order the list shows them. */
export const scenarios: Scenario[] = [loginGov, mobywatelFirstRun, ikpPrescriptionAndAuthorisation];

export function findScenario(slug: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.slug === slug);
}
