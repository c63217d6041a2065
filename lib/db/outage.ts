// Pages cannot set their own status code once React starts streaming, so an outage page would
// answer 200. Instead the app notes an outage here when it meets one, and the proxy answers the
// next requests for pages that need the database with 503 and Retry-After — after probing the
// database once per request, so the first request after recovery is served normally. Nothing is
// probed while no outage was noted. State lives on globalThis: the proxy and the pages are
// bundled apart but run in one process, and share the database handle the same way.

type ProbeHandle = { db: { $queryRawUnsafe: (sql: string) => Promise<unknown> } };
type OutageGlobal = typeof globalThis & { klubCyfrowyOutageNoted?: boolean; klubCyfrowyDb?: Promise<ProbeHandle> };

const state = globalThis as OutageGlobal;

const PROBE_TIMEOUT_MS = 2_000;

export function noteDatabaseOutage(): void {
  state.klubCyfrowyOutageNoted = true;
}

async function databaseAnswers(): Promise<boolean> {
  const handle = state.klubCyfrowyDb;
  if (!handle) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([handle.then(({ db }) => db.$queryRawUnsafe("SELECT 1")), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Is the outage the app noted still going on? Clears the note as soon as the database answers. */
export async function databaseOutageContinues(): Promise<boolean> {
  if (!state.klubCyfrowyOutageNoted) return false;
  if (await databaseAnswers()) {
    state.klubCyfrowyOutageNoted = false;
    return false;
  }
  return true;
}
