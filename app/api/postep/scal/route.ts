import type { NextRequest } from "next/server";
import { isSameOrigin } from "@/lib/forms";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { lessonsBySlug } from "@/lib/progress/lessons";
import { GUEST_PAYLOAD_MAX_BYTES, GuestProgressError, guestProgressSchema, mergeGuestProgress } from "@/lib/progress/guest";

const reply = (status: number, body: object) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

const refusedPayload = (message: string) => reply(400, { error: message });

/** Reads at most `limit` bytes: a huge body is refused without being held in memory. */
async function readLimited(request: NextRequest, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return null;
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Merges a guest's progress (kept in their browser) into the signed-in account. JSON only, so
 * another site cannot send it from a form; the account is always the session's, never the payload's.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request) || !request.headers.get("content-type")?.startsWith("application/json")) {
    return reply(403, { error: "Tę prośbę można wysłać tylko z Klubu Cyfrowego." });
  }
  const actor = await getActor();
  if (!actor) return reply(401, { error: "Zaloguj się, aby zapisać postępy na swoim koncie." });
  const text = await readLimited(request, GUEST_PAYLOAD_MAX_BYTES);
  if (text === null) return refusedPayload("Zapisanych postępów jest za dużo, aby je przenieść. Nic nie zostało zapisane.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refusedPayload("Zapisane postępy są uszkodzone. Nic nie zostało zapisane.");
  }
  const parsed = guestProgressSchema.safeParse(json);
  if (!parsed.success) return refusedPayload("Zapisane postępy mają nieznany format. Nic nie zostało zapisane.");
  try {
    const merged = await mergeGuestProgress(await getDb(), actor.userId, parsed.data, await lessonsBySlug());
    return reply(200, merged);
  } catch (error) {
    if (error instanceof GuestProgressError) return refusedPayload(error.message);
    console.error("Merging guest progress failed", error);
    return reply(500, { error: "Nie udało się teraz zapisać postępów. Spróbujemy przy następnej stronie." });
  }
}
