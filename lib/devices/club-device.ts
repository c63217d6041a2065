import { z } from "zod";
import { hashToken } from "../auth/secrets";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

// A club device is a browser that staff marked as the club's own computer. The mark is a
// long-lived cookie holding a random token (only its SHA-256 is stored), so it cannot be forged
// and a revoked device is ordinary again at its next request. On a club device a sign-in lasts
// while the browser is open and ends after a short time without activity (lib/devices/sessions.ts).
// This file is the lookup alone, so the audit log and sign-in can use it; marking and revoking,
// which need the access guard, are in lib/devices/manage.ts.

export const DEVICE_COOKIE = "kc-komputer-klubu";
/** Browsers keep a cookie at most 400 days; the device is listed and revocable meanwhile. */
export const DEVICE_COOKIE_MAX_AGE = 400 * 24 * 60 * 60;

export type ClubDeviceMark = { id: string; clubId: string; name: string; clubName: string };

/** Minutes of inactivity after which a session on a club device ends (CLUB_DEVICE_IDLE_SECONDS for tests). */
export function deviceIdleSeconds(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.CLUB_DEVICE_IDLE_SECONDS);
  return Number.isInteger(configured) && configured >= 20 ? configured : 15 * 60;
}

/** The warning comes a minute before the end (a third of the time when the limit is short). */
export function deviceWarningSeconds(idleSeconds: number): number {
  return Math.min(60, Math.floor(idleSeconds / 3));
}

/** "<device id>.<token>" as the cookie holds it; anything else is no device. */
export function parseDeviceCookie(value: string | undefined): { id: string; token: string } | null {
  const match = /^([a-z0-9]{20,40})\.([A-Za-z0-9_-]{40,60})$/.exec(value ?? "");
  return match ? { id: match[1]!, token: match[2]! } : null;
}

export async function findClubDevice(db: Db | Prisma.TransactionClient, cookieValue: string | undefined): Promise<ClubDeviceMark | null> {
  const parsed = parseDeviceCookie(cookieValue);
  if (!parsed) return null;
  const device = await db.clubDevice.findUnique({ where: { id: parsed.id }, include: { club: { select: { name: true } } } });
  if (!device || device.revokedAt || device.tokenHash !== hashToken(parsed.token)) return null;
  return { id: device.id, clubId: device.clubId, name: device.name, clubName: device.club.name };
}

export const deviceNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Nazwij ten komputer, np. „Komputer przy oknie” albo „Tablet 2”.")
    .max(60, "Nazwa może mieć najwyżej 60 znaków."),
});
