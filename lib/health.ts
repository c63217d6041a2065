import { getConfig } from "./config";
import { getDb } from "./db/client";
import { noteDatabaseOutage } from "./db/outage";

export type HealthReport = {
  status: "ok" | "unavailable";
  app: { name: "klub-cyfrowy"; version: string; uptimeSeconds: number };
  database: { kind: "embedded" | "postgres"; ok: boolean; latencyMs?: number; error?: string };
};

const version = process.env.npm_package_version ?? "0.1.0";

/** For load balancers: the app answers and the database runs a query. */
export async function checkHealth(): Promise<HealthReport> {
  const kind = getConfig().database.kind;
  const app = { name: "klub-cyfrowy" as const, version, uptimeSeconds: Math.round(process.uptime()) };
  const started = performance.now();
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", app, database: { kind, ok: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    console.error("health check: database query failed", error);
    noteDatabaseOutage();
    return { status: "unavailable", app, database: { kind, ok: false, error: "database query failed" } };
  }
}
