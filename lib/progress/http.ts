import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { getDb } from "../db/client";
import { touchDeviceSession } from "../devices/sessions";
import type { SessionClaim } from "./record";

/**
 * The session the cookie claims, read without a database round trip at home; the write itself
 * checks the account is active and the session current (see recordStep). A club-device session is
 * checked (and counted as activity) first: an ended one records nothing.
 */
export async function sessionClaim(request: NextRequest): Promise<SessionClaim | null> {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  const userId = typeof token?.uid === "string" ? token.uid : null;
  if (!userId) return null;
  if (typeof token?.ds === "string" && !(await touchDeviceSession(await getDb(), token.ds, userId))) return null;
  return { userId, sessionVersion: typeof token?.sv === "number" ? token.sv : 0 };
}

/** "See other": relative, so it is right behind any proxy, and the browser follows it with a GET. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

/** A short, polite page for requests a real form never sends (another site's form, junk). */
export function refused(status: number, message: string): Response {
  const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nie udało się</title></head><body style="font:1.375rem/1.6 system-ui, sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff"><h1>Nie udało się</h1><p>${message}</p><p><a href="/">Wróć na stronę główną</a></p></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export const notSameSite = () =>
  refused(403, "Ten formularz został wysłany z innej strony internetowej, więc nic nie zapisaliśmy. Otwórz Klub Cyfrowy i spróbuj jeszcze raz.");
