import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { withNeutralErrorUrls } from "@/lib/auth/error-redirect";
import { authOptionsFor } from "@/lib/auth/options";
import { asBrowserSessionCookies } from "@/lib/auth/session-cookies";
import { getDb } from "@/lib/db/client";
import { noteDatabaseOutage } from "@/lib/db/outage";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_SIGN_IN_CODE } from "@/lib/db/unavailable";
import { DEVICE_COOKIE, findClubDevice } from "@/lib/devices/club-device";

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth with options for this browser: a club device gets short sessions that die with the browser. */
async function nextAuth(request: NextRequest, context: Context): Promise<Response> {
  const device = await findClubDevice(await getDb(), request.cookies.get(DEVICE_COOKIE)?.value);
  const response: Response = await NextAuth(request, context, authOptionsFor(device));
  return device ? asBrowserSessionCookies(response) : response;
}

/**
 * While the database is out of reach: a sign-in form sent by the browser goes back to the
 * sign-in page with a neutral code (worded in Polish there); anything else is a 503 with
 * Retry-After. Never the driver's message.
 */
function unavailable(request: NextRequest): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (request.method === "POST") {
    return new Response(null, { status: 303, headers: { ...headers, Location: `/logowanie?error=${UNAVAILABLE_SIGN_IN_CODE}` } });
  }
  return Response.json({ error: UNAVAILABLE_SIGN_IN_CODE, url: `/logowanie?error=${UNAVAILABLE_SIGN_IN_CODE}` }, { status: 503, headers });
}

async function handler(request: NextRequest, context: Context): Promise<Response> {
  try {
    return await withNeutralErrorUrls(await nextAuth(request, context));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("sign-in: the database is unavailable");
    noteDatabaseOutage();
    return unavailable(request);
  }
}

export { handler as GET, handler as POST };
