import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default): memory-hard, for staff passwords and learner PINs.
export function hashSecret(secret: string): Promise<string> {
  return hash(secret);
}

export async function verifySecret(hashed: string, secret: string): Promise<boolean> {
  try {
    return await verify(hashed, secret);
  } catch {
    return false;
  }
}

/** Random URL-safe token of `bytes` bytes (login cards, invitations, club devices). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Tokens are high-entropy, so a fast hash is enough to keep them useless if the table leaks. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
