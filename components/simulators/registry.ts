import type { Scenario } from "@/lib/simulators/types";
import { loginGov } from "./scenarios/login-gov";
import { wideoZLinku } from "./scenarios/wideo-z-linku";

/** Every practice simulator, in the order the list shows them. */
export const scenarios: Scenario[] = [loginGov, wideoZLinku];

export function findScenario(slug: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.slug === slug);
}
