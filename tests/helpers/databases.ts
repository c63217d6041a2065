import { randomBytes } from "node:crypto";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Client } from "pg";
import { openEmbedded, postgresFactory } from "@/lib/db/adapters";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";

/** A throwaway, empty (unmigrated) database and a way to remove it. */
export type TestDatabase = {
  kind: "embedded" | "postgres";
  factory: SqlMigrationAwareDriverAdapterFactory;
  client(): Db;
  query(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  dispose(): Promise<void>;
};

/** PostgreSQL tests run when TEST_DATABASE_URL names a server (`.ci/run` starts one). */
export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;

export const databaseKinds: TestDatabase["kind"][] = postgresUrl ? ["embedded", "postgres"] : ["embedded"];

if (!postgresUrl && process.env.CI) {
  throw new Error("CI must set TEST_DATABASE_URL: the PostgreSQL tests would be skipped otherwise");
}

export async function createEmptyDatabase(kind: TestDatabase["kind"]): Promise<TestDatabase> {
  if (kind === "embedded") {
    const { pglite, factory } = await openEmbedded(null);
    let client: Db | undefined;
    return {
      kind,
      factory,
      client: () => (client ??= new PrismaClient({ adapter: factory })),
      query: async (sql) => void (await pglite.exec(sql)),
      rows: async <T,>(sql: string) => (await pglite.query<T>(sql)).rows,
      dispose: async () => {
        await client?.$disconnect();
        await pglite.close();
      },
    };
  }
  if (!postgresUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `kc_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const factory = postgresFactory(url.toString());
  let client: Db | undefined;
  return {
    kind,
    factory,
    client: () => (client ??= new PrismaClient({ adapter: postgresFactory(url.toString()) })),
    query: async (sql) => void (await withConnection(url.toString(), (connection) => connection.query(sql))),
    rows: async <T,>(sql: string) =>
      (await withConnection(url.toString(), (connection) => connection.query(sql))).rows as T[],
    dispose: async () => {
      await client?.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A migrated, empty database of the given kind. */
export async function createMigratedDatabase(kind: TestDatabase["kind"]): Promise<TestDatabase> {
  const database = await createEmptyDatabase(kind);
  await applyMigrations(database.factory);
  return database;
}

async function withConnection<T>(url: string, work: (connection: Client) => Promise<T>): Promise<T> {
  const connection = new Client({ connectionString: url });
  await connection.connect();
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/**
 * The parts of a database's catalogue a migration defines: tables and columns, indexes,
 * enums and constraints. Two databases migrated alike have equal catalogues.
 */
export async function describeCatalogue(database: TestDatabase) {
  const [columns, indexes, enums, constraints] = await Promise.all([
    database.rows(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    database.rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    database.rows(`SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      ORDER BY 1, e.enumsortorder`),
    database.rows(`SELECT c.conname, c.contype::text AS contype, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype IN ('p', 'f', 'u', 'c') ORDER BY 1`),
  ]);
  return { columns, indexes, enums, constraints };
}
