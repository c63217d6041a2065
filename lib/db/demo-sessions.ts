import type { Db } from "./client";
import type { seedDemoPeople } from "./demo-seed";

type Seeded = Awaited<ReturnType<typeof seedDemoPeople>>;

const DAY = 24 * 60 * 60 * 1000;
const polishDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * A few past club sessions in the log (who came, who needed help), by the group's educator:
 * [days ago, group, minutes, topics, attendees by index in the group, of whom needed help].
 */
const sessions: [number, 0 | 1, number, string, number[], number[]][] = [
  [21, 0, 90, "Pierwsze kroki: mysz, klawiatura, przeglądarka", [0, 1, 2, 3, 4], [2, 4]],
  [14, 0, 90, "Oszustwa przez SMS i telefon", [0, 1, 3, 4, 5], [1]],
  [9, 1, 120, "Profil zaufany i mObywatel", [0, 1, 2, 4], [0, 2]],
  [7, 0, 60, "Rozmowa wideo z rodziną", [0, 2, 3, 5], [3]],
];

/** Idempotent: the log is written once, when the club has no sessions yet. */
export async function seedDemoSessions(db: Db, seeded: Seeded, now = new Date()): Promise<void> {
  const clubId = seeded.club.id;
  if (await db.clubSession.count({ where: { clubId } })) return;
  const educators = [seeded.users.get("marek.nowak")?.id, seeded.users.get("ewa.zielinska")?.id];
  const members = await db.groupMember.findMany({ where: { groupId: { in: seeded.groups.map((group) => group.id) } }, select: { groupId: true, userId: true }, orderBy: { user: { username: "asc" } } });
  for (const [daysAgo, group, minutes, topics, attendees, helped] of sessions) {
    const inGroup = members.filter((member) => member.groupId === seeded.groups[group]?.id).map((member) => member.userId);
    const date = new Date(`${polishDay.format(new Date(now.getTime() - daysAgo * DAY))}T00:00:00Z`);
    await db.clubSession.create({
      data: {
        clubId,
        educatorId: educators[group],
        date,
        durationMinutes: minutes,
        topics,
        attendance: {
          create: attendees
            .map((index) => ({ userId: inGroup[index], neededHelp: helped.includes(index) }))
            .filter((row): row is { userId: string; neededHelp: boolean } => row.userId !== undefined),
        },
      },
    });
  }
}

/** The club's own path given to the first group, so the dashboard has assigned work to show. */
export async function seedDemoAssignment(db: Db, seeded: Seeded, pathTitle: string): Promise<void> {
  const clubId = seeded.club.id;
  const group = seeded.groups[0];
  if (!group || (await db.assignment.count({ where: { clubId } }))) return;
  const path = await db.lessonPath.findFirst({ where: { clubId, slug: null, title: pathTitle } });
  if (!path) return;
  await db.assignment.create({ data: { clubId, pathId: path.id, groupId: group.id, assignedById: seeded.users.get("marek.nowak")?.id } });
}
