import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "../db/client";
import { DEVICE_COOKIE, findClubDevice, type ClubDeviceMark } from "./club-device";

/** The club device this browser is, if it is one and not revoked; read once per request. */
export const currentClubDevice = cache(async (): Promise<ClubDeviceMark | null> => {
  const value = (await cookies()).get(DEVICE_COOKIE)?.value;
  return value ? findClubDevice(await getDb(), value) : null;
});
