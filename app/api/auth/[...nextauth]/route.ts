import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/auth/options";
import { asBrowserSessionCookies } from "@/lib/auth/session-cookies";
import { getDb } from "@/lib/db/client";
import { DEVICE_COOKIE, findClubDevice } from "@/lib/devices/club-device";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth with options for this browser: a club device gets short sessions that die with the browser. */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const device = await findClubDevice(await getDb(), request.cookies.get(DEVICE_COOKIE)?.value);
  const response: Response = await NextAuth(request, context, authOptionsFor(device));
  return device ? asBrowserSessionCookies(response) : response;
}

export { handler as GET, handler as POST };
