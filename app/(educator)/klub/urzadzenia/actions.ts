"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { expireSessionCookies } from "@/lib/auth/session-cookies";
import { getDb } from "@/lib/db/client";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, deviceNameSchema } from "@/lib/devices/club-device";
import { markClubDevice, revokeClubDevice } from "@/lib/devices/manage";
import { currentClubDevice } from "@/lib/devices/current";
import { failed, fieldErrors, formValues, invalid, type FormState } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";

const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/** Marks this browser as the club's computer: from the next sign-in on, club-device rules apply. */
export async function markThisBrowserAction(_state: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor("/klub/urzadzenia");
  if (!actor.activeClubId) pageNotFound();
  const values = formValues(form, ["name"]);
  const parsed = deviceNameSchema.safeParse(values);
  if (!parsed.success) return invalid(values, fieldErrors(parsed.error));
  try {
    const value = await markClubDevice(await getDb(), actor, actor.activeClubId, parsed.data);
    (await cookies()).set(DEVICE_COOKIE, value, { path: "/", maxAge: DEVICE_COOKIE_MAX_AGE, httpOnly: true, sameSite: "lax", secure });
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    return failed(values, "mark club device", error);
  }
  redirect("/klub/urzadzenia?oznaczono=1");
}

export async function revokeDeviceAction(deviceId: string) {
  const actor = await requireActor("/klub/urzadzenia");
  const thisBrowser = await currentClubDevice();
  try {
    await revokeClubDevice(await getDb(), actor, deviceId);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  if (thisBrowser?.id === deviceId) {
    // Disconnecting the computer you sit at ends your own session there too, like everyone else's.
    (await cookies()).set(DEVICE_COOKIE, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure });
    await expireSessionCookies();
    redirect("/?koniec=odlaczono");
  }
  redirect("/klub/urzadzenia?odlaczono=1");
}
