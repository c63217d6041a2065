/** @jest-environment node */
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { PDFDocument } from "pdf-lib";
import { areaCsv, idleCsv, trendCsv } from "@/lib/reports/programme/export";
import { idleClubs } from "@/lib/reports/programme/idle";
import { renderReportSummary } from "@/lib/reports/programme/pdf";
import { periodQuerySchema, resolvePeriod } from "@/lib/reports/programme/period";
import { programmeReport, tableTexts } from "@/lib/reports/programme/report";
import { uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";
import { recoverable } from "../helpers/recover";

const now = new Date("2026-12-03T12:00:00Z");
const lastQuarter = resolvePeriod(periodQuerySchema.parse({ okres: "poprzedni-kwartal" }), now);
// 3 December: the last quarter is July–September.
const inLastQuarter = new Date("2026-08-15T10:00:00Z");
const longAgo = new Date("2026-03-10T10:00:00Z");

function actor(name: string, isAdmin: boolean, coordinatorAreas: string[]): Actor {
  return { userId: name, displayName: name, username: name, isAdmin, coordinatorAreas, memberships: [], activeClubId: null };
}
const admin = actor("admin", true, []);
const podlaskie = actor("k-20", false, ["20"]);
const mazowieckie = actor("k-14", false, ["14"]);

describe.each(databaseKinds)("programme reports on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  const clubs: Record<string, { id: string }> = {};

  async function club(key: string, name: string, terytCode: string, voivodeship: "PODLASKIE" | "MAZOWIECKIE", gmina: string, powiat: string) {
    clubs[key] = await db.club.create({
      data: { name, kind: "LIBRARY", addressLine: "ul. Szkolna 1", postalCode: "16-030", city: gmina, gmina, powiat, voivodeship, terytCode, joinCode: `J-${uniqueSuffix()}`, contactPhone: "85 123 45 67", createdAt: longAgo },
    });
  }

  /** `count` learners of the club, each finishing one lesson (with help or not) at `at`. */
  async function learners(clubKey: string, count: number, at: Date, assisted: boolean) {
    for (let i = 0; i < count; i++) {
      const username = `uczestnik.${uniqueSuffix()}`;
      const user = await db.user.create({ data: { displayName: `Tajne Nazwisko ${username}`, username, memberships: { create: { clubId: clubs[clubKey]!.id, role: "LEARNER", createdAt: longAgo } } } });
      await db.stepProgress.create({ data: { userId: user.id, lessonSlug: "internet/pierwsza", stepId: "krok-1", completedAt: at, assisted } });
      await db.lessonCompletion.create({ data: { userId: user.id, lessonSlug: "internet/pierwsza", completedAt: at, assisted } });
    }
  }

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    await club("suprasl", "Klub w Supraślu", "2002113", "PODLASKIE", "Supraśl", "białostocki");
    await club("michalowo", "Klub w Michałowie", "2002083", "PODLASKIE", "Michałowo", "białostocki");
    await club("augustow", "Klub w Augustowie", "2001011", "PODLASKIE", "Augustów", "augustowski");
    await club("mszczonow", "Klub w Mszczonowie", "1438043", "MAZOWIECKIE", "Mszczonów", "żyrardowski");
    await learners("suprasl", 7, inLastQuarter, true);
    await learners("suprasl", 2, inLastQuarter, false);
    await learners("michalowo", 3, inLastQuarter, true);
    await learners("augustow", 6, longAgo, false);
    await learners("mszczonow", 12, new Date("2026-11-28T10:00:00Z"), true);
  });
  afterAll(() => database.dispose());

  it("counts the country by voivodeship, hiding small counts", async () => {
    const report = await programmeReport(db, admin, { obszar: "" }, lastQuarter, now);
    const { headers, rows } = tableTexts(report.table);
    expect(headers).toEqual(["Województwo"]);
    const byName = Object.fromEntries(rows.map((row) => [row[0], row.slice(1)]));
    // columns: clubs active, all, educators, registered, active, sessions, attendance, alone, helped, people helped, certificates, simulators
    // Mazowieckie was quiet in the quarter (0 active): Podlaskie's 12 would give it away, so it hides.
    expect(byName["województwo podlaskie"]).toEqual(["mniej niż 5", "mniej niż 5", "mniej niż 5", "18", "ukryte", "mniej niż 5", "mniej niż 5", "mniej niż 5", "ukryte", "ukryte", "mniej niż 5", "mniej niż 5"]);
    expect(byName["województwo mazowieckie"]).toEqual(["mniej niż 5", "mniej niż 5", "mniej niż 5", "12", "mniej niż 5", "mniej niż 5", "mniej niż 5", "mniej niż 5", "mniej niż 5", "mniej niż 5", "mniej niż 5", "mniej niż 5"]);
    expect(byName.Razem).toEqual(["mniej niż 5", "mniej niż 5", "mniej niż 5", "30", "12", "mniej niż 5", "mniej niż 5", "mniej niż 5", "10", "10", "mniej niż 5", "mniej niż 5"]);
  });

  it("drills down to a powiat, where a small gmina is protected from subtraction", async () => {
    const report = await programmeReport(db, podlaskie, { obszar: "2002" }, lastQuarter, now);
    expect(report.crumbs.map((crumb) => crumb.name)).toEqual(["Cała Polska", "województwo podlaskie", "powiat białostocki"]);
    const { rows } = tableTexts(report.table);
    // Lessons with help: Supraśl 7, Michałowo 3 (small), total 10: Supraśl must hide too.
    expect(rows.map((row) => [row[0], row[9]])).toEqual([
      ["gmina Michałowo", "mniej niż 5"],
      ["gmina Supraśl", "ukryte"],
      ["Razem", "10"],
    ]);
    for (let column = 1; column < rows[0]!.length; column++) {
      const children = rows.slice(0, -1).map((row) => row[column]!);
      expect(recoverable(rows.at(-1)![column]!, children)).toEqual([]);
    }
  });

  it("ends at a club, and says nothing about any person", async () => {
    const gmina = await programmeReport(db, podlaskie, { obszar: "2002113" }, lastQuarter, now);
    expect(gmina.table.childHeader).toBe("Klub");
    expect(gmina.table.rows.map((row) => [row.name, row.href])).toEqual([["Klub w Supraślu", { obszar: "2002113", klub: clubs.suprasl!.id }]]);
    const one = await programmeReport(db, podlaskie, { obszar: "", klub: clubs.suprasl!.id }, lastQuarter, now);
    expect(one.name).toBe("Klub w Supraślu");
    expect(tableTexts(one.table).rows).toEqual([["Razem", "mniej niż 5", "mniej niż 5", "mniej niż 5", "9", "9", "mniej niż 5", "mniej niż 5", "mniej niż 5", "7", "7", "mniej niż 5", "mniej niż 5"]]);
    // Its trend: all 7 helped lessons fell in August; „ukryte” (5 or more) there would say July and
    // September had at most 2 together, so every month of the quarter hides in that column.
    const quarter = one.trend.rows.filter((row) => row.inPeriod).map((row) => row.cells.map((cell) => cell.kind));
    expect(quarter).toEqual([["small", "hidden", "small"], ["small", "hidden", "small"], ["small", "hidden", "small"]]);
    expect(JSON.stringify([gmina, one])).not.toMatch(/Tajne|uczestnik\./);
  });

  it("gives the trend by month, the months of the period protected under its total", async () => {
    const report = await programmeReport(db, podlaskie, { obszar: "20" }, lastQuarter, now);
    // Twelve months up to the period's last.
    expect(report.trend.rows.map((row) => row.month)).toEqual(["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]);
    // Columns: lessons alone, lessons with help, sessions. July and September had nothing:
    // August's 10 helped lessons equal the quarter's total above, so August hides; March, outside
    // the period, shows Augustów's 6 lessons as they are.
    const august = report.trend.rows.find((row) => row.month === "2026-08")!;
    expect(august.inPeriod).toBe(true);
    expect(august.cells.map((cell) => cell.kind)).toEqual(["small", "hidden", "small"]);
    const march = report.trend.rows.find((row) => row.month === "2026-03")!;
    expect([march.inPeriod, march.cells.map((cell) => cell.kind)]).toEqual([false, ["shown", "small", "small"]]);
  });

  it("exports each table as the screen prints it, and the CSV gives nothing away by subtraction either", async () => {
    const report = await programmeReport(db, podlaskie, { obszar: "2002" }, lastQuarter, now);
    const csv = areaCsv(report);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
    const screen = tableTexts(report.table);
    expect(lines[0]![0]).toBe("Gmina");
    expect(lines[0]).toContain("Osoby, które ukończyły lekcję z pomocą");
    expect(lines.slice(1)).toEqual(screen.rows);
    for (let column = 1; column < lines[0]!.length; column++) {
      expect(recoverable(lines.at(-1)![column]!, lines.slice(1, -1).map((line) => line[column]!))).toEqual([]);
    }
    const months = trendCsv(report).slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
    expect(months[0]).toEqual(["Miesiąc", "W wybranym okresie", "Lekcje ukończone samodzielnie", "Lekcje ukończone z pomocą", "Zajęcia"]);
    expect(months.find((line) => line[0] === "2026-08")).toEqual(["2026-08", "tak", "mniej niż 5", "ukryte", "mniej niż 5"]);
    expect(idleCsv(await idleClubs(db, podlaskie, "2002", now))).toContain("Klub w Michałowie;Michałowo;Michałowo;85 123 45 67;;nigdy");
  });

  it("prints one A4 page per area", async () => {
    const report = await programmeReport(db, admin, { obszar: "" }, lastQuarter, now);
    const pdf = await PDFDocument.load(await renderReportSummary(report, await idleClubs(db, admin, "", now), now));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
  });

  it("lets a coordinator into their own area only", async () => {
    await expect(programmeReport(db, podlaskie, { obszar: "" }, lastQuarter, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(programmeReport(db, mazowieckie, { obszar: "20" }, lastQuarter, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(programmeReport(db, mazowieckie, { obszar: "14", klub: clubs.suprasl!.id }, lastQuarter, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(idleClubs(db, mazowieckie, "20", now)).rejects.toBeInstanceOf(NotFoundError);
    const own = await programmeReport(db, mazowieckie, { obszar: "14" }, lastQuarter, now);
    expect(own.table.rows.map((row) => row.name)).toEqual(["powiat żyrardowski"]);
  });

  it("lists the clubs idle for 30 days, with their contact details", async () => {
    const idle = await idleClubs(db, podlaskie, "20", now);
    expect(idle.map((one) => [one.name, one.contactPhone])).toEqual([
      ["Klub w Augustowie", "85 123 45 67"],
      ["Klub w Michałowie", "85 123 45 67"],
      ["Klub w Supraślu", "85 123 45 67"],
    ]);
    expect((await idleClubs(db, admin, "", now)).map((one) => one.name)).not.toContain("Klub w Mszczonowie");
  });
});
