import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { audit } from "../auth/audit";
import { displayNameSchema, generatePin, usernameFromName, usernameSchema } from "../auth/credentials";
import { signInKeys } from "../auth/rate-limit";
import { hashSecret, hashToken, randomToken } from "../auth/secrets";
import { assertCan, NotFoundError } from "./guard";
import { staffClubIds, type Actor } from "./policy";
import { readableLearners } from "./learner-scope";
import { sameNameLearners, SameNameError } from "./same-name";
import { z } from "zod";

export { readableLearners };

export async function listLearners(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "learner.list", { kind: "club", clubId });
  return db.user.findMany({
    where: readableLearners(actor, clubId),
    // Namesakes stay in one order, told apart by username.
    orderBy: [{ active: "desc" }, { displayName: "asc" }, { username: "asc" }],
    select: {
      id: true,
      displayName: true,
      username: true,
      active: true,
      lastSeenAt: true,
      loginCardIssuedAt: true,
      groupMemberships: { select: { group: { select: { id: true, name: true, clubId: true } } } },
    },
  });
}

/** One learner, or NotFoundError when they do not exist or belong to no club of the actor. */
export async function getLearner(db: Db, actor: Actor, learnerId: string) {
  const learner = await db.user.findFirst({
    where: { id: learnerId, ...readableLearners(actor) },
    include: { memberships: true, groupMemberships: { include: { group: true } } },
  });
  if (!learner) throw new NotFoundError("learner");
  const clubIds = learner.memberships.filter((m) => m.role === "LEARNER").map((m) => m.clubId);
  assertCan(actor, "learner.view", { kind: "learner", userId: learner.id, clubIds });
  return { ...learner, clubIds };
}

export const learnerFormSchema = z.object({
  displayName: displayNameSchema,
  username: z.union([z.literal(""), usernameSchema]).optional(),
  groupId: z.string().optional(),
  /** „To inna osoba — dodaj”: the educator confirmed that a learner of the same name is someone else. */
  potwierdzam: z.string().optional(),
});

export class UsernameTakenError extends Error {
  constructor(readonly suggestion: string) {
    super("username taken");
  }
}

export async function freeUsername(db: Db | Prisma.TransactionClient, wanted: string, reserved: ReadonlySet<string> = new Set()): Promise<string> {
  for (let n = 0; n < 50; n++) {
    const candidate = n === 0 ? wanted : `${wanted}${n + 1}`;
    if (reserved.has(candidate)) continue;
    if (!(await db.user.findUnique({ where: { username: candidate }, select: { id: true } }))) return candidate;
  }
  return `${wanted}.${randomToken(3).toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

/**
 * Creates a learner in the club with a random PIN, returned once for the educator to hand over.
 * A learner of the same name in the club: SameNameError, until the educator confirms (`potwierdzam`).
 */
export async function createLearner(db: Db, actor: Actor, clubId: string, input: z.infer<typeof learnerFormSchema>) {
  assertCan(actor, "learner.create", { kind: "club", clubId });
  if (input.potwierdzam !== "tak") {
    const same = await sameNameLearners(db, actor, clubId, [input.displayName]);
    if (same.size) throw new SameNameError(same);
  }
  const username = input.username || (await freeUsername(db, usernameFromName(input.displayName)));
  if (input.username && (await db.user.findUnique({ where: { username }, select: { id: true } }))) {
    throw new UsernameTakenError(await freeUsername(db, username));
  }
  const pin = generatePin();
  const group = input.groupId ? await db.group.findFirst({ where: { id: input.groupId, clubId } }) : null;
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        displayName: input.displayName,
        username,
        pinHash: await hashSecret(pin),
        memberships: { create: { clubId, role: "LEARNER" } },
        groupMemberships: group ? { create: { groupId: group.id } } : undefined,
      },
    });
    await audit(tx, { action: "learner.create", actorId: actor.userId, clubId, targetType: "user", targetId: created.id });
    return created;
  });
  return { user, pin };
}

export async function updateLearner(db: Db, actor: Actor, learnerId: string, input: z.infer<typeof learnerFormSchema>) {
  const learner = await getLearner(db, actor, learnerId);
  assertCan(actor, "learner.update", { kind: "learner", userId: learner.id, clubIds: learner.clubIds });
  if (input.username && input.username !== learner.username) {
    const taken = await db.user.findUnique({ where: { username: input.username }, select: { id: true } });
    if (taken) throw new UsernameTakenError(await freeUsername(db, input.username));
  }
  const updated = await db.user.update({
    where: { id: learner.id },
    data: { displayName: input.displayName, username: input.username || learner.username },
  });
  await audit(db, { action: "learner.update", actorId: actor.userId, clubId: actor.activeClubId, targetType: "user", targetId: learner.id });
  return updated;
}

export async function resetPin(db: Db, actor: Actor, learnerId: string) {
  const learner = await getLearner(db, actor, learnerId);
  assertCan(actor, "learner.reset-pin", { kind: "learner", userId: learner.id, clubIds: learner.clubIds });
  const pin = generatePin();
  // A new PIN also ends sessions signed in with the old one.
  await db.user.update({ where: { id: learner.id }, data: { pinHash: await hashSecret(pin), sessionVersion: { increment: 1 } } });
  // Strangers' guesses at the old PIN mean nothing for the new one: the educator who hands it
  // over also lifts a sign-in lock on the username (audited below).
  const [lockKey] = signInKeys(`learner:${learner.username}`, null);
  const lifted = await db.rateLimitBucket.deleteMany({ where: { key: lockKey! } });
  await audit(db, {
    action: "learner.reset-pin",
    actorId: actor.userId,
    clubId: actor.activeClubId,
    targetType: "user",
    targetId: learner.id,
    ...(lifted.count ? { details: { signInLockLifted: true } } : {}),
  });
  return { learner, pin };
}

export async function setLearnerActive(db: Db, actor: Actor, learnerId: string, active: boolean) {
  const learner = await getLearner(db, actor, learnerId);
  assertCan(actor, "learner.deactivate", { kind: "learner", userId: learner.id, clubIds: learner.clubIds });
  await db.user.update({
    where: { id: learner.id },
    data: { active, ...(active ? {} : { sessionVersion: { increment: 1 }, loginCardTokenHash: null }) },
  });
  await audit(db, {
    action: active ? "learner.reactivate" : "learner.deactivate",
    actorId: actor.userId,
    clubId: actor.activeClubId,
    targetType: "user",
    targetId: learner.id,
  });
}

/**
 * New login cards: a fresh random token (256 bits) per learner, stored hashed; the previous
 * card stops working. Returns what the printed card shows.
 */
export async function issueLoginCards(db: Db, actor: Actor, learnerIds: string[], siteUrl: string) {
  const cards = [];
  // The actor's clubs, read once: a whole group prints in one go.
  const clubs = await db.club.findMany({ where: { id: { in: staffClubIds(actor) } } });
  for (const learnerId of learnerIds) {
    const learner = await getLearner(db, actor, learnerId);
    assertCan(actor, "learner.print-card", { kind: "learner", userId: learner.id, clubIds: learner.clubIds });
    if (!learner.active) continue;
    const token = randomToken(32);
    await db.user.update({ where: { id: learner.id }, data: { loginCardTokenHash: hashToken(token), loginCardIssuedAt: new Date() } });
    await audit(db, { action: "learner.print-card", actorId: actor.userId, clubId: actor.activeClubId, targetType: "user", targetId: learner.id });
    const club = clubs.find((candidate) => learner.clubIds.includes(candidate.id));
    cards.push({
      displayName: learner.displayName,
      username: learner.username,
      clubName: club?.name ?? "",
      clubPlace: club ? `${club.city}, gmina ${club.gmina}` : "",
      signInUrl: loginCardUrl(siteUrl, learner.username, token),
    });
  }
  return cards;
}

export function loginCardUrl(siteUrl: string, username: string, token: string): string {
  const url = new URL("/logowanie/karta", siteUrl);
  url.searchParams.set("u", username);
  url.searchParams.set("t", token);
  return url.toString();
}

/** The card's QR: the learner's username when the token is the current one, else null (reprinted). */
export async function readLoginCard(db: Db, username: string, token: string) {
  const user = await db.user.findUnique({ where: { username: username.toLowerCase() } });
  if (!user || !user.active || !user.loginCardTokenHash || user.loginCardTokenHash !== hashToken(token)) return null;
  return { username: user.username, displayName: user.displayName };
}
