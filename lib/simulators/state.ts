import { z } from "zod";

// A simulator's progress travels in the address (?stan=…), not on the server: only the choices
// made (short words such as "bank" or "zablokowano"), never anything the learner typed.

const stateSchema = z.record(z.string().regex(/^[a-z0-9-]{1,24}$/), z.string().regex(/^[a-z0-9-]{0,40}$/)).refine(
  (state) => Object.keys(state).length <= 16,
);

export type SimState = z.infer<typeof stateSchema>;

export function encodeState(state: SimState): string {
  return Buffer.from(JSON.stringify(state), "utf8").toString("base64url");
}

/** A damaged or hand-edited address starts the practice afresh instead of failing. */
export function decodeState(encoded: string | undefined | null): SimState {
  if (!encoded || encoded.length > 1000) return {};
  try {
    const parsed = stateSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
