import { createHash } from "node:crypto";
import { getConfig } from "../config";
import type { Db } from "./client";

type Sql = Pick<Db, "$queryRawUnsafe">;

// PostgreSQL parses and plans a statement sent with parameters anew on every call. For a long
// statement run on every click that is most of its cost: recording a step took PGlite about
// 1 ms, 0.9 ms of it parsing and planning — on the embedded database that is the server's own
// thread. A PL/pgSQL function caches its plan for the life of the connection, so the statement
// is wrapped in one, created in pg_temp: private to the connection, gone with it, no migration.
// Any trouble with the function (no TEMP privilege, a pooler that hands out another
// connection) and the statement simply runs as it is, with the same result.
//
// Only on the embedded database, where it pays: one long session on the server's own thread.
// With a PostgreSQL server, planning runs in the database's processes (the Node process, not
// the database, limits throughput there), and pooled connections come and go: each new one
// would log a "does not exist" error and spend two extra round trips creating the function.

const MISSING = new Set(["3F000", "42883"]); // no pg_temp schema yet in this session; no such function
const failed = new Set<string>(); // functions that could not be created: not tried again
const creating = new Map<string, Promise<void>>();

function postgresCode(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta;
  return meta?.driverAdapterError?.cause?.originalCode;
}

/**
 * Runs `sql` ($1…$n, each cast inside the statement) through a cached plan. `returns` lists the
 * result columns as for RETURNS TABLE, e.g. `"signedIn" int, "done" int`; values are passed as
 * text (null stays null), so write `$2::int` rather than relying on the parameter's type.
 * Not inside a transaction: the first call on a connection fails on purpose, which would abort it.
 */
export async function queryWithCachedPlan<Row>(db: Sql, label: string, sql: string, values: unknown[], returns: string): Promise<Row[]> {
  // The name follows the text, so an edited statement (or `next dev` reloading this module
  // while the connection stays open) never runs an old body.
  const name = `pg_temp.${label}_${createHash("sha256").update(sql + returns).digest("hex").slice(0, 16)}`;
  if (failed.has(name) || getConfig().database.kind !== "embedded") return db.$queryRawUnsafe<Row[]>(sql, ...values);
  const texts = values.map((value) => (value === null || value === undefined ? null : String(value)));
  const call = () => db.$queryRawUnsafe<Row[]>(`SELECT * FROM ${name}(${texts.map((_, i) => `$${i + 1}`).join(", ")})`, ...texts);
  try {
    return await call();
  } catch (error) {
    if (!MISSING.has(postgresCode(error) ?? "")) throw error;
  }
  // Simultaneous first calls share one CREATE (on a pool it reaches one connection; the others
  // get theirs on a later miss).
  let created = creating.get(name);
  if (!created) {
    created = db
      .$queryRawUnsafe(
        `CREATE OR REPLACE FUNCTION ${name}(${texts.map(() => "text").join(", ")}) RETURNS TABLE (${returns})
         LANGUAGE plpgsql AS $klub_cached_plan$
         #variable_conflict use_column
         BEGIN RETURN QUERY ${sql}
         ; END $klub_cached_plan$`,
      )
      .then(
        () => undefined,
        (error) => {
          failed.add(name);
          console.error(`Could not create ${name}; running the statement without a cached plan`, error);
        },
      )
      .finally(() => creating.delete(name));
    creating.set(name, created);
  }
  await created;
  if (!failed.has(name)) {
    try {
      return await call();
    } catch (error) {
      if (!MISSING.has(postgresCode(error) ?? "")) throw error;
      // A pool gave us another connection; it gets the function on one of its next misses.
    }
  }
  return db.$queryRawUnsafe<Row[]>(sql, ...values);
}
