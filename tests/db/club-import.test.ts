/** @jest-environment node */
import { PDFDocument } from "pdf-lib";
import { findInvitation } from "@/lib/access/clubs";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import { importClubs, type ImportProgress } from "@/lib/club-import/import";
import { importLetters, lettersCsv, renderManagerLetters } from "@/lib/club-import/letters";
import type { Db } from "@/lib/db/client";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

const secret = "test-secret-of-at-least-thirty-two-characters";
const site = "https://klub.example.pl";
const header = "identyfikator;nazwa klubu;rodzaj miejsca;ulica i numer;kod pocztowy;miejscowość;gmina;powiat;kod TERYT gminy;e-mail kierownika";
const line = (n: number, over: Partial<{ address: string; email: string; id: string; name: string }> = {}) =>
  [over.id ?? `IMP-${n}`, over.name ?? `Biblioteka Filia nr ${n}`, "Biblioteka publiczna", over.address ?? `ul. Lipowa ${n}`, "15-001", "Białystok", "Białystok", "Białystok", "2061011", over.email ?? `kierownik${n}@example.pl`].join(";");
const file = (lines: string[], name = "kluby.csv") => ({ name, text: `\uFEFF${[header, ...lines].join("\r\n")}\r\n` });

describe.each(databaseKinds)("importing clubs from a CSV file on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let admin: Actor;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    const adminUser = await db.user.create({ data: { displayName: "Admin", username: `admin.${uniqueSuffix()}`, isAdmin: true } });
    admin = { userId: adminUser.id, displayName: "Admin", username: adminUser.username, isAdmin: true, memberships: [], activeClubId: null };
  });
  afterAll(() => database.dispose());

  const counts = async () => ({
    clubs: await db.club.count(),
    invitations: await db.invitation.count(),
    imports: await db.clubImport.count(),
    audit: await db.auditEvent.count({ where: { action: { not: "club.import" } } }),
  });

  it("creates every club, invites each manager once, and gives their links back as CSV and letters", async () => {
    const progress: ImportProgress[] = [];
    const outcome = await importClubs(db, admin, file([1, 2, 3].map((n) => line(n))), { secret, onProgress: (p) => progress.push(p) });
    expect(outcome).toEqual({ ok: true, summary: expect.objectContaining({ rows: 3, created: 3, updated: 0, unchanged: 0, invited: 3 }) });
    if (!outcome.ok) return;
    expect(progress.at(-1)).toEqual({ phase: "inviting", done: 3, total: 3 });
    const club = await db.club.findUniqueOrThrow({ where: { externalId: "IMP-2" } });
    expect(club).toMatchObject({ name: "Biblioteka Filia nr 2", kind: "LIBRARY", terytCode: "2061011", voivodeship: "PODLASKIE", addressLine: "ul. Lipowa 2" });
    expect(club.joinCode).toMatch(/^BIBLIO-[A-Z0-9]{1,4}$/);

    const { letters, used, expired } = await importLetters(db, admin, outcome.summary.importId, secret, site);
    expect([letters.length, used, expired]).toEqual([3, 0, 0]);
    const letter = letters.find((l) => l.email === "kierownik2@example.pl")!;
    // The printed link is a working invitation to that club, for that e-mail.
    const invitation = await findInvitation(db, letter.link.split("/zaproszenie/")[1]!);
    expect(invitation).toMatchObject({ clubId: club.id, role: "MANAGER", email: "kierownik2@example.pl" });
    expect(invitation!.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 60 * 60 * 1000);

    const csv = lettersCsv(letters);
    expect(csv.startsWith("\uFEFFKlub;Rodzaj miejsca;Adres;Gmina;E-mail kierownika;Link zaproszenia;Ważny do\r\n")).toBe(true);
    expect(csv).toContain(letter.link);
    expect((await PDFDocument.load(await renderManagerLetters(letters))).getPageCount()).toBe(3);

    const events = await db.auditEvent.findMany({ where: { actorId: admin.userId } });
    expect(events.filter((e) => e.action === "club.create")).toHaveLength(3);
    expect(events.filter((e) => e.action === "invitation.create")).toHaveLength(3);
    expect(events.filter((e) => e.action === "club.import")[0]).toMatchObject({ targetId: outcome.summary.importId, details: expect.objectContaining({ created: 3, fileName: "kluby.csv" }) });
  });

  it("changes nothing when the same file comes again, and updates only what changed", async () => {
    const before = await counts();
    const clubsBefore = await db.club.findMany({ orderBy: { id: "asc" } });
    const again = await importClubs(db, admin, file([1, 2, 3].map((n) => line(n))), { secret });
    expect(again).toEqual({ ok: true, summary: expect.objectContaining({ created: 0, updated: 0, unchanged: 3, invited: 0 }) });
    expect(await counts()).toEqual({ ...before, imports: before.imports + 1 });
    expect(await db.club.findMany({ orderBy: { id: "asc" } })).toEqual(clubsBefore);

    const moved = await importClubs(db, admin, file([line(1), line(2, { address: "ul. Nowa 5" }), line(3)]), { secret });
    expect(moved).toEqual({ ok: true, summary: expect.objectContaining({ created: 0, updated: 1, unchanged: 2, invited: 0 }) });
    expect((await db.club.findUniqueOrThrow({ where: { externalId: "IMP-2" } })).addressLine).toBe("ul. Nowa 5");
  });

  it("finds a club added by hand by its gmina and name, and does not invite a club that has a manager", async () => {
    const byHand = await db.club.update({ where: { id: (await testClub(db, "Dom Kultury Słoneczny")).id }, data: { terytCode: "2061011", voivodeship: "PODLASKIE", gmina: "Białystok" } });
    await testStaff(db, "Ewa Kierownik", byHand.id, "MANAGER");
    const row = ["", "dom kultury  słoneczny", "Dom kultury", byHand.addressLine, byHand.postalCode, byHand.city, "Białystok", byHand.powiat, "2061011", "ktos@example.pl"].join(";");
    const before = await counts();
    const outcome = await importClubs(db, admin, file([row]), { secret });
    expect(outcome).toEqual({ ok: true, summary: expect.objectContaining({ created: 0, updated: 1, invited: 0 }) });
    expect((await counts()).clubs).toBe(before.clubs);
    expect((await db.club.findUniqueOrThrow({ where: { id: byHand.id } })).name).toBe("dom kultury  słoneczny");
  });

  it("writes nothing when any row is wrong, and says which row and column", async () => {
    const before = await counts();
    const outcome = await importClubs(db, admin, file([line(10), line(11), line(12, { email: "bez-malpy" }), line(13)]), { secret });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([expect.objectContaining({ line: 4, column: "e-mail kierownika" })]);
    expect(await counts()).toEqual(before);
  });

  it("refuses two rows that describe one existing club, writing nothing", async () => {
    const before = await counts();
    const outcome = await importClubs(db, admin, file([line(20), line(1, { id: "" }), line(1, { id: "IMP-1", name: "Nowa nazwa filii 1" })]), { secret });
    expect(outcome).toEqual({ ok: false, problems: [expect.objectContaining({ line: 4, message: expect.stringMatching(/wiersz 3 opisują ten sam istniejący klub/) })] });
    expect(await counts()).toEqual(before);
  });

  it("creates each club once when the same new file is sent many times at once", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => line(100 + i));
    const before = await counts();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => importClubs(db, admin, file(lines), { secret })));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.map((o) => (o.ok ? o.summary.created : -1)).sort((a, b) => b - a)).toEqual([40, 0, 0, 0, 0, 0, 0, 0]);
    const after = await counts();
    expect(after.clubs - before.clubs).toBe(40);
    expect(after.invitations - before.invitations).toBe(40);
  });

  it("lets only an administrator import", async () => {
    const club = await testClub(db, "Klub kierownika");
    const manager = await testStaff(db, "Zofia Kierownik", club.id, "MANAGER");
    await expect(importClubs(db, manager, file([line(200)]), { secret })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.club.count({ where: { externalId: "IMP-200" } })).toBe(0);
  });

  it("does not print links made with another secret, nor used ones", async () => {
    const outcome = await importClubs(db, admin, file([line(300), line(301)]), { secret });
    if (!outcome.ok) throw new Error("import failed");
    const invitation = await db.invitation.findFirstOrThrow({ where: { importId: outcome.summary.importId, email: "kierownik300@example.pl" } });
    await db.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    expect(await importLetters(db, admin, outcome.summary.importId, secret, site)).toMatchObject({ used: 1, expired: 0, letters: [expect.objectContaining({ email: "kierownik301@example.pl" })] });
    expect(await importLetters(db, admin, outcome.summary.importId, `${secret}-rotated`, site)).toMatchObject({ used: 1, expired: 1, letters: [] });
  });
});
