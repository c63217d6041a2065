import { z } from "zod";
import { gminaCodeSchema, voivodeshipByCode } from "../areas/teryt";
import { audit } from "../auth/audit";
import { SIGN_IN_LIMIT, signInKeys } from "../auth/rate-limit";
import { displayNameSchema, staffPasswordSchema } from "../auth/credentials";
import { hashSecret, hashToken, randomToken, verifySecret } from "../auth/secrets";
import type { Db } from "../db/client";
import type { ClubRole } from "../db/generated/enums";
import { assertCan, NotFoundError } from "./guard";
import { type Actor } from "./policy";

export const voivodeships = {
  DOLNOSLASKIE: "dolnośląskie",
  KUJAWSKO_POMORSKIE: "kujawsko-pomorskie",
  LUBELSKIE: "lubelskie",
  LUBUSKIE: "lubuskie",
  LODZKIE: "łódzkie",
  MALOPOLSKIE: "małopolskie",
  MAZOWIECKIE: "mazowieckie",
  OPOLSKIE: "opolskie",
  PODKARPACKIE: "podkarpackie",
  PODLASKIE: "podlaskie",
  POMORSKIE: "pomorskie",
  SLASKIE: "śląskie",
  SWIETOKRZYSKIE: "świętokrzyskie",
  WARMINSKO_MAZURSKIE: "warmińsko-mazurskie",
  WIELKOPOLSKIE: "wielkopolskie",
  ZACHODNIOPOMORSKIE: "zachodniopomorskie",
} as const;

export const clubKinds = {
  LIBRARY: "Biblioteka publiczna",
  CULTURE_HOUSE: "Dom kultury",
  UNIVERSITY_OF_THIRD_AGE: "Uniwersytet Trzeciego Wieku",
  OTHER: "Inne miejsce",
} as const;

const required = (message: string) => z.string().trim().min(1, message).max(200, "Ten tekst jest za długi.");

export const clubFormSchema = z.object({
  name: required("Wpisz nazwę klubu."),
  kind: z.enum(Object.keys(clubKinds) as [keyof typeof clubKinds], { message: "Wybierz rodzaj miejsca." }),
  addressLine: required("Wpisz ulicę i numer."),
  postalCode: z.string().trim().regex(/^\d{2}-\d{3}$/, "Kod pocztowy ma postać 00-000."),
  city: required("Wpisz miejscowość."),
  gmina: required("Wpisz gminę."),
  powiat: required("Wpisz powiat."),
  voivodeship: z.enum(Object.keys(voivodeships) as [keyof typeof voivodeships], { message: "Wybierz województwo." }),
  terytCode: gminaCodeSchema,
}).superRefine((club, context) => {
  // The code's first two digits name the voivodeship: a mismatch is a typo in one of them.
  const ofCode = voivodeshipByCode.get(club.terytCode.slice(0, 2));
  if (ofCode && ofCode !== club.voivodeship) {
    context.addIssue({
      code: "custom",
      path: ["terytCode"],
      message: `Ten kod TERYT należy do województwa ${voivodeships[ofCode]}, a wybrane jest inne. Sprawdź kod albo województwo.`,
    });
  }
});

/** Admins see every club with aggregate figures only: no names of learners, no personal data. */
export async function listClubsWithFigures(db: Db, actor: Actor) {
  assertCan(actor, "club.list-all", { kind: "global" });
  const clubs = await db.club.findMany({ orderBy: { name: "asc" } });
  const counts = await db.membership.groupBy({ by: ["clubId", "role"], _count: true });
  return clubs.map((club) => {
    const count = (role: ClubRole) => counts.find((row) => row.clubId === club.id && row.role === role)?._count ?? 0;
    return { ...club, learners: count("LEARNER"), educators: count("EDUCATOR"), managers: count("MANAGER") };
  });
}

/** A code learners type to join; random, so it must be checked against the clubs that exist. */
export function joinCode(name: string) {
  const stem = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/gi, "l")
    .toUpperCase()
    .replace(/[^A-Z]/g, "")
    .slice(0, 6);
  return `${stem || "KLUB"}-${randomToken(4).toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 4)}`;
}

export async function createClub(db: Db, actor: Actor, input: z.infer<typeof clubFormSchema>) {
  assertCan(actor, "club.create", { kind: "global" });
  const club = await db.club.create({ data: { ...input, joinCode: joinCode(input.name) } });
  await audit(db, { action: "club.create", actorId: actor.userId, clubId: club.id, targetType: "club", targetId: club.id });
  return club;
}

export async function getClub(db: Db, actor: Actor, clubId: string) {
  assertCan(actor, "club.view", { kind: "club", clubId });
  const club = await db.club.findUnique({ where: { id: clubId } });
  if (!club) throw new NotFoundError("club");
  return club;
}

const staffLockKey = (email: string) => signInKeys(`staff:${email}`, null)[0]!;

export async function listStaff(db: Db, actor: Actor, clubId: string, now = new Date()) {
  assertCan(actor, "educator.list", { kind: "club", clubId });
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { clubId, role: { in: ["EDUCATOR", "MANAGER"] } },
      include: { user: { select: { id: true, displayName: true, email: true, lastSeenAt: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.invitation.findMany({ where: { clubId, acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" } }),
  ]);
  const emails = memberships.flatMap(({ user }) => (user.email ? [user.email] : []));
  const locks = await db.rateLimitBucket.findMany({
    where: { key: { in: emails.map(staffLockKey) }, count: { gte: SIGN_IN_LIMIT }, resetAt: { gt: now } },
  });
  const lockedUntil = new Map(locks.map((bucket) => [bucket.key, bucket.resetAt]));
  const members = memberships.map((membership) => ({
    ...membership,
    signInLockedUntil: membership.user.email ? (lockedUntil.get(staffLockKey(membership.user.email)) ?? null) : null,
  }));
  return { members, invitations };
}

/**
 * Ten wrong passwords from anywhere lock a staff account for 15 minutes. The rightful person
 * asks their club's manager, who lifts the lock (audited); the next ten guesses lock it again,
 * so the brute-force bound holds. Returns whether there was a lock to lift.
 */
export async function liftStaffSignInLock(db: Db, actor: Actor, clubId: string, userId: string): Promise<boolean> {
  assertCan(actor, "educator.unlock-sign-in", { kind: "club", clubId });
  const member = await db.membership.findFirst({
    where: { clubId, userId, role: { in: ["EDUCATOR", "MANAGER"] } },
    select: { user: { select: { email: true } } },
  });
  if (!member?.user.email) throw new NotFoundError("staff member");
  const lifted = await db.rateLimitBucket.deleteMany({ where: { key: staffLockKey(member.user.email) } });
  if (!lifted.count) return false;
  await audit(db, { action: "educator.unlock-sign-in", actorId: actor.userId, clubId, targetType: "user", targetId: userId });
  return true;
}

export const INVITATION_DAYS = 7;

export const invitationFormSchema = z.object({
  email: z.string().trim().toLowerCase().email("Wpisz adres e-mail, na przykład anna.nowak@biblioteka.pl."),
});

/** A one-time link: administrators invite managers, managers invite educators. */
export async function inviteToClub(db: Db, actor: Actor, clubId: string, role: "MANAGER" | "EDUCATOR", email: string, siteUrl: string) {
  assertCan(actor, role === "MANAGER" ? "club.invite-manager" : "educator.invite", { kind: "club", clubId });
  const token = randomToken(32);
  const invitation = await db.invitation.create({
    data: {
      clubId,
      role,
      email: email.toLowerCase(),
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      invitedById: actor.userId,
    },
  });
  await audit(db, { action: "invitation.create", actorId: actor.userId, clubId, targetType: "invitation", targetId: invitation.id, details: { role } });
  return { invitation, link: new URL(`/zaproszenie/${token}`, siteUrl).toString() };
}

export async function findInvitation(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { club: true } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null;
  const existing = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, accountExists: Boolean(existing) };
}

export const acceptNewSchema = z.object({ displayName: displayNameSchema, password: staffPasswordSchema });
export const acceptExistingSchema = z.object({ password: z.string().min(1, "Wpisz swoje hasło.") });

export class WrongPasswordError extends Error {}

/** Accepting: a new staff account, or an existing one (confirmed by its password) joins the club. */
export async function acceptInvitation(db: Db, token: string, form: { displayName?: string; password: string }) {
  const invitation = await findInvitation(db, token);
  if (!invitation) throw new NotFoundError("invitation");
  const existing = await db.user.findUnique({ where: { email: invitation.email } });
  let userId: string;
  if (existing) {
    if (!existing.passwordHash || !(await verifySecret(existing.passwordHash, form.password))) throw new WrongPasswordError();
    userId = existing.id;
  } else {
    const username = `${invitation.email.split("@")[0]!.replace(/[^a-z0-9._-]/g, "")}.${randomToken(3).toLowerCase().replace(/[^a-z0-9]/g, "x")}`;
    const user = await db.user.create({
      data: { displayName: form.displayName ?? invitation.email, email: invitation.email, username, passwordHash: await hashSecret(form.password) },
    });
    userId = user.id;
  }
  await db.$transaction([
    db.membership.upsert({
      where: { userId_clubId_role: { userId, clubId: invitation.clubId, role: invitation.role } },
      update: {},
      create: { userId, clubId: invitation.clubId, role: invitation.role },
    }),
    db.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } }),
  ]);
  await audit(db, { action: "invitation.accept", actorId: userId, clubId: invitation.clubId, targetType: "invitation", targetId: invitation.id });
  await audit(db, { action: "membership.role-change", actorId: userId, clubId: invitation.clubId, targetType: "user", targetId: userId, details: { role: invitation.role } });
  return { userId, email: invitation.email };
}

/** The signed-in person's own club, for "who to ask" on the help page (public club details only). */
export async function ownClubContact(db: Db, actor: Actor | null) {
  const clubId = actor?.activeClubId;
  if (!actor || !clubId || !actor.memberships.some((m) => m.clubId === clubId)) return null;
  const club = await db.club.findUnique({ where: { id: clubId } });
  if (!club) return null;
  return {
    name: club.name,
    phone: club.contactPhone,
    email: club.contactEmail,
    openingHours: club.openingHours,
    address: `${club.addressLine}, ${club.postalCode} ${club.city}`,
  };
}
