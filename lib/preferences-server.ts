import { cookies } from "next/headers";
import { parsePreferences, PREFERENCES_COOKIE, type Preferences } from "./preferences";

export async function currentPreferences(): Promise<Preferences | null> {
  return parsePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
}
