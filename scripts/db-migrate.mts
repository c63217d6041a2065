// npm run db:migrate: applies pending migrations to the configured database
// (the embedded one under data/ by default, or DATABASE_URL).
import { exitWithOneLine, migrateConfiguredDatabase } from "../lib/db/setup";

try {
  const applied = await migrateConfiguredDatabase();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  process.exit(0);
} catch (error) {
  exitWithOneLine(error);
}
