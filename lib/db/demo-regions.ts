import { periodQuerySchema, resolvePeriod } from "../reports/programme/period";
import type { Db } from "./client";
import type { DemoLesson } from "./demo-progress";

// Three small clubs in two other voivodeships, so /raporty has areas to compare on a fresh
// `npm run demo`: Supraśl (Podlaskie) learned with help last quarter and is active now;
// Michałowo (Podlaskie) has been idle for months; Mszczonów (Mazowieckie) learns alone.
// Learners here have no PIN: nobody signs in as them, they exist to be counted.

const DAY = 24 * 60 * 60 * 1000;

export const demoRegionClubs = [
  {
    key: "suprasl",
    club: { name: "Klub Rozwoju Cyfrowego w Bibliotece w Supraślu", kind: "LIBRARY", addressLine: "ul. Piłsudskiego 4", postalCode: "16-030", city: "Supraśl", gmina: "Supraśl", powiat: "białostocki", voivodeship: "PODLASKIE", terytCode: "2002113", joinCode: "SUPRASL-2026", contactPhone: "85 718 30 01", contactEmail: "klub@suprasl.demo.klubcyfrowy.pl" },
    learners: 7,
    helpedLastQuarter: 6,
    activeNow: true,
  },
  {
    key: "michalowo",
    club: { name: "Klub Rozwoju Cyfrowego w Domu Kultury w Michałowie", kind: "CULTURE_HOUSE", addressLine: "ul. Białostocka 13", postalCode: "16-050", city: "Michałowo", gmina: "Michałowo", powiat: "białostocki", voivodeship: "PODLASKIE", terytCode: "2002083", joinCode: "MICHALOWO-2026", contactPhone: "85 718 90 02", contactEmail: "klub@michalowo.demo.klubcyfrowy.pl" },
    learners: 3,
    helpedLastQuarter: 0,
    activeNow: false,
  },
  {
    key: "mszczonow",
    club: { name: "Klub Rozwoju Cyfrowego na Uniwersytecie Trzeciego Wieku w Mszczonowie", kind: "UNIVERSITY_OF_THIRD_AGE", addressLine: "pl. Piłsudskiego 1", postalCode: "96-320", city: "Mszczonów", gmina: "Mszczonów", powiat: "żyrardowski", voivodeship: "MAZOWIECKIE", terytCode: "1438043", joinCode: "MSZCZONOW-2026", contactPhone: "46 858 28 03", contactEmail: "klub@mszczonow.demo.klubcyfrowy.pl" },
    learners: 6,
    helpedLastQuarter: 0,
    activeNow: true,
  },
] as const;

/** Idempotent: a club that already has learners is left as it is. */
export async function seedDemoRegions(db: Db, lessons: DemoLesson[], now = new Date()): Promise<void> {
  const [first, second] = lessons;
  if (!first || !second) return;
  const lastQuarter = resolvePeriod(periodQuerySchema.parse({ okres: "poprzedni-kwartal" }), now);
  // The middle of last quarter: well inside it whatever the day today.
  const thenAt = new Date((lastQuarter.from.getTime() + lastQuarter.to.getTime()) / 2);
  const longAgo = new Date(lastQuarter.from.getTime() - 60 * DAY);
  for (const entry of demoRegionClubs) {
    const club = await db.club.upsert({ where: { joinCode: entry.club.joinCode }, update: {}, create: { ...entry.club, createdAt: longAgo } });
    if (await db.membership.count({ where: { clubId: club.id, role: "LEARNER" } })) continue;
    const learnerIds: string[] = [];
    for (let index = 1; index <= entry.learners; index++) {
      const username = `${entry.key}.uczestnik${index}`;
      const user = await db.user.upsert({ where: { username }, update: {}, create: { username, displayName: `Uczestnik ${index} (${entry.club.city})` } });
      await db.membership.create({ data: { userId: user.id, clubId: club.id, role: "LEARNER", createdAt: longAgo } });
      learnerIds.push(user.id);
    }
    if (entry.key === "michalowo") {
      // One session long ago, nothing since: the club to call.
      await db.clubSession.create({
        data: { clubId: club.id, date: new Date(longAgo.toISOString().slice(0, 10)), durationMinutes: 90, topics: "Pierwsze kroki", attendance: { create: learnerIds.map((userId) => ({ userId })) } },
      });
      continue;
    }
    for (const [index, userId] of learnerIds.entries()) {
      const assisted = index < entry.helpedLastQuarter;
      await db.stepProgress.createMany({
        data: first.steps.map((stepId, step) => ({ userId, lessonSlug: first.slug, stepId, completedAt: new Date(thenAt.getTime() + step * 60_000), assisted })),
        skipDuplicates: true,
      });
      await db.lessonCompletion.create({ data: { userId, lessonSlug: first.slug, completedAt: new Date(thenAt.getTime() + 30 * 60_000), assisted } });
      if (entry.activeNow && second.steps[0]) {
        await db.stepProgress.create({ data: { userId, lessonSlug: second.slug, stepId: second.steps[0], completedAt: new Date(now.getTime() - 3 * DAY) } });
      }
    }
    await db.clubSession.create({
      data: {
        clubId: club.id,
        date: new Date(thenAt.toISOString().slice(0, 10)),
        durationMinutes: 90,
        topics: "Pierwsza lekcja razem",
        attendance: { create: learnerIds.map((userId, index) => ({ userId, neededHelp: index < entry.helpedLastQuarter })) },
      },
    });
  }
}
