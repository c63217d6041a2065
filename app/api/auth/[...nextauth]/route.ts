import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { cardRetryLocation } from "@/lib/auth/card-sign-in";
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
  const card = await cardForm(request);
  let response: Response = await NextAuth(request, context, authOptionsFor(device));
  response = card ? backToCard(response, card) : response;
  return device ? asBrowserSessionCookies(response) : response;
}

/** The card's fields of a learner's sign-in form sent from the card's page, read before next-auth reads the body. */
async function cardForm(request: NextRequest): Promise<{ username: unknown; card: unknown } | null> {
  if (request.method !== "POST" || !request.nextUrl.pathname.endsWith("/callback/learner")) return null;
  if (!(request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) return null;
  const form = new URLSearchParams(await request.clone().text());
  return form.has("card") ? { username: form.get("username"), card: form.get("card") } : null;
}

/** A failed sign-in from the card's page goes back to that page, with her name, not to the generic one. */
function backToCard(response: Response, card: { username: unknown; card: unknown }): Response {
  const location = response.headers.get("location");
  const retry = location ? cardRetryLocation(card, location) : null;
  if (!retry) return response;
  const headers = new Headers(response.headers);
  headers.set("location", retry);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
