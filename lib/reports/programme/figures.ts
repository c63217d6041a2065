import { voivodeshipCodes } from "../../areas/teryt";
import type { Db } from "../../db/client";
import type { Period } from "./period";

// Raw counts per area for one period, straight from the rows the app writes. One query per
// figure, each grouped by the child key and by nothing (the area's own total) in one pass
// (GROUPING SETS). Everything is a count: no name, no id of a person ever leaves this file.

export const figureKeys = [
  "clubsActive",
  "clubsAll",
  "educators",
  "learnersRegistered",
  "learnersActive",
  "sessions",
  "attendance",
  "lessonsAlone",
  "lessonsHelped",
  "learnersHelped",
  "certificates",
  "simulators",
] as const;
export type FigureKey = (typeof figureKeys)[number];
export type Figures = Record<FigureKey, number>;

/** Column headers (also the CSV's) and the one-sentence definition printed on the page. */
export const figureWords: Record<FigureKey, { header: string; definition: string }> = {
  clubsActive: { header: "Kluby aktywne", definition: "Aktywny klub: taki, którego uczestnik ukończył w okresie choć jeden krok lekcji albo w którym odbyły się zajęcia." },
  clubsAll: { header: "Kluby razem", definition: "Kluby razem: wszystkie kluby obszaru założone przed końcem okresu." },
  educators: { header: "Edukatorzy", definition: "Edukator: osoba, która jest edukatorem albo kierownikiem klubu (każda liczona raz)." },
  learnersRegistered: { header: "Uczestnicy zapisani", definition: "Zapisany uczestnik: osoba zapisana do klubu przed końcem okresu." },
  learnersActive: { header: "Uczestnicy aktywni", definition: "Aktywny uczestnik: zapisany uczestnik, który w okresie ukończył choć jeden krok lekcji." },
  sessions: { header: "Zajęcia", definition: "Zajęcia: spotkania w klubie zapisane przez edukatora z datą w okresie." },
  attendance: { header: "Obecności na zajęciach", definition: "Obecność: jedna osoba na jednych zajęciach; kto był na trzech zajęciach, ma trzy obecności." },
  lessonsAlone: { header: "Lekcje ukończone samodzielnie", definition: "Lekcja ukończona samodzielnie: lekcja, którą uczestnik skończył w okresie bez pomocy edukatora." },
  lessonsHelped: { header: "Lekcje ukończone z pomocą", definition: "Lekcja ukończona z pomocą: lekcja skończona w okresie, przy której edukator zaznaczył, że pomagał." },
  learnersHelped: { header: "Osoby, które ukończyły lekcję z pomocą", definition: "Osoba z lekcją ukończoną z pomocą: uczestnik, który w okresie skończył z pomocą edukatora choć jedną lekcję (liczony raz)." },
  certificates: { header: "Wydane certyfikaty", definition: "Wydany certyfikat: certyfikat wydany w okresie przez klub, także ten później unieważniony." },
  simulators: { header: "Ukończone ćwiczenia na symulatorach", definition: "Ukończone ćwiczenie: symulator przećwiczony do końca po raz pierwszy w okresie, liczony raz na osobę." },
};

/** The figures followed month by month on the trend. */
// Lessons and sessions, not active people: counting distinct people month by month would read a
// year of every step row (millions nationally) on every page view; the period's active people are
// in the table above.
export const trendFigures = ["lessonsAlone", "lessonsHelped", "sessions"] as const satisfies readonly FigureKey[];
export type TrendFigure = (typeof trendFigures)[number];

/** A club's area: its gmina's TERYT code, or only its voivodeship's code when it has none. */
const areaSql = `COALESCE(c."terytCode", CASE c.voivodeship ${Object.entries(voivodeshipCodes)
  .map(([name, code]) => `WHEN '${name}' THEN '${code}'`)
  .join(" ")} END)`;

/** Children of an area: the next level's code (2/4/7 digits), or the club's id under a gmina. */
export type ChildLevel = 2 | 4 | 7 | "club";
const keySql = (level: ChildLevel) => (level === "club" ? `c.id` : `substr(${areaSql}, 1, ${level})`);

export type Row = { key: string | null; figures: Figures };

type Counts = { key: string | null; grouped: number } & Record<string, bigint | number | null>;

/**
 * The figures of area `code` ("" = the country) for the period: one row per child (key) and
 * one for the area itself (key null). With `clubId`, just that club.
 */
export async function areaFigures(db: Db, code: string, level: ChildLevel, period: Pick<Period, "from" | "to">, clubId?: string): Promise<Row[]> {
  const key = keySql(level);
  const clubs = `WITH c AS (SELECT c.id, ${key} AS k FROM "Club" c WHERE ${areaSql} LIKE $1::text || '%' AND c."createdAt" < $3::timestamp AND $2::timestamp IS NOT NULL ${clubId ? `AND c.id = $4::text` : ""})`;
  const params: unknown[] = [code, period.from.toISOString(), period.to.toISOString(), ...(clubId ? [clubId] : [])];
  const inPeriod = (column: string) => `${column} >= $2::timestamp AND ${column} < $3::timestamp`;
  const grouped = `GROUP BY GROUPING SETS ((c.k), ()) `;
  const select = (columns: string, from: string) =>
    `${clubs} SELECT c.k AS key, GROUPING(c.k) AS grouped, ${columns} FROM c ${from} ${grouped}`;
  const learners = `JOIN "Membership" m ON m."clubId" = c.id AND m.role = 'LEARNER'`;
  // The area's learners who finished a step in the period: one probe of the (userId, completedAt)
  // index per learner, so a club costs a few dozen probes and the country one per learner — never
  // a read of anyone's step rows. The same set gives the active clubs and the active people.
  const activity = `${clubs},
    la AS MATERIALIZED (SELECT c.k, c.id AS club, m."userId" FROM c ${learners}
      WHERE EXISTS (SELECT 1 FROM "StepProgress" sp WHERE sp."userId" = m."userId" AND ${inPeriod(`sp."completedAt"`)})),
    people AS (SELECT la.k, GROUPING(la.k) AS g, count(DISTINCT la."userId") AS n FROM la GROUP BY GROUPING SETS ((la.k), ())),
    clubRows AS (SELECT c.k AS key, GROUPING(c.k) AS grouped, count(*) AS "clubsAll", count(*) FILTER (WHERE c.id IN (SELECT club FROM la)
      OR EXISTS (SELECT 1 FROM "ClubSession" s WHERE s."clubId" = c.id AND ${inPeriod(`s.date`)})) AS "clubsActive" FROM c ${grouped})
    SELECT clubRows.*, COALESCE(people.n, 0) AS "learnersActive" FROM clubRows
      LEFT JOIN people ON people.g = clubRows.grouped AND people.k IS NOT DISTINCT FROM clubRows.key`;
  const queries = [
    activity,
    select(`count(DISTINCT m."userId") AS educators`, `JOIN "Membership" m ON m."clubId" = c.id AND m.role IN ('EDUCATOR', 'MANAGER')`),
    select(`count(DISTINCT m."userId") AS "learnersRegistered"`, `${learners} AND m."createdAt" < $3::timestamp`),
    select(`count(DISTINCT s.id) AS sessions, count(a."userId") AS attendance`, `JOIN "ClubSession" s ON s."clubId" = c.id AND ${inPeriod("s.date")} LEFT JOIN "ClubSessionAttendance" a ON a."sessionId" = s.id`),
    select(
      `count(DISTINCT lc.id) FILTER (WHERE NOT lc.assisted) AS "lessonsAlone", count(DISTINCT lc.id) FILTER (WHERE lc.assisted) AS "lessonsHelped", count(DISTINCT lc."userId") FILTER (WHERE lc.assisted) AS "learnersHelped"`,
      `${learners} JOIN "LessonCompletion" lc ON lc."userId" = m."userId" AND ${inPeriod(`lc."completedAt"`)}`,
    ),
    select(`count(*) AS certificates`, `JOIN "Certificate" cert ON cert."clubId" = c.id AND ${inPeriod(`cert."issuedAt"`)}`),
    select(`count(DISTINCT pr.id) AS simulators`, `${learners} JOIN "PracticeResult" pr ON pr."userId" = m."userId" AND ${inPeriod(`pr."firstCompletedAt"`)}`),
  ];
  const results = await Promise.all(queries.map((sql) => db.$queryRawUnsafe<Counts[]>(sql, ...params)));
  const rows = new Map<string | null, Figures>();
  const rowOf = (key: string | null) => {
    let figures = rows.get(key);
    if (!figures) rows.set(key, (figures = Object.fromEntries(figureKeys.map((figure) => [figure, 0])) as Figures));
    return figures;
  };
  rowOf(null);
  for (const result of results) {
    for (const row of result) {
      const figures = rowOf(Number(row.grouped) === 1 ? null : row.key);
      for (const figure of figureKeys) if (row[figure] !== undefined && row[figure] !== null) figures[figure] = Number(row[figure]);
    }
  }
  // Children with no activity at all still appear: every club of the area has a row.
  for (const row of results[0]!) if (Number(row.grouped) === 0) rowOf(row.key);
  return [...rows].map(([key, figures]) => ({ key, figures }));
}

/** Month key (YYYY-MM) of a stored UTC timestamp, in Polish time. */
const monthOf = (column: string) => `to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM')`;

/**
 * The trend's figures for every month from `from` to `to` in two grouped passes (lessons by
 * month, sessions by month), not one report per month. Months without activity are absent.
 */
export async function monthlyFigures(db: Db, code: string, range: { from: Date; to: Date }, clubId?: string): Promise<Map<string, Pick<Figures, TrendFigure>>> {
  const clubs = `c AS (SELECT c.id FROM "Club" c WHERE ${areaSql} LIKE $1::text || '%' ${clubId ? `AND c.id = $4::text` : ""})`;
  const params: unknown[] = [code, range.from.toISOString(), range.to.toISOString(), ...(clubId ? [clubId] : [])];
  const [lessons, sessions] = await Promise.all([
    // A learner of two clubs in the area finishes a lesson once: DISTINCT over the completion.
    db.$queryRawUnsafe<{ month: string; alone: bigint; helped: bigint }[]>(
      `WITH ${clubs}, l AS (SELECT DISTINCT m."userId" FROM c JOIN "Membership" m ON m."clubId" = c.id AND m.role = 'LEARNER')
       SELECT ${monthOf(`lc."completedAt"`)} AS month, count(*) FILTER (WHERE NOT lc.assisted) AS alone, count(*) FILTER (WHERE lc.assisted) AS helped
         FROM "LessonCompletion" lc JOIN l ON l."userId" = lc."userId" WHERE lc."completedAt" >= $2::timestamp AND lc."completedAt" < $3::timestamp GROUP BY 1`,
      ...params,
    ),
    db.$queryRawUnsafe<{ month: string; n: bigint }[]>(
      `WITH ${clubs} SELECT to_char(s.date, 'YYYY-MM') AS month, count(*) AS n FROM "ClubSession" s JOIN c ON c.id = s."clubId"
        WHERE s.date >= $2::timestamp AND s.date < $3::timestamp GROUP BY 1`,
      ...params,
    ),
  ]);
  const months = new Map<string, Pick<Figures, TrendFigure>>();
  const monthRow = (month: string) => {
    let row = months.get(month);
    if (!row) months.set(month, (row = { lessonsAlone: 0, lessonsHelped: 0, sessions: 0 }));
    return row;
  };
  for (const row of lessons) Object.assign(monthRow(row.month), { lessonsAlone: Number(row.alone), lessonsHelped: Number(row.helped) });
  for (const row of sessions) monthRow(row.month).sessions = Number(row.n);
  return months;
}
