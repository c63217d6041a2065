"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { findScenario } from "@/components/simulators/registry";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { respond } from "@/lib/simulators/engine";
import { recordPractice } from "@/lib/simulators/practice";
import { SIMULATORS_HREF } from "@/lib/simulators/urls";

const envelope = z.object({
  simulator: z.string().regex(/^[a-z0-9-]{1,60}$/),
  screen: z.string().regex(/^[a-z0-9-]{1,60}$/),
  stan: z.string().max(1000).optional(),
  wybor: z.string().max(60).optional(),
});

/** Every practice screen posts here; nothing typed is kept, only a finished practice is counted. */
export async function answerScreen(formData: FormData): Promise<void> {
  const parsed = envelope.safeParse({
    simulator: formData.get("simulator"),
    screen: formData.get("screen"),
    stan: formData.get("stan") ?? undefined,
    wybor: formData.get("wybor") ?? undefined,
  });
  const scenario = parsed.success ? findScenario(parsed.data.simulator) : undefined;
  if (!parsed.success || !scenario) redirect(SIMULATORS_HREF);
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$") && value.length <= 200) fields[name] = value;
  }
  const result = respond(scenario, {
    screenId: parsed.data.screen,
    encodedState: parsed.data.stan,
    choice: parsed.data.wybor,
    fields,
  });
  if (result.completed) await recordPractice(await getDb(), await getActor(), scenario);
  redirect(result.redirectTo);
}
