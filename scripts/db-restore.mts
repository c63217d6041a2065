// npm run db:restore -- FILE: Restores the configured database from FILE (made by npm run db:backup).
// PostgreSQL when DATABASE_URL is set, else the embedded database in EMBEDDED_DB_DIR; see lib/db/backup.ts.
import { runBackupCommand } from "../lib/db/backup";

process.exit(await runBackupCommand("db:restore", process.argv.slice(2)));
