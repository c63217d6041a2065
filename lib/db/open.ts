import { getConfig, type AppConfig } from "../config";
import { openEmbedded, postgresMigrationFactory } from "./adapters";

/** A migration-aware adapter factory for the configured database, for scripts. */
export async function openConfiguredFactory(config: AppConfig = getConfig()) {
  if (config.database.kind === "postgres") {
    return postgresMigrationFactory(config.database.url);
  }
  const { pglite, factory } = await openEmbedded(config.database.dataDir);
  return { factory, close: () => pglite.close() };
}
