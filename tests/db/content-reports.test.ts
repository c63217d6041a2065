/** @jest-environment node */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NotFoundError } from "@/lib/access/guard";
import { grantEditor, listEditors, NoStaffAccountError, revokeEditor } from "@/lib/access/editors";
import type { Actor } from "@/lib/access/policy";
import type { Lesson } from "@/lib/content/catalogue";
import { REPORTS_PER_ACCOUNT, REPORTS_PER_ADDRESS, ReportLimitError, reportSchema, storeContentReport, type ReportInput } from "@/lib/content-reports/submit";
import { clubContentReports, editorialOverview, reviewContentReport } from "@/lib/content-reports/review";
import { versionOfSource } from "@/lib/content-reports/version";
import type { Db } from "@/lib/db/client";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const source = "---\ntitle: Przykład\n---\n\n<Step id=\"pierwszy\" title=\"Pierwszy\">Tekst</Step>\n";
const version = versionOfSource(source);

function report(overrides: Partial<ReportInput> = {}): ReportInput {
  return reportSchema.parse({ lekcja: "internet/przyklad", krok: "pierwszy", wersja: version, problem: "Przycisk nazywa się teraz „Dalej”.", ekran: "", ...overrides });
}

function lesson(slug: string, checkedOn: string, file: string): Pick<Lesson, "slug" | "file" | "meta" | "analysis" | "moduleSlug" | "lessonSlug"> {
  const [moduleSlug, lessonSlug] = slug.split("/") as [string, string];
  return {
    slug,
    moduleSlug,
    lessonSlug,
    file,
    meta: { title: `Lekcja ${lessonSlug}`, checkedOn: new Date(checkedOn), sources: [{ title: "gov.pl", url: "https://www.gov.pl" }] } as Lesson["meta"],
    analysis: { steps: [{ id: "pierwszy", title: "Pierwszy", number: 1, terms: [] }] } as unknown as Lesson["analysis"],
  };
}

describe.each(databaseKinds)("reports of mistakes on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let clubA: { id: string };
  let clubB: { id: string };
  let educatorA: Actor;
  let educatorB: Actor;
  let editor: Actor;
  let admin: Actor;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubA = await testClub(db, "Lipowa");
    clubB = await testClub(db, "Brzozowa");
    educatorA = await testStaff(db, "Marek Nowak", clubA.id, "EDUCATOR");
    educatorB = await testStaff(db, "Ewa Zielińska", clubB.id, "EDUCATOR");
    const editorUser = await db.user.create({ data: { displayName: "Piotr Lis", username: `redaktor.${uniqueSuffix()}`, email: "redaktor@example.pl", passwordHash: "x", isEditor: true } });
    editor = { userId: editorUser.id, displayName: "Piotr Lis", username: editorUser.username, isAdmin: false, isEditor: true, memberships: [], activeClubId: null };
    const adminUser = await db.user.create({ data: { displayName: "Admin", username: `admin.${uniqueSuffix()}`, isAdmin: true } });
    admin = { userId: adminUser.id, displayName: "Admin", username: adminUser.username, isAdmin: true, memberships: [], activeClubId: null };
  });
  afterAll(() => database.dispose());

  it("keeps exactly the lesson, step, version and text, and nothing about a guest", async () => {
    const { id } = await storeContentReport(db, null, "10.0.0.1", report({ ekran: "Widzę przycisk „Dalej”." }));
    const rows = await database.rows<Record<string, unknown>>(`SELECT * FROM "ContentReport" WHERE id = '${id}'`);
    expect(rows[0]).toMatchObject({ lessonSlug: "internet/przyklad", stepId: "pierwszy", contentVersion: version, problem: "Przycisk nazywa się teraz „Dalej”.", screenShows: "Widzę przycisk „Dalej”.", reporterId: null, clubId: null, status: "NEW", reply: null });
  });

  it("has no column about a person beyond the optional reporter account and club", async () => {
    const columns = await database.rows<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'ContentReport' ORDER BY 1`);
    expect(columns.map((column) => column.column_name).sort()).toEqual(
      ["clubId", "contentVersion", "createdAt", "id", "lessonSlug", "problem", "reply", "reporterId", "screenShows", "status", "stepId", "updatedAt"].sort(),
    );
  });

  it("ties an educator's report to their account and their club", async () => {
    const { id } = await storeContentReport(db, educatorA, "10.0.0.2", report());
    const stored = await db.contentReport.findUniqueOrThrow({ where: { id } });
    expect([stored.reporterId, stored.clubId]).toEqual([educatorA.userId, clubA.id]);
  });

  it("stores at most the limit of 100 reports sent at once from one address", async () => {
    const ip = "10.9.9.9";
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        storeContentReport(db, null, ip, report({ problem: `Błąd numer ${i}` })).then(
          () => "stored",
          (error: unknown) => {
            if (error instanceof ReportLimitError) return "limited";
            throw error;
          },
        ),
      ),
    );
    const stored = await db.contentReport.count({ where: { problem: { startsWith: "Błąd numer " } } });
    expect(stored).toBe(REPORTS_PER_ADDRESS);
    expect(outcomes.filter((o) => o === "stored")).toHaveLength(REPORTS_PER_ADDRESS);
    expect(outcomes.filter((o) => o === "limited")).toHaveLength(100 - REPORTS_PER_ADDRESS);
    // Another address is not held back by this one.
    await expect(storeContentReport(db, null, "10.9.9.10", report())).resolves.toHaveProperty("id");
  });

  it("limits one account across addresses, and frees the window after an hour", async () => {
    const learner = await testStaff(db, "Zofia Kowalska", clubA.id, "EDUCATOR");
    const now = new Date("2027-01-10T10:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        storeContentReport(db, learner, `10.7.0.${i + 1}`, report({ problem: `Konto ${i}` }), now).then(
          () => "stored",
          (error: unknown) => (error instanceof ReportLimitError ? "limited" : Promise.reject(error)),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "stored")).toHaveLength(REPORTS_PER_ACCOUNT);
    expect(await db.contentReport.count({ where: { reporterId: learner.userId } })).toBe(REPORTS_PER_ACCOUNT);
    await expect(storeContentReport(db, learner, "10.7.1.1", report(), new Date(now.getTime() + 61 * 60_000))).resolves.toHaveProperty("id");
  });

  it("refuses text that is empty, too long or carries control characters, and keeps line breaks", () => {
    expect(reportSchema.safeParse({ ...report(), problem: "   " }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report(), problem: "x".repeat(1001) }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report(), problem: "a\u0000b" }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report(), wersja: "nie-wersja" }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report(), krok: "../../etc" }).success).toBe(false);
    expect(reportSchema.parse({ ...report(), problem: "pierwsza linia\ndruga linia" }).problem).toBe("pierwsza linia\ndruga linia");
  });

  it("lets an editor set status and reply (audited), shows the club its own reports only, and the editor no reporter", async () => {
    const fromA = await storeContentReport(db, educatorA, "10.0.1.1", report({ lekcja: "internet/stara", problem: "Z klubu A" }));
    const fromB = await storeContentReport(db, educatorB, "10.0.1.2", report({ lekcja: "internet/stara", problem: "Z klubu B" }));
    await reviewContentReport(db, editor, { id: fromA.id, status: "ACCEPTED", odpowiedz: "Dziękujemy, poprawimy w tym tygodniu." });
    const audited = await db.auditEvent.findFirstOrThrow({ where: { action: "content-report.review", targetId: fromA.id } });
    expect(audited.actorId).toBe(editor.userId);

    const seenByA = await clubContentReports(db, educatorA, clubA.id);
    expect(seenByA.map((row) => row.problem)).toContain("Z klubu A");
    expect(seenByA.map((row) => row.problem)).not.toContain("Z klubu B");
    expect(seenByA.find((row) => row.id === fromA.id)).toMatchObject({ status: "ACCEPTED", reply: "Dziękujemy, poprawimy w tym tygodniu." });
    await expect(clubContentReports(db, educatorB, clubA.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(clubContentReports(db, editor, clubA.id)).rejects.toBeInstanceOf(NotFoundError);

    await expect(reviewContentReport(db, educatorA, { id: fromB.id, status: "REJECTED", odpowiedz: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewContentReport(db, editor, { id: "nieistnieje", status: "FIXED", odpowiedz: "" })).rejects.toBeInstanceOf(NotFoundError);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kc-review-"));
    const file = path.join(dir, "stara.mdx");
    fs.writeFileSync(file, source);
    const today = new Date("2027-06-01T00:00:00Z");
    const overview = await editorialOverview(db, editor, [lesson("internet/swieza", "2027-03-01", file), lesson("internet/stara", "2026-01-15", file)], today);
    // Past its 12-month review date: listed first.
    expect(overview.lessons.map((row) => [row.slug, row.overdue])).toEqual([["internet/stara", true], ["internet/swieza", false]]);
    const old = overview.lessons[0]!;
    expect(old.reports.map((row) => row.problem).slice(0, 2)).toEqual(["Z klubu B", "Z klubu A"]);
    expect(old.reports[0]).toMatchObject({ current: true, step: { number: 1 } });
    for (const row of old.reports) {
      expect(Object.keys(row).sort()).toEqual(["contentVersion", "createdAt", "current", "id", "lessonSlug", "problem", "reply", "screenShows", "status", "step", "stepId", "updatedAt"]);
    }
    expect(overview.orphaned.map((row) => row.lessonSlug)).toContain("internet/przyklad");
    await expect(editorialOverview(db, educatorA, [], today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(editorialOverview(db, admin, [], today)).resolves.toHaveProperty("lessons");
  });

  it("lets an administrator grant and revoke the editor role by a staff e-mail, audited", async () => {
    const staff = await db.user.create({ data: { displayName: "Jan Redaktor", username: `jan.${uniqueSuffix()}`, email: "jan.redaktor@example.pl", passwordHash: "x" } });
    await expect(grantEditor(db, editor, "jan.redaktor@example.pl")).rejects.toBeInstanceOf(NotFoundError);
    await expect(grantEditor(db, admin, "nikt@example.pl")).rejects.toBeInstanceOf(NoStaffAccountError);
    await grantEditor(db, admin, "  Jan.Redaktor@example.pl ".trim());
    expect((await listEditors(db, admin)).map((row) => row.email)).toContain("jan.redaktor@example.pl");
    expect(await revokeEditor(db, admin, staff.id)).toBe(true);
    expect(await revokeEditor(db, admin, staff.id)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).isEditor).toBe(false);
    const events = await db.auditEvent.findMany({ where: { targetId: staff.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([["editor.grant", admin.userId], ["editor.revoke", admin.userId]]);
  });
});
