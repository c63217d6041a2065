import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { audit } from "@/lib/auth/audit";
import { expireSessionCookies } from "@/lib/auth/session-cookies";
import { getDb } from "@/lib/db/client";
import { endDeviceSession } from "@/lib/devices/sessions";
import { isSameOrigin } from "@/lib/forms";

/**
 * Ends the session on a club device when its time ran out (or from the warning's "Zakończ i
 * wyloguj"), and removes the session cookie, so the page it leads to shows nobody's data.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const reason = request.nextUrl.searchParams.get("powod") === "sign-out" ? "sign-out" : "idle";
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (typeof token?.uid === "string" && typeof token.ds === "string") {
    const db = await getDb();
    await endDeviceSession(db, token.ds, reason);
    await audit(db, { action: reason === "idle" ? "auth.session-ended" : "auth.sign-out", actorId: token.uid, viaClubDevice: true, details: { reason } });
  }
  await expireSessionCookies();
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
