// npm run db:restore -- FILE: Restores the configured database from FILE (made by npm run db:backup).
// PostgreSQL when DATABASE_URL is set, else the embedded database in EMBEDDED_DB_DIR; see lib/db/backup.ts.
import { ConfigError, parseConfig } from "../lib/config";
import { BackupError, restoreConfigured, resolveUserPath } from "../lib/db/backup";

const args = process.argv.slice(2);
if (args.length !== 1 || !args[0] || args[0].startsWith("-")) {
  console.error("Użycie / usage: npm run db:restore -- FILE");
  process.exit(2);
}

try {
  console.log(await restoreConfigured(parseConfig(process.env), resolveUserPath(args[0])));
  process.exit(0);
} catch (error) {
  if (error instanceof Error && [BackupError.name, ConfigError.name].includes(error.name)) {
    console.error(`db:restore: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
