import type { Scenario } from "@/lib/simulators/types";
import { loginGov } from "./scenarios/login-gov";
import { smsOszustwa8080 } from "./scenarios/sms-oszustwa-8080";
import { wideoZLinku } from "./scenarios/wideo-z-linku";

/** Every practice simulator, in the order the list shows them. */
export const scenarios: Scenario[] = [loginGov, wideoZLinku, smsOszustwa8080];

export function findScenario(slug: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.slug === slug);
}
