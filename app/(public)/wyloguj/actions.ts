"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/guard";
import { signOutEverywhere } from "@/lib/account/sessions";
import { expireSessionCookies } from "@/lib/auth/session-cookies";
import { getDb } from "@/lib/db/client";

/** Every session of the person ends: old cookies carry an older session version and count for nothing. */
export async function signOutEverywhereAction() {
  const actor = await requireActor("/wyloguj");
  await signOutEverywhere(await getDb(), actor);
  await expireSessionCookies();
  redirect("/wyloguj?wszedzie=1");
}
