import { isIP } from "node:net";
import { cookies } from "next/headers";
import { CLIENT_IP_HEADER } from "../../scripts/client-ip.mjs";
import { z } from "zod";
import { getDb, type Db } from "../db/client";
import { audit } from "./audit";
import { pinSchema } from "./credentials";
import { clearFailures, releaseAttempt, reserveAttempt, signInKeys } from "./rate-limit";
import { hashSecret, hashToken, verifySecret } from "./secrets";

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

/**
 * The client's address as our server (scripts/server.mjs) worked it out from the socket and
 * TRUSTED_PROXY_HOPS. X-Forwarded-For itself is never read here: a client can write anything in it.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const address = (Array.isArray(value) ? value[0] : value)?.trim();
  return address && isIP(address) ? address : null;
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

type Account = { id: string; displayName: string; active: boolean; sessionVersion: number; hash: string | null; loginCardTokenHash?: string | null };

export type SignInRequest = {
  kind: "learner" | "staff";
  account: string;
  secret: string;
  ip: string | null;
  viaClubDevice?: boolean;
  /** The login card's token, sent by the form the card's QR code opens. */
  cardToken?: string;
};

/**
 * The rate-limit buckets of one attempt. Someone holding the learner's own login card (a 256-bit
 * token only the card carries) is counted apart from guesses typed with the bare username, so a
 * stranger's wrong PINs cannot lock the rightful person out; the card's own bucket still bounds
 * guesses made with a stolen card.
 */
function bucketsFor(request: SignInRequest, user: Account | null): string[] {
  const holdsCard = Boolean(request.cardToken && user?.loginCardTokenHash && user.loginCardTokenHash === hashToken(request.cardToken));
  return signInKeys(holdsCard ? `card:${user!.id}` : `${request.kind}:${request.account}`, request.ip);
}

/**
 * One sign-in: the attempt is reserved in the rate-limit buckets before the secret is checked
 * (reserveAttempt), so concurrent guesses cannot outrun the limit.
 */
export async function attemptSignIn(
  db: Db,
  request: SignInRequest,
  find: () => Promise<Account | null>,
  verify: (hash: string, secret: string) => Promise<boolean> = verifySecret,
): Promise<SignedInUser | null> {
  const { kind, account, secret, ip, viaClubDevice = false } = request;
  const user = await find();
  const keys = bucketsFor(request, user);
  const lockout = await reserveAttempt(db, keys);
  if (lockout.locked) {
    await audit(db, { action: "auth.sign-in-failed", actorId: user?.id, details: { kind, account, reason: "locked", ip }, viaClubDevice });
    throw new SignInLockedError(lockout.retryAt);
  }
  const valid = user?.hash && user.active ? await verify(user.hash, secret) : await verify(await decoy(), secret).then(() => false);
  if (!user || !valid) {
    await audit(db, { action: "auth.sign-in-failed", actorId: user?.id, details: { kind, account, reason: "credentials", ip }, viaClubDevice });
    return null;
  }
  await clearFailures(db, keys[0]!);
  for (const key of keys.slice(1)) await releaseAttempt(db, key);
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
  const cardToken = typeof (credentials as { card?: unknown })?.card === "string" ? String((credentials as { card: string }).card).slice(0, 200) : undefined;
  return attemptSignIn(db, { kind: "learner", account: username, secret: pin, ip, viaClubDevice, cardToken }, async () => {
    const user = await db.user.findUnique({ where: { username } });
    return user && { ...user, hash: user.pinHash };
  });
}

export async function signInStaff(credentials: unknown, ip: string | null, viaClubDevice = false): Promise<SignedInUser | null> {
  const raw = credentials as { email?: string } | undefined;
  if (raw?.email) await rememberLogin("staff", String(raw.email).slice(0, 200));
  const parsed = staffInput.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  return attemptSignIn(db, { kind: "staff", account: email, secret: password, ip, viaClubDevice }, async () => {
    const user = await db.user.findUnique({ where: { email } });
    return user && { ...user, hash: user.passwordHash };
  });
}
