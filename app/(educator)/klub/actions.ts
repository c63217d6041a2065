"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getActor, ACTIVE_CLUB_COOKIE } from "@/lib/auth/actor";
import { staffClubIds } from "@/lib/access/policy";
import { safeReturnPath } from "@/lib/preferences";

/** The club switcher: which club a person who works in several acts for. */
export async function switchClub(form: FormData) {
  const actor = await getActor();
  const clubId = String(form.get("clubId") ?? "");
  if (actor && staffClubIds(actor).includes(clubId)) {
    (await cookies()).set(ACTIVE_CLUB_COOKIE, clubId, { path: "/", sameSite: "lax", httpOnly: true, secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false, maxAge: 400 * 24 * 60 * 60 });
  }
  redirect(safeReturnPath(form.get("wroc")));
}
