import { z } from "zod";
import type { Actor } from "../access/policy";
import type { Db } from "../db/client";
import { respond } from "./engine";
import { recordPractice } from "./practice";
import type { Scenario } from "./types";
import { SIMULATORS_HREF } from "./urls";

const envelope = z.object({
  simulator: z.string().regex(/^[a-z0-9-]{1,60}$/),
  screen: z.string().regex(/^[a-z0-9-]{1,60}$/),
  stan: z.string().max(1000).optional(),
  wybor: z.string().max(60).optional(),
});

/**
 * A practice screen's form, sent: where to go next. Nothing typed is kept or logged; the only
 * thing written is the count of a finished practice, for a signed-in learner.
 */
export async function submitPracticeScreen(
  db: Db,
  actor: Actor | null,
  formData: FormData,
  findScenario: (slug: string) => Scenario | undefined,
): Promise<string> {
  const parsed = envelope.safeParse({
    simulator: formData.get("simulator"),
    screen: formData.get("screen"),
    stan: formData.get("stan") ?? undefined,
    wybor: formData.get("wybor") ?? undefined,
  });
  const scenario = parsed.success ? findScenario(parsed.data.simulator) : undefined;
  if (!parsed.success || !scenario) return SIMULATORS_HREF;
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && value.length <= 200) fields[name] = value;
  }
  const result = respond(scenario, { screenId: parsed.data.screen, encodedState: parsed.data.stan, choice: parsed.data.wybor, fields });
  if (result.completed) await recordPractice(db, actor, scenario);
  return result.redirectTo;
}
