import { pageNotFound } from "@/lib/not-found";
import type { Scenario } from "@/lib/simulators/types";
import { ikpPrescriptionAndAuthorisation } from "./scenarios/ikp-e-recepta-i-upowaznienie";
import { loginGov } from "./scenarios/login-gov";
import { mobywatelFirstRun } from "./scenarios/mobywatel-pierwsze-uruchomienie";
import { podpisZaufany } from "./scenarios/podpis-zaufany";
import { smsOszustwa8080 } from "./scenarios/sms-oszustwa-8080";
import { twojEPit } from "./scenarios/twoj-e-pit";
import { wideoZLinku } from "./scenarios/wideo-z-linku";

/** Every practice simulator, in the order of the modules that teach them. */
export const scenarios: Scenario[] = [
  smsOszustwa8080,
  wideoZLinku,
  loginGov,
  mobywatelFirstRun,
  ikpPrescriptionAndAuthorisation,
  twojEPit,
  podpisZaufany,
];

export function findScenario(slug: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.slug === slug);
}

/** The simulator a route names, or the 404 page. */
export async function scenarioFromParams(params: Promise<{ sim: string }>): Promise<Scenario> {
  const scenario = findScenario((await params).sim);
  if (!scenario) pageNotFound();
  return scenario;
}
