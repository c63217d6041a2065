/** @jest-environment node */
import type { Db } from "@/lib/db/client";
import { queryWithCachedPlan } from "@/lib/db/cached-plan";
import { createEmptyDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const insert = `WITH added AS (INSERT INTO "Key" ("key") VALUES ($1::text) ON CONFLICT DO NOTHING RETURNING 1)
  SELECT (SELECT count(*) FROM added)::int AS "added", $2::int * 2 AS "doubled", $3::text AS "note"`;
const returns = `"added" int, "doubled" int, "note" text`;
type Row = { added: number; doubled: number; note: string | null };

// The function is used when the server runs on the embedded database (no DATABASE_URL); these
// tests run it on PostgreSQL as well, to show the wrapped statement answers the same there.
const savedUrl = process.env.DATABASE_URL;
beforeAll(() => {
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  process.env.DATABASE_URL = savedUrl;
});

describe.each(databaseKinds)("a statement with a cached plan on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createEmptyDatabase(kind);
    await database.query(`CREATE TABLE "Key" ("key" text PRIMARY KEY)`);
    db = database.client();
  });
  afterAll(() => database.dispose());

  it("answers as the statement itself does, and writes once", async () => {
    expect(await queryWithCachedPlan<Row>(db, "test_insert", insert, ["a", 21, "x"], returns)).toEqual([{ added: 1, doubled: 42, note: "x" }]);
    expect(await queryWithCachedPlan<Row>(db, "test_insert", insert, ["a", 5, null], returns)).toEqual([{ added: 0, doubled: 10, note: null }]);
    expect(await db.$queryRawUnsafe<Row[]>(insert, "b", 1, "y")).toEqual([{ added: 1, doubled: 2, note: "y" }]);
    expect(await database.rows<{ key: string }>(`SELECT "key" FROM "Key" ORDER BY "key"`)).toEqual([{ key: "a" }, { key: "b" }]);
  });

  it("keeps the plan in a function of the connection's own temporary schema", async () => {
    await queryWithCachedPlan<Row>(db, "test_insert", insert, ["c", 1, null], returns);
    const functions = await database.rows<{ name: string }>(
      `SELECT p.proname AS "name" FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname LIKE 'pg_temp%' AND p.proname LIKE 'test_insert_%'`,
    );
    expect(functions.length).toBeGreaterThanOrEqual(1);
  });

  it("gives every one of many simultaneous first calls its own right answer", async () => {
    const other = `${insert} -- another statement, another function`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => queryWithCachedPlan<Row>(db, "test_many", other, [`many-${i % 10}`, i, null], returns)),
    );
    expect(results.map(([row]) => row!.doubled)).toEqual(Array.from({ length: 20 }, (_, i) => 2 * i));
    expect(results.reduce((sum, [row]) => sum + row!.added, 0)).toBe(10);
  });
});

describe("without the function", () => {
  const missing = Object.assign(new Error("no pg_temp"), { meta: { driverAdapterError: { cause: { originalCode: "3F000" } } } });
  let sent: string[];
  const db = {
    $queryRawUnsafe: async (sql: string) => {
      sent.push(sql.trim().split(/\s+/).slice(0, 2).join(" "));
      if (sql.startsWith("SELECT * FROM pg_temp.")) throw missing;
      if (sql.startsWith("CREATE")) throw new Error("permission denied for database");
      return [{ answer: 1 }];
    },
  } as unknown as Db;
  beforeEach(() => {
    sent = [];
  });

  it("runs the statement as it is on a PostgreSQL server", async () => {
    process.env.DATABASE_URL = "postgresql://klub@db.example/klub";
    await jest.isolateModulesAsync(async () => {
      const { queryWithCachedPlan: fresh } = await import("@/lib/db/cached-plan");
      expect(await fresh(db, "test_server", "SELECT 1 AS answer", [], "answer int")).toEqual([{ answer: 1 }]);
    });
    delete process.env.DATABASE_URL;
    expect(sent).toEqual(["SELECT 1"]);
  });

  it("runs the statement as it is when the function cannot be created, and stops trying", async () => {
    jest.spyOn(console, "error").mockImplementation(() => {});
    await jest.isolateModulesAsync(async () => {
      const { queryWithCachedPlan: fresh } = await import("@/lib/db/cached-plan");
      expect(await fresh(db, "test_denied", "SELECT 1 AS answer", [], "answer int")).toEqual([{ answer: 1 }]);
      expect(await fresh(db, "test_denied", "SELECT 1 AS answer", [], "answer int")).toEqual([{ answer: 1 }]);
    });
    expect(sent).toEqual(["SELECT *", "CREATE OR", "SELECT 1", "SELECT 1"]);
  });
});
