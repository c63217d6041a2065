import type { Scenario } from "@/lib/simulators/types";
import { loginGov } from "./scenarios/login-gov";
import { podpisZaufany } from "./scenarios/podpis-zaufany";
import { twojEPit } from "./scenarios/twoj-e-pit";

/** Every practice simulator, in the order the list shows them. */
export const scenarios: Scenario[] = [loginGov, twojEPit, podpisZaufany];

export function findScenario(slug: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.slug === slug);
}
