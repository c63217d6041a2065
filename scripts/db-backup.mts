// npm run db:backup -- FILE: Writes a backup of the configured database to FILE (a new file).
// PostgreSQL when DATABASE_URL is set, else the embedded database in EMBEDDED_DB_DIR; see lib/db/backup.ts.
import { runBackupCommand } from "../lib/db/backup";

process.exit(await runBackupCommand("db:backup", process.argv.slice(2)));
