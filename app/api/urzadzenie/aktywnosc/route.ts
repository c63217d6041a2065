import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { getDb } from "@/lib/db/client";
import { touchDeviceSession } from "@/lib/devices/sessions";
import { isSameOrigin } from "@/lib/forms";

const empty = (status: number) => new Response(null, { status, headers: { "cache-control": "no-store" } });

/** "Still here" from a club device's page while the person reads: 204, or 401 once the session has ended. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return empty(403);
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (typeof token?.uid !== "string") return empty(401);
  if (typeof token.ds !== "string") return empty(204);
  return empty((await touchDeviceSession(await getDb(), token.ds, token.uid)) ? 204 : 401);
}
