import { ConfigError, getConfig } from "../config";
import { applyMigrations } from "./migrate";
import { openConfiguredFactory } from "./open";

/** Raised when the database cannot be reached; the message says what to check. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

function describeTarget(): string {
  const { database } = getConfig();
  if (database.kind === "embedded") return `the embedded database in ${database.dataDir}`;
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export async function migrateConfiguredDatabase(): Promise<string[]> {
  const target = describeTarget();
  const { factory, close } = await openConfiguredFactory();
  try {
    return await applyMigrations(factory);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DatabaseUnavailableError(
      `Could not open ${target} (${reason}). Check DATABASE_URL, or unset it to use the embedded database.`,
    );
  } finally {
    await close();
  }
}

/**
 * Start-up failures a person can fix are printed as one line, without a stack trace.
 * Matched by name: a script may load lib/config as both ESM and CommonJS, with two classes.
 */
export function exitWithOneLine(error: unknown): never {
  const fixable = [ConfigError.name, DatabaseUnavailableError.name];
  if (error instanceof Error && fixable.includes(error.name)) {
    console.error(`Klub Cyfrowy cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
