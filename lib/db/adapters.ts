import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

type ScriptAdapter = SqlDriverAdapter & {
  client: { exec(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * pglite-prisma-adapter 0.7.2 does not await `exec` in executeScript, so a broken migration
 * would only surface as an unhandled rejection. Awaiting it makes the failure reach the engine.
 */
function awaitScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const scriptAdapter = adapter as ScriptAdapter;
  scriptAdapter.executeScript = async (script: string) => {
    try {
      await scriptAdapter.client.exec(script);
    } catch (error) {
      scriptAdapter.onError(error);
    }
  };
  return adapter;
}

class EmbeddedAdapterFactory extends PrismaPGlite {
  override async connect() {
    return awaitScripts(await super.connect());
  }
  override async connectToShadowDb() {
    return awaitScripts(await super.connectToShadowDb());
  }
}

/** Opens the embedded PostgreSQL (PGlite): a directory on disk, or in memory when dir is null. */
export async function openEmbedded(dir: string | null, snapshot?: Blob): Promise<{
  pglite: PGlite;
  factory: SqlMigrationAwareDriverAdapterFactory;
}> {
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const pglite = snapshot ? new PGlite({ loadDataDir: snapshot }) : dir ? new PGlite(dir) : new PGlite();
  await pglite.waitReady;
  return { pglite, factory: new EmbeddedAdapterFactory(pglite) };
}

export function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPg({ connectionString: url });
}

/**
 * For migrating PostgreSQL. The schema engine takes a session advisory lock and never releases
 * it, so the lock lives as long as its pooled connection (10 s idle): a second app instance
 * starting meanwhile waits for it and gives up after 10 s (seen with two instances started at
 * once by scripts/deploy-check.sh). `close` ends the engine's connections, and with them the lock.
 */
export function postgresMigrationFactory(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> } {
  const adapters: SqlDriverAdapter[] = [];
  class ClosablePg extends PrismaPg {
    override async connect() {
      const adapter = await super.connect();
      adapters.push(adapter);
      return adapter;
    }
  }
  return {
    factory: new ClosablePg({ connectionString: url }),
    close: async () => {
      await Promise.all(adapters.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
