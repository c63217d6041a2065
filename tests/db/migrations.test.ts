/** @jest-environment node */
import { openEmbedded } from "@/lib/db/adapters";
import { applyMigrations, databaseDrift, pendingSchemaChange } from "@/lib/db/migrate";
import {
  createEmptyDatabase,
  createMigratedDatabase,
  databaseKinds,
  describeCatalogue,
  type TestDatabase,
} from "../helpers/databases";

describe("prisma/migrations", () => {
  it("holds every change in schema.prisma (nothing left for `npm run db:migration`)", async () => {
    const { pglite, factory } = await openEmbedded(null);
    try {
      expect(await pendingSchemaChange(factory)).toBe("");
    } finally {
      await pglite.close();
    }
  });
});

// The schema engine cannot introspect PostgreSQL through @prisma/adapter-pg (it rejects the
// catalogue's internal "char" type), so a PostgreSQL database is compared with an embedded one
// migrated alike, and the embedded one with schema.prisma by the engine itself.
describe.each(databaseKinds)("a %s database migrated from empty", (kind) => {
  let database: TestDatabase;
  let reference: TestDatabase;

  beforeAll(async () => {
    [database, reference] = await Promise.all([createEmptyDatabase(kind), createMigratedDatabase("embedded")]);
  });
  afterAll(() => Promise.all([database.dispose(), reference.dispose()]));

  it("applies every migration and records it as `prisma migrate deploy` does", async () => {
    const applied = await applyMigrations(database.factory);
    expect(applied.length).toBeGreaterThan(0);
    const rows = await database.client().$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("matches schema.prisma exactly (no drift)", async () => {
    expect(await databaseDrift(reference.factory)).toBe("");
    expect(await describeCatalogue(database)).toEqual(await describeCatalogue(reference));
    if (kind === "embedded") expect(await databaseDrift(database.factory)).toBe("");
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(database.factory)).toEqual([]);
  });

  it("reports drift when the database differs from the schema", async () => {
    await database.query(`ALTER TABLE "Club" DROP COLUMN "openingHours"`);
    expect(await describeCatalogue(database)).not.toEqual(await describeCatalogue(reference));
    if (kind === "embedded") expect(await databaseDrift(database.factory)).toMatch(/openingHours/);
  });
});
