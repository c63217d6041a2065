// npm run db:seed: adds the demo club, people and progress (idempotent) to the configured database.
import { closeDb, getDb } from "../lib/db/client";
import { demoLessons } from "../lib/content/demo-lessons";
import { demoCredentialsText, seedDemo } from "../lib/db/seed";
import { exitWithOneLine, migrateConfiguredDatabase } from "../lib/db/setup";

try {
  await migrateConfiguredDatabase();
  await seedDemo(await getDb(), await demoLessons());
  await closeDb();
  console.log(demoCredentialsText());
  process.exit(0);
} catch (error) {
  exitWithOneLine(error);
}
