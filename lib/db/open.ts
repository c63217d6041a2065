import { getConfig, type AppConfig } from "../config";
import { openEmbedded, postgresFactory } from "./adapters";

/** A migration-aware adapter factory for the configured database, for scripts. */
export async function openConfiguredFactory(config: AppConfig = getConfig()) {
  if (config.database.kind === "postgres") {
    return { factory: postgresFactory(config.database.url), close: async () => {} };
  }
  const { pglite, factory } = await openEmbedded(config.database.dataDir);
  return { factory, close: () => pglite.close() };
}
