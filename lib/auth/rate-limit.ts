import type { Db } from "../db/client";

// Failed sign-ins per account and per IP address, counted in the database so the limit holds
// across app instances. Fixed 15-minute windows: at most 10 failures, then a wait.
export const SIGN_IN_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Failures allowed per IP address. 10 by default; a club whose computers share one public
 * address may raise it (SIGN_IN_IP_LIMIT), so a few typos in a full room lock out nobody else.
 */
export function ipLimit(): number {
  const configured = Number(process.env.SIGN_IN_IP_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : SIGN_IN_LIMIT;
}

export type Lockout = { locked: false } | { locked: true; retryAt: Date };

export function signInKeys(account: string, ip: string | null): string[] {
  const keys = [`sign-in:account:${account.trim().toLowerCase()}`];
  if (ip) keys.push(`sign-in:ip:${ip}`);
  return keys;
}

function limitFor(key: string): number {
  return key.startsWith("sign-in:ip:") ? ipLimit() : SIGN_IN_LIMIT;
}

export async function checkLockout(db: Db, keys: string[], now = new Date()): Promise<Lockout> {
  const active = await db.rateLimitBucket.findMany({ where: { key: { in: keys }, resetAt: { gt: now } } });
  const buckets = active.filter((bucket) => bucket.count >= limitFor(bucket.key));
  if (!buckets.length) return { locked: false };
  const retryAt = new Date(Math.max(...buckets.map((bucket) => bucket.resetAt.getTime())));
  return { locked: true, retryAt };
}

/**
 * Reserves one attempt in every bucket before the secret is checked: one statement per bucket
 * that counts and refuses in the same step, so 100 guesses sent at once cannot all reach the
 * hash check. A refused reservation leaves the bucket as it was; when one bucket refuses, the
 * ones already reserved are handed back. After the check a failure keeps its reservation
 * (it is the failure count) and a success releases it.
 */
export async function reserveAttempt(db: Db, keys: string[], now = new Date()): Promise<Lockout> {
  return reserveUses(db, keys, limitFor, SIGN_IN_WINDOW_MS, now);
}

/**
 * The same atomic reservation for any limited use (e.g. reports of mistakes): each key counts
 * at most `limitOf(key)` uses per `windowMs`, and a refusal hands back what was reserved.
 */
export async function reserveUses(db: Db, keys: string[], limitOf: (key: string) => number, windowMs: number, now = new Date()): Promise<Lockout> {
  const resetAt = new Date(now.getTime() + windowMs);
  const reserved: string[] = [];
  for (const key of keys) {
    const rows = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimitBucket"."resetAt" END
      WHERE "RateLimitBucket"."resetAt" <= ${now} OR "RateLimitBucket"."count" < ${limitOf(key)}
      RETURNING "count"`;
    if (rows.length) {
      reserved.push(key);
      continue;
    }
    for (const done of reserved) await releaseAttempt(db, done);
    const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
    return { locked: true, retryAt: bucket?.resetAt ?? resetAt };
  }
  return { locked: false };
}

/** Hands back a reservation that did not turn into a failure. */
export async function releaseAttempt(db: Db, key: string) {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Counts one failure in each bucket, atomically (one statement per bucket, safe under races). */
export async function recordFailure(db: Db, keys: string[], now = new Date()) {
  const resetAt = new Date(now.getTime() + SIGN_IN_WINDOW_MS);
  for (const key of keys) {
    await db.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimitBucket"."resetAt" END`;
  }
}

export async function clearFailures(db: Db, key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** "za 12 minut" — when a locked person may try again. */
export function minutesUntil(retryAt: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

/**
 * Counts one use of `key` in a fixed window and says whether it is over `limit`: one atomic
 * statement, so concurrent requests cannot slip past the count.
 */
export async function countUse(db: Db, key: string, limit: number, windowMs: number, now = new Date()): Promise<Lockout> {
  const resetAt = new Date(now.getTime() + windowMs);
  const [bucket] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  return bucket && bucket.count > limit ? { locked: true, retryAt: bucket.resetAt } : { locked: false };
}
