// npm run db:backup -- FILE: Writes a backup of the configured database to FILE (a new file).
// PostgreSQL when DATABASE_URL is set, else the embedded database in EMBEDDED_DB_DIR; see lib/db/backup.ts.
import { ConfigError, parseConfig } from "../lib/config";
import { BackupError, backupConfigured, resolveUserPath } from "../lib/db/backup";

const args = process.argv.slice(2);
if (args.length !== 1 || !args[0] || args[0].startsWith("-")) {
  console.error("Użycie / usage: npm run db:backup -- FILE");
  process.exit(2);
}

try {
  console.log(await backupConfigured(parseConfig(process.env), resolveUserPath(args[0])));
  process.exit(0);
} catch (error) {
  if (error instanceof Error && [BackupError.name, ConfigError.name].includes(error.name)) {
    console.error(`db:backup: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
