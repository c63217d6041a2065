import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "../db/client";
import { audit } from "./audit";
import { pinSchema } from "./credentials";
import { checkLockout, clearFailures, recordFailure, signInKeys } from "./rate-limit";
import { hashSecret, verifySecret } from "./secrets";

/** Remembered for ten minutes so a failed attempt does not make anyone type their name again. */
export const LAST_LOGIN_COOKIE = "kc-ostatni-login";

export type SignedInUser = { id: string; name: string; sessionVersion: number };

/** next-auth shows the message of an error thrown here as ?error=…; the page turns it into Polish. */
export class SignInLockedError extends Error {
  constructor(retryAt: Date) {
    super(`zablokowane:${retryAt.toISOString()}`);
  }
}

const learnerInput = z.object({ username: z.string().trim().toLowerCase().min(1).max(60), pin: pinSchema });
const staffInput = z.object({ email: z.string().trim().toLowerCase().email().max(200), password: z.string().min(1).max(200) });

// Verifying against a fixed hash when there is no such account keeps the answer time the same,
// so timing does not reveal which usernames exist.
let decoyHash: Promise<string> | undefined;
function decoy() {
  decoyHash ??= hashSecret("klub-cyfrowy-decoy-secret");
  return decoyHash;
}

export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string | null {
  const read = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  // The last address is the one our own server or proxy added; earlier ones the client can forge.
  const forwarded = read("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || read("x-real-ip") || null;
}

/** "staff:anna@…" or "learner:zofia.kowalska": the form to show again, with what was typed. */
export function readRememberedLogin(value: string | undefined): { kind: "learner" | "staff"; value: string } | null {
  const match = /^(learner|staff):(.*)$/.exec(value ?? "");
  return match ? { kind: match[1] as "learner" | "staff", value: match[2]! } : null;
}

async function rememberLogin(kind: "learner" | "staff", value: string) {
  try {
    (await cookies()).set(LAST_LOGIN_COOKIE, `${kind}:${value}`, { path: "/logowanie", maxAge: 600, httpOnly: true, sameSite: "lax" });
  } catch {
    // outside a request (tests): nothing to remember
  }
}

/** After a successful sign-in nothing typed is kept: on a shared computer the next person must not see it. */
async function forgetLogin() {
  try {
    (await cookies()).set(LAST_LOGIN_COOKIE, "", { path: "/logowanie", maxAge: 0, httpOnly: true, sameSite: "lax" });
  } catch {
    // outside a request (tests)
  }
}

async function attempt(
  kind: "learner" | "staff",
  account: string,
  secret: string,
  ip: string | null,
  find: () => Promise<{ id: string; displayName: string; active: boolean; sessionVersion: number; hash: string | null } | null>,
  viaClubDevice = false,
): Promise<SignedInUser | null> {
  const db = await getDb();
  const keys = signInKeys(`${kind}:${account}`, ip);
  const lockout = await checkLockout(db, keys);
  if (lockout.locked) {
    await audit(db, { action: "auth.sign-in-failed", details: { kind, account, reason: "locked", ip }, viaClubDevice });
    throw new SignInLockedError(lockout.retryAt);
  }
  const user = await find();
  const valid = user?.hash && user.active ? await verifySecret(user.hash, secret) : await verifySecret(await decoy(), secret).then(() => false);
  if (!user || !valid) {
    await recordFailure(db, keys);
    await audit(db, { action: "auth.sign-in-failed", actorId: user?.id, details: { kind, account, reason: "credentials", ip }, viaClubDevice });
    return null;
  }
  await clearFailures(db, keys[0]!);
  await forgetLogin();
  await audit(db, { action: "auth.sign-in", actorId: user.id, details: { kind, ip }, viaClubDevice });
  await db.user.update({ where: { id: user.id }, data: { lastSeenAt: new Date() } });
  return { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion };
}

export async function signInLearner(credentials: unknown, ip: string | null, viaClubDevice = false): Promise<SignedInUser | null> {
  const raw = credentials as { username?: string } | undefined;
  if (raw?.username) await rememberLogin("learner", String(raw.username).slice(0, 60));
  const parsed = learnerInput.safeParse(credentials);
  if (!parsed.success) return null;
  const { username, pin } = parsed.data;
  const db = await getDb();
  return attempt("learner", username, pin, ip, async () => {
    const user = await db.user.findUnique({ where: { username } });
    return user && { ...user, hash: user.pinHash };
  }, viaClubDevice);
}

export async function signInStaff(credentials: unknown, ip: string | null, viaClubDevice = false): Promise<SignedInUser | null> {
  const raw = credentials as { email?: string } | undefined;
  if (raw?.email) await rememberLogin("staff", String(raw.email).slice(0, 200));
  const parsed = staffInput.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  return attempt("staff", email, password, ip, async () => {
    const user = await db.user.findUnique({ where: { email } });
    return user && { ...user, hash: user.passwordHash };
  }, viaClubDevice);
}
