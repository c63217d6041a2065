/** @jest-environment node */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { postgresMigrationFactory } from "@/lib/db/adapters";
import { applyMigrations } from "@/lib/db/migrate";
import { postgresUrl } from "../helpers/databases";

// Two app instances started at once both migrate: the second waits for the schema engine's
// advisory lock and gives up after 10 s if the first one's connection keeps holding it.
(postgresUrl ? describe : describe.skip)("migrating PostgreSQL (npm start)", () => {
  it("releases the migration lock when done, so another instance can migrate at once", async () => {
    const name = `kc_test_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresUrl!);
    url.pathname = `/${name}`;
    try {
      for (const attempt of ["first", "second"]) {
        const migration = postgresMigrationFactory(url.toString());
        await applyMigrations(migration.factory);
        await migration.close();
        // The server drops the lock when the closed connection's backend has ended: a moment later.
        let held = -1;
        for (let tries = 0; tries < 30 && held !== 0; tries++) {
          if (tries) await new Promise((resolve) => setTimeout(resolve, 100));
          const { rows } = await admin.query<{ held: number }>(
            `SELECT count(*)::int AS held FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = $1`,
            [name],
          );
          held = rows[0]!.held;
        }
        expect({ attempt, locksHeld: held }).toEqual({ attempt, locksHeld: 0 });
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
