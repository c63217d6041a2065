import { hashSecret } from "../auth/secrets";
import type { Db } from "./client";
import type { ClubRole } from "./generated/client";

// Demo data only: `npm run demo` and the browser tests use it; production start never seeds.
export const DEMO_STAFF_PASSWORD = "Klub-Cyfrowy-Demo-2026";
export const DEMO_LEARNER_PIN = "246810";

export const demoClub = {
  name: "Klub Rozwoju Cyfrowego w Gminnej Bibliotece Publicznej w Lipowej",
  kind: "LIBRARY",
  addressLine: "ul. Szkolna 4",
  postalCode: "34-324",
  city: "Lipowa",
  gmina: "Lipowa",
  powiat: "żywiecki",
  voivodeship: "SLASKIE",
  terytCode: "2417052",
  joinCode: "LIPOWA-2026",
  contactEmail: "klub@demo.klubcyfrowy.pl",
  openingHours: "poniedziałek–piątek 9:00–17:00, sobota 9:00–13:00",
} as const;

type DemoPerson = { username: string; displayName: string; email?: string; role: ClubRole | "ADMIN" | "EDITOR" | "COORDINATOR"; area?: string };

export const demoStaff: DemoPerson[] = [
  { username: "admin", displayName: "Katarzyna Mazur", email: "admin@demo.klubcyfrowy.pl", role: "ADMIN" },
  { username: "anna.wisniewska", displayName: "Anna Wiśniewska", email: "kierownik@demo.klubcyfrowy.pl", role: "MANAGER" },
  { username: "marek.nowak", displayName: "Marek Nowak", email: "edukator@demo.klubcyfrowy.pl", role: "EDUCATOR" },
  { username: "ewa.zielinska", displayName: "Ewa Zielińska", email: "edukatorka@demo.klubcyfrowy.pl", role: "EDUCATOR" },
  // Global, like the administrator: reviews reports of mistakes on /redakcja, belongs to no club.
  { username: "piotr.lis", displayName: "Piotr Lis", email: "redaktor@demo.klubcyfrowy.pl", role: "EDITOR" },
  // A regional coordinator of Podlaskie (TERYT 20): figures of the clubs there on /raporty, no club, no learner.
  { username: "jan.kowalczyk", displayName: "Jan Kowalczyk", email: "koordynator@demo.klubcyfrowy.pl", role: "COORDINATOR", area: "20" },
];

export const demoLearners: { username: string; displayName: string; group: 0 | 1 }[] = [
  { username: "zofia.kowalska", displayName: "Zofia Kowalska", group: 0 },
  { username: "stanislaw.wojcik", displayName: "Stanisław Wójcik", group: 0 },
  { username: "halina.kaminska", displayName: "Halina Kamińska", group: 0 },
  { username: "jozef.lewandowski", displayName: "Józef Lewandowski", group: 0 },
  { username: "krystyna.dabrowska", displayName: "Krystyna Dąbrowska", group: 0 },
  { username: "tadeusz.zajac", displayName: "Tadeusz Zając", group: 0 },
  { username: "danuta.krol", displayName: "Danuta Król", group: 1 },
  { username: "jerzy.pawlowski", displayName: "Jerzy Pawłowski", group: 1 },
  { username: "barbara.michalska", displayName: "Barbara Michalska", group: 1 },
  { username: "ryszard.grabowski", displayName: "Ryszard Grabowski", group: 1 },
  { username: "teresa.jablonska", displayName: "Teresa Jabłońska", group: 1 },
  { username: "wladyslaw.wieczorek", displayName: "Władysław Wieczorek", group: 1 },
];

export const demoGroups = ["Wtorki 10:00 — pierwsze kroki", "Czwartki 16:00 — urząd w telefonie"] as const;

/**
 * Creates the demo club, staff, learners and groups. Idempotent: every row is found by its
 * natural key and left as it is when it already exists, so a second run changes nothing.
 */
export async function seedDemoPeople(db: Db) {
  const club = await db.club.upsert({ where: { joinCode: demoClub.joinCode }, update: {}, create: demoClub });

  const [staffHash, pinHash] = await Promise.all([hashSecret(DEMO_STAFF_PASSWORD), hashSecret(DEMO_LEARNER_PIN)]);
  const users = new Map<string, { id: string }>();

  for (const person of demoStaff) {
    const user = await db.user.upsert({
      where: { username: person.username },
      update: {},
      create: {
        username: person.username,
        displayName: person.displayName,
        email: person.email,
        passwordHash: staffHash,
        isAdmin: person.role === "ADMIN",
        isEditor: person.role === "EDITOR",
      },
    });
    users.set(person.username, user);
    if (person.role === "COORDINATOR") {
      if (!person.area) continue;
      await db.coordinatorArea.upsert({
        where: { userId_terytCode: { userId: user.id, terytCode: person.area } },
        update: {},
        create: { userId: user.id, terytCode: person.area },
      });
    } else if (person.role !== "ADMIN" && person.role !== "EDITOR") {
      const role: ClubRole = person.role;
      await db.membership.upsert({
        where: { userId_clubId_role: { userId: user.id, clubId: club.id, role } },
        update: {},
        create: { userId: user.id, clubId: club.id, role },
      });
    }
  }

  const groups = [];
  for (const [index, name] of demoGroups.entries()) {
    const educator = users.get(index === 0 ? "marek.nowak" : "ewa.zielinska");
    groups.push(
      await db.group.upsert({
        where: { clubId_name: { clubId: club.id, name } },
        update: {},
        create: { clubId: club.id, name, createdById: educator?.id },
      }),
    );
  }

  const learners = [];
  for (const person of demoLearners) {
    const user = await db.user.upsert({
      where: { username: person.username },
      update: {},
      create: { username: person.username, displayName: person.displayName, pinHash },
    });
    await db.membership.upsert({
      where: { userId_clubId_role: { userId: user.id, clubId: club.id, role: "LEARNER" } },
      update: {},
      create: { userId: user.id, clubId: club.id, role: "LEARNER" },
    });
    const group = groups[person.group];
    if (group) {
      await db.groupMember.upsert({
        where: { groupId_userId: { groupId: group.id, userId: user.id } },
        update: {},
        create: { groupId: group.id, userId: user.id },
      });
    }
    learners.push(user);
  }

  return { club, users, groups, learners };
}
