import type { Db } from "./client";
import { DEMO_LEARNER_PIN, DEMO_STAFF_PASSWORD, demoClub, demoLearners, demoStaff, seedDemoPeople } from "./demo-seed";
import { seedDemoProgress, type DemoLesson } from "./demo-progress";

/** Lessons come from the caller (the content catalogue), so the seed does not compile MDX itself. */
export async function seedDemo(db: Db, lessons: DemoLesson[]): Promise<void> {
  const seeded = await seedDemoPeople(db);
  await seedDemoProgress(db, seeded, lessons);
}

/** What `npm run demo` prints: the demo accounts to sign in with. */
export function demoCredentialsText(): string {
  const roles: Record<string, string> = {
    ADMIN: "administrator",
    MANAGER: "kierownik klubu",
    EDUCATOR: "edukator",
  };
  const lines = [
    `Demo data — ${demoClub.name} (join code ${demoClub.joinCode})`,
    `Staff (e-mail + password "${DEMO_STAFF_PASSWORD}"):`,
    ...demoStaff.map((person) => `  ${roles[person.role] ?? person.role}: ${person.email}`),
    `Learners (username + PIN ${DEMO_LEARNER_PIN}): ${demoLearners.map((person) => person.username).join(", ")}`,
  ];
  return lines.join("\n");
}
