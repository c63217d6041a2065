import { cookies } from "next/headers";
import type { Actor } from "./access/policy";
import { getActor } from "./auth/actor";
import { getDb } from "./db/client";
import { parsePreferences, preferencesSchema, PREFERENCES_COOKIE, type Preferences } from "./preferences";

/**
 * Signed in: the preferences saved on the account, so they follow the person to another
 * device. Otherwise (or when none were saved): this browser's cookie.
 */
export async function currentPreferences(): Promise<Preferences | null> {
  return preferencesOf(await getActor());
}

/** The same, for a caller that already has the person (one database read, not two). */
export async function preferencesOf(actor: Actor | null): Promise<Preferences | null> {
  const saved = actor ? preferencesSchema.safeParse(actor.preferences) : null;
  if (saved?.success) return saved.data;
  return parsePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
}

export async function saveAccountPreferences(preferences: Preferences): Promise<void> {
  const actor = await getActor();
  if (!actor) return;
  const db = await getDb();
  await db.user.update({ where: { id: actor.userId }, data: { preferences } });
}
