// npm run db:migration -- NAME: writes the SQL that brings prisma/migrations up to schema.prisma.
// Diffs through an in-memory PGlite shadow database: the SQL is plain PostgreSQL.
import { openEmbedded } from "../lib/db/adapters";
import { createMigration } from "../lib/db/migrate";

const name = process.argv[2];
if (!name) {
  console.error("Give the migration a name: npm run db:migration -- add_club_contact");
  process.exit(1);
}
const { pglite, factory } = await openEmbedded(null);
const dir = await createMigration(factory, name);
console.log(dir ? `Created ${dir}` : "schema.prisma matches the migrations: nothing to create.");
await pglite.close();
process.exit(0); // the WebAssembly engine leaves a 10 s timer running
