"use server";

import { redirect } from "next/navigation";
import { findScenario } from "@/components/simulators/registry";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { submitPracticeScreen } from "@/lib/simulators/submit";

/** Every practice screen posts here. */
export async function answerScreen(formData: FormData): Promise<void> {
  redirect(await submitPracticeScreen(await getDb(), await getActor(), formData, findScenario));
}
