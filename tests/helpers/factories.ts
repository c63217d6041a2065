import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";

// Rows the database tests need again and again, made through Prisma as the app would.

let unique = 0;
/** A suffix no other row of this test file has used. */
export const uniqueSuffix = () => `${++unique}`;

export async function testClub(db: Db, name: string) {
  return db.club.create({
    data: {
      name,
      kind: "LIBRARY",
      addressLine: "ul. Szkolna 1",
      postalCode: "00-001",
      city: `Miasto ${name}`,
      gmina: name,
      powiat: "p",
      voivodeship: "MAZOWIECKIE",
      joinCode: `JOIN-${uniqueSuffix()}`,
    },
  });
}

/** An educator or manager of one club, as the access layer sees them. */
export async function testStaff(db: Db, name: string, clubId: string, role: "EDUCATOR" | "MANAGER"): Promise<Actor> {
  const username = `${name.toLowerCase().replace(/\W+/g, ".")}.${uniqueSuffix()}`;
  const user = await db.user.create({ data: { displayName: name, username, memberships: { create: { clubId, role } } } });
  return { userId: user.id, displayName: name, username, isAdmin: false, memberships: [{ clubId, clubName: "", role }], activeClubId: clubId };
}
