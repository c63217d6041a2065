import { cleanParam } from "../../forms";
import type { Actor } from "../../access/policy";
import { areaQuerySchema, type AreaQuery } from "./report";
import { periodQuerySchema, resolvePeriod, type Period, type PeriodQuery } from "./period";

// /raporty's address: ?obszar=<TERYT>&klub=<id>&okres=…&od=YYYY-MM&do=YYYY-MM. The page, its CSV
// files and its PDF read it the same way.

export type ReportQuery = { area: AreaQuery; periodQuery: PeriodQuery; period: Period; errors: { field: string; message: string }[] };

type Params = Record<string, string | string[] | undefined>;

/** The actor's starting area: the whole country for an administrator, else their first area. */
export function homeArea(actor: Actor): string | null {
  if (actor.isAdmin) return "";
  return actor.coordinatorAreas?.[0] ?? null;
}

export function readReportQuery(params: Params, actor: Actor, now = new Date()): ReportQuery | null {
  const text = (name: string) => cleanParam(params[name], 60) ?? undefined;
  const home = homeArea(actor);
  if (home === null) return null;
  const area = areaQuerySchema.safeParse({ obszar: text("obszar") ?? home, klub: text("klub") || undefined });
  if (!area.success) return null;
  const errors: ReportQuery["errors"] = [];
  let periodQuery = periodQuerySchema.safeParse({ okres: text("okres"), od: text("od"), do: text("do") });
  if (!periodQuery.success) {
    for (const issue of periodQuery.error.issues) {
      const field = String(issue.path[0] ?? "okres");
      if (!errors.some((error) => error.field === field)) errors.push({ field: field === "okres" ? "okres" : `okres-${field}`, message: issue.message });
    }
    periodQuery = periodQuerySchema.safeParse({});
  }
  const parsed = periodQuery.data!;
  return { area: area.data, periodQuery: parsed, period: resolvePeriod(parsed, now), errors };
}

export function reportHref(path: string, target: { obszar: string; klub?: string }, period: PeriodQuery): string {
  const params = new URLSearchParams({ obszar: target.obszar, ...(target.klub ? { klub: target.klub } : {}), okres: period.okres });
  if (period.okres === "wlasny" && period.od && period.do) {
    params.set("od", period.od);
    params.set("do", period.do);
  }
  return `${path}?${params.toString()}`;
}
