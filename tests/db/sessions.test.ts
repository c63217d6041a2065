/** @jest-environment node */
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import { createSession, deleteSession, getSession, listSessions, NoAttendeesError, sessionFilterSchema, sessionFormSchema, sessionLeaders, updateSession } from "@/lib/access/sessions";
import { getCatalogue } from "@/lib/content/catalogue";
import type { Db } from "@/lib/db/client";
import type { ClubRole } from "@/lib/db/generated/enums";
import { assistableLessons, completionCounts, markLessonAssisted } from "@/lib/progress/assisted";
import { cellText, matrixCsv, matrixFilterSchema, progressMatrix } from "@/lib/reports/matrix";
import { sessionLogCsv, sessionLogHeaders, sessionLogRows } from "@/lib/reports/session-log";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

let unique = 0;
const form = (extra: Record<string, unknown> = {}) => sessionFormSchema.parse({ data: "2026-05-12", czas: "90", tematy: "Rozmowa wideo", uwagi: "", ...extra });

/** The CSV as rows of fields (no quoted separators in these fixtures). */
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(";"));

describe("the session form", () => {
  it.each([
    [{ czas: "" }, "czas", "Wpisz, ile minut"],
    [{ czas: "14" }, "czas", "co najmniej 15 minut"],
    [{ czas: "601" }, "czas", "najwyżej 600 minut"],
    [{ czas: "półtorej" }, "czas", "samymi cyframi"],
    [{ tematy: "  " }, "tematy", "Wpisz tematy"],
    [{ tematy: "x".repeat(501) }, "tematy", "najwyżej 500 znaków"],
    [{ data: "2026-02-30" }, "data", "Takiej daty nie ma"],
    [{ data: "12.05.2026" }, "data", "rok-miesiąc-dzień"],
    [{ data: "2999-01-01" }, "data", "jeszcze nie nadeszła"],
  ])("refuses %j with a Polish message on %s", (extra, field, message) => {
    const result = sessionFormSchema.safeParse({ data: "2026-05-12", czas: "90", tematy: "Rozmowa wideo", ...extra });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message).toContain(message);
  });

  it("accepts 15 and 600 minutes", () => {
    expect(form({ czas: "15" }).czas).toBe(15);
    expect(form({ czas: "600" }).czas).toBe(600);
  });
});

describe.each(databaseKinds)("the session log and assisted work on %s", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let clubId: string;
  let otherClubId: string;
  let educator: Actor;
  let colleague: Actor;
  let manager: Actor;
  let outsider: Actor;
  let zofia: { id: string; username: string };
  let adam: { id: string; username: string };
  let stranger: { id: string };

  async function newClub(name: string) {
    return db.club.create({ data: { name, kind: "LIBRARY", addressLine: "ul. Polna 1", postalCode: "00-001", city: name, gmina: name, powiat: "p", voivodeship: "LUBELSKIE", joinCode: `S-${++unique}` } });
  }
  async function staffOf(club: string, role: ClubRole, displayName: string): Promise<Actor> {
    const user = await db.user.create({ data: { displayName, username: `s${++unique}`, memberships: { create: { clubId: club, role } } } });
    return { userId: user.id, displayName, username: user.username, isAdmin: false, memberships: [{ clubId: club, clubName: "", role }], activeClubId: club };
  }
  const learnerOf = (club: string, displayName: string) => db.user.create({ data: { displayName, username: `l${++unique}`, memberships: { create: { clubId: club, role: "LEARNER" } } } });

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    clubId = (await newClub("Lipowa")).id;
    otherClubId = (await newClub("Dębowa")).id;
    educator = await staffOf(clubId, "EDUCATOR", "Marek Nowak");
    colleague = await staffOf(clubId, "EDUCATOR", "Ewa Zielińska");
    manager = await staffOf(clubId, "MANAGER", "Anna Wiśniewska");
    outsider = await staffOf(otherClubId, "EDUCATOR", "Obcy Edukator");
    zofia = await learnerOf(clubId, "Zofia Żak");
    adam = await learnerOf(clubId, "Adam Ąbel");
    stranger = await learnerOf(otherClubId, "Obca Osoba");
  });
  afterAll(() => database.dispose());

  it("records who came and who needed help, only of the club's learners, and audits it", async () => {
    const session = await createSession(db, educator, clubId, form({ uczestnicy: [zofia.id, stranger.id], pomoc: [adam.id] }));
    const stored = await getSession(db, educator, session.id);
    expect(stored.attendance.map((row) => [row.user.displayName, row.neededHelp])).toEqual([
      ["Adam Ąbel", true],
      ["Zofia Żak", false],
    ]);
    expect(stored.date.toISOString()).toBe("2026-05-12T00:00:00.000Z");
    expect(await db.auditEvent.count({ where: { action: "session.create", targetId: session.id, actorId: educator.userId } })).toBe(1);
    await expect(createSession(db, educator, clubId, form({ uczestnicy: [stranger.id] }))).rejects.toBeInstanceOf(NoAttendeesError);
  });

  it("lets only the educator who logged it and the manager see and change a session; another club gets nothing", async () => {
    const session = await createSession(db, educator, clubId, form({ data: "2026-05-19", tematy: "Oszustwa SMS", uczestnicy: [zofia.id] }));
    for (const actor of [colleague, outsider]) {
      await expect(getSession(db, actor, session.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateSession(db, actor, session.id, form({ uczestnicy: [zofia.id] }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteSession(db, actor, session.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(listSessions(db, outsider, clubId, sessionFilterSchema.parse({}))).rejects.toBeInstanceOf(NotFoundError);
    expect(await listSessions(db, colleague, clubId, sessionFilterSchema.parse({}))).toEqual([]);

    await updateSession(db, manager, session.id, form({ data: "2026-05-20", czas: "120", tematy: "Oszustwa SMS i telefon", uczestnicy: [zofia.id, adam.id], pomoc: [zofia.id] }));
    const changed = await getSession(db, educator, session.id);
    expect([changed.durationMinutes, changed.topics, changed.educatorId, changed.attendance.map((row) => [row.userId, row.neededHelp])]).toEqual([
      120,
      "Oszustwa SMS i telefon",
      educator.userId,
      [
        [adam.id, false],
        [zofia.id, true],
      ],
    ]);
    await deleteSession(db, educator, session.id);
    await expect(getSession(db, manager, session.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.clubSessionAttendance.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: session.id, action: { in: ["session.update", "session.delete"] } } })).toBe(2);
  });

  it("lists newest first, filters by month and (for the manager) by educator, and its CSV is the list row by row", async () => {
    await createSession(db, colleague, clubId, form({ data: "2026-04-30", tematy: "Profil zaufany", uczestnicy: [adam.id] }));
    await createSession(db, colleague, clubId, form({ data: "2026-05-28", czas: "60", tematy: "mObywatel; dokumenty", uczestnicy: [adam.id, zofia.id], pomoc: [adam.id] }));
    const all = await listSessions(db, manager, clubId, sessionFilterSchema.parse({}));
    expect(all.map((session) => session.date.toISOString().slice(0, 10))).toEqual(["2026-05-28", "2026-05-12", "2026-04-30"]);
    expect((await sessionLeaders(db, manager, clubId)).map((leader) => leader.displayName)).toEqual(["Anna Wiśniewska", "Ewa Zielińska", "Marek Nowak"]);
    expect(await sessionLeaders(db, educator, clubId)).toEqual([]);

    const filter = sessionFilterSchema.parse({ miesiac: "2026-05", prowadzacy: colleague.userId });
    const rows = sessionLogRows(await listSessions(db, manager, clubId, filter));
    expect(rows.map((row) => row.topics)).toEqual(["mObywatel; dokumenty"]);
    // An educator cannot look at a colleague's sessions through the filter: they still see their own.
    expect((await listSessions(db, educator, clubId, filter)).map((session) => session.topics)).toEqual(["Rozmowa wideo"]);

    const may = sessionLogRows(await listSessions(db, manager, clubId, sessionFilterSchema.parse({ miesiac: "2026-05" })));
    const csv = sessionLogCsv(may);
    expect(csv.startsWith("\uFEFFData;Czas (min);Tematy;Prowadzący;")).toBe(true);
    const parsed = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(parsed[0]!.split(";")).toEqual(sessionLogHeaders);
    // Each attendee with the username, as on every list of learners: two of the same name stay two people.
    const [a, z] = [`Adam Ąbel (${adam.username})`, `Zofia Żak (${zofia.username})`];
    expect(parsed.slice(1)).toEqual([
      `2026-05-28;60;"mObywatel; dokumenty";Ewa Zielińska;2;${a}, ${z};1;${a}`,
      `2026-05-12;90;Rozmowa wideo;Marek Nowak;2;${a}, ${z};1;${a}`,
    ]);
    expect(csvRows(sessionLogCsv(may.slice(1))).slice(1)).toEqual(may.slice(1).map((row) => [row.date, String(row.minutes), row.topics, row.educator, String(row.attendees.length), row.attendees.join(", "), String(row.neededHelp.length), row.neededHelp.join(", ")]));
  });

  it("marks a lesson done with help once, never downgrades an independent completion, and the matrix says so", async () => {
    const lesson = (await getCatalogue()).lessons[0]!;
    const [firstStep] = lesson.analysis.steps;
    await db.stepProgress.create({ data: { userId: zofia.id, lessonSlug: lesson.slug, stepId: firstStep!.id } });
    expect((await assistableLessons(db, educator, zofia.id)).other.map((choice) => choice.slug)).toContain(lesson.slug);

    expect(await markLessonAssisted(db, educator, zofia.id, lesson.slug)).toBe("marked");
    expect(await markLessonAssisted(db, educator, zofia.id, lesson.slug)).toBe("already-assisted");
    const steps = await db.stepProgress.findMany({ where: { userId: zofia.id, lessonSlug: lesson.slug }, orderBy: { stepId: "asc" } });
    expect(steps).toHaveLength(lesson.analysis.steps.length);
    expect(steps.find((step) => step.stepId === firstStep!.id)).toMatchObject({ assisted: false, assistedById: null });
    expect(steps.filter((step) => step.assisted).every((step) => step.assistedById === educator.userId)).toBe(true);
    expect(await db.lessonCompletion.count({ where: { userId: zofia.id, lessonSlug: lesson.slug, assisted: true } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "progress.assisted", targetId: zofia.id } })).toBe(1);
    expect((await assistableLessons(db, educator, zofia.id)).other.map((choice) => choice.slug)).not.toContain(lesson.slug);

    await db.lessonCompletion.create({ data: { userId: adam.id, lessonSlug: lesson.slug } });
    expect(await markLessonAssisted(db, manager, adam.id, lesson.slug)).toBe("already-done");
    expect(await db.lessonCompletion.findFirstOrThrow({ where: { userId: adam.id, lessonSlug: lesson.slug } })).toMatchObject({ assisted: false });
    expect(await db.stepProgress.count({ where: { userId: adam.id, lessonSlug: lesson.slug } })).toBe(0);
    expect(await completionCounts(db, educator, zofia.id)).toEqual({ independent: 0, assisted: 1 });

    await expect(markLessonAssisted(db, outsider, zofia.id, lesson.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markLessonAssisted(db, { ...outsider, isAdmin: true, memberships: [] }, zofia.id, lesson.slug)).rejects.toBeInstanceOf(NotFoundError);

    const matrix = await progressMatrix(db, educator, clubId, matrixFilterSchema.parse({}));
    const column = matrix.lessons.findIndex((candidate) => candidate.slug === lesson.slug);
    const cells = Object.fromEntries(matrix.rows.map((row) => [row.learner.displayName, row.cells[column]!]));
    expect(cells["Zofia Żak"]!.status).toBe("done-assisted");
    expect(cellText(cells["Zofia Żak"]!)).toMatch(/^Ukończona z pomocą, \d{4}-\d{2}-\d{2}$/);
    expect(cells["Adam Ąbel"]!.status).toBe("done");
    expect(matrixCsv(matrix)).toContain("Ukończona z pomocą, ");
  });
});
