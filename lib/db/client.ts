import type { PGlite } from "@electric-sql/pglite";
import { getConfig } from "../config";
import { openEmbedded, postgresFactory } from "./adapters";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

type Handle = { db: Db; pglite?: PGlite };

// One client per process, kept across `next dev` reloads: PGlite allows a single process
// per data directory, and a server should hold one connection pool.
const globalForDb = globalThis as typeof globalThis & { klubCyfrowyDb?: Promise<Handle> };

async function open(): Promise<Handle> {
  const { database } = getConfig();
  if (database.kind === "postgres") {
    return { db: new PrismaClient({ adapter: postgresFactory(database.url) }) };
  }
  const { pglite, factory } = await openEmbedded(database.dataDir);
  return { db: new PrismaClient({ adapter: factory }), pglite };
}

export async function getDb(): Promise<Db> {
  globalForDb.klubCyfrowyDb ??= open();
  return (await globalForDb.klubCyfrowyDb).db;
}

/** For scripts and tests: releases the process's database so it can exit promptly. */
export async function closeDb(): Promise<void> {
  const handle = globalForDb.klubCyfrowyDb;
  globalForDb.klubCyfrowyDb = undefined;
  if (!handle) return;
  const { db, pglite } = await handle;
  await db.$disconnect();
  await pglite?.close();
}
