import type { Db } from "./client";
import { DEMO_LEARNER_PIN, DEMO_STAFF_PASSWORD, demoClub, demoLearners, demoStaff, seedDemoPeople } from "./demo-seed";
import { seedDemoProgress, type DemoLesson } from "./demo-progress";
import { seedDemoRegions } from "./demo-regions";
import { seedDemoAssignment, seedDemoSessions } from "./demo-sessions";

/** Lessons come from the caller (the content catalogue), so the seed does not compile MDX itself. */
export async function seedDemo(db: Db, lessons: DemoLesson[]): Promise<void> {
  const seeded = await seedDemoPeople(db);
  await seedDemoProgress(db, seeded, lessons);
  await seedDemoPath(db, seeded.club.id, seeded.users.get("marek.nowak")?.id, lessons);
  await seedDemoAssignment(db, seeded, DEMO_PATH_TITLE);
  await seedDemoSessions(db, seeded);
  await seedDemoRegions(db, lessons);
}

export const DEMO_PATH_TITLE = "Na zajęcia w klubie";

/** One path of the club's own (the first lessons in course order), so „Ścieżki klubu” has one to open. */
async function seedDemoPath(db: Db, clubId: string, createdById: string | undefined, lessons: DemoLesson[]) {
  if (lessons.length < 3 || (await db.lessonPath.findFirst({ where: { clubId, slug: null, title: DEMO_PATH_TITLE } }))) return;
  await db.lessonPath.create({
    data: {
      clubId,
      title: DEMO_PATH_TITLE,
      description: "Trzy pierwsze lekcje, po jednej na zajęcia.",
      createdById,
      items: { create: lessons.slice(0, 3).map((lesson, position) => ({ position, lessonSlug: lesson.slug })) },
    },
  });
}

/** What `npm run demo` prints: the demo accounts to sign in with. */
export function demoCredentialsText(): string {
  const roles: Record<string, string> = {
    ADMIN: "administrator",
    MANAGER: "kierownik klubu",
    EDUCATOR: "edukator",
    EDITOR: "redaktor (zgłoszenia błędów w lekcjach, /redakcja)",
    COORDINATOR: "koordynator regionalny (województwo podlaskie, /raporty)",
  };
  const lines = [
    `Demo data — ${demoClub.name} (join code ${demoClub.joinCode})`,
    `Staff (e-mail + password "${DEMO_STAFF_PASSWORD}"):`,
    ...demoStaff.map((person) => `  ${roles[person.role] ?? person.role}: ${person.email}`),
    `Learners (username + PIN ${DEMO_LEARNER_PIN}): ${demoLearners.map((person) => person.username).join(", ")}`,
  ];
  return lines.join("\n");
}
