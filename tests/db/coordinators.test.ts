/** @jest-environment node */
import { coordinatorGrantSchema, grantCoordinator, listCoordinators, NoCoordinatorAccountError, revokeCoordinator } from "@/lib/access/coordinators";
import { NotFoundError } from "@/lib/access/guard";
import type { Actor } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { testClub, testStaff, uniqueSuffix } from "../helpers/factories";
import { createMigratedDatabase, databaseKinds, type TestDatabase } from "../helpers/databases";

describe.each(databaseKinds)("regional coordinators on a %s database", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let admin: Actor;
  let manager: Actor;

  beforeAll(async () => {
    database = await createMigratedDatabase(kind);
    db = database.client();
    const club = await db.club.update({ where: { id: (await testClub(db, "Supraśl")).id }, data: { terytCode: "2002113", voivodeship: "PODLASKIE", powiat: "białostocki" } });
    manager = await testStaff(db, "Anna Wiśniewska", club.id, "MANAGER");
    const adminUser = await db.user.create({ data: { displayName: "Admin", username: `admin.${uniqueSuffix()}`, isAdmin: true } });
    admin = { userId: adminUser.id, displayName: "Admin", username: adminUser.username, isAdmin: true, memberships: [], activeClubId: null };
    await db.user.create({ data: { displayName: "Jan Koordynator", username: `jan.${uniqueSuffix()}`, email: "koordynator@example.pl", passwordHash: "x" } });
    await db.user.create({ data: { displayName: "Bez hasła", username: `bez.${uniqueSuffix()}`, email: "uczestnik@example.pl" } });
  });
  afterAll(() => database.dispose());

  const auditOf = (action: string) => db.auditEvent.findMany({ where: { action }, orderBy: { at: "asc" } });

  it("grants an area to a staff account once, audited, and names the area from the clubs", async () => {
    const input = coordinatorGrantSchema.parse({ email: " Koordynator@Example.pl ", area: "2002" });
    const granted = await grantCoordinator(db, admin, input);
    expect(granted).toEqual({ name: "Jan Koordynator", areaName: "powiat białostocki (województwo podlaskie)" });
    await grantCoordinator(db, admin, input);
    const listed = await listCoordinators(db, admin);
    expect(listed.map((area) => [area.user.email, area.terytCode, area.areaName])).toEqual([["koordynator@example.pl", "2002", "powiat białostocki (województwo podlaskie)"]]);
    const events = await auditOf("coordinator.grant");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.userId, targetType: "user", targetId: listed[0]!.userId, details: { area: "2002" } });
  });

  it("refuses an account without a password, and anyone but an administrator", async () => {
    await expect(grantCoordinator(db, admin, { email: "uczestnik@example.pl", area: "20" })).rejects.toBeInstanceOf(NoCoordinatorAccountError);
    await expect(grantCoordinator(db, admin, { email: "nikt@example.pl", area: "20" })).rejects.toBeInstanceOf(NoCoordinatorAccountError);
    await expect(grantCoordinator(db, manager, { email: "koordynator@example.pl", area: "20" })).rejects.toBeInstanceOf(NotFoundError);
    const [area] = await listCoordinators(db, admin);
    await expect(revokeCoordinator(db, manager, area!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCoordinators(db, { ...manager, coordinatorAreas: ["20"] })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("revokes one area, audited, and a second revoke changes nothing", async () => {
    await grantCoordinator(db, admin, { email: "koordynator@example.pl", area: "20" });
    const before = await listCoordinators(db, admin);
    const powiat = before.find((area) => area.terytCode === "2002")!;
    expect(await revokeCoordinator(db, admin, powiat.id)).toBe(true);
    expect(await revokeCoordinator(db, admin, powiat.id)).toBe(false);
    expect((await listCoordinators(db, admin)).map((area) => area.terytCode)).toEqual(["20"]);
    const events = await auditOf("coordinator.revoke");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.userId, targetId: powiat.userId, details: { area: "2002" } });
  });

  it("rejects a malformed area before it reaches the database", () => {
    const result = coordinatorGrantSchema.safeParse({ email: "koordynator@example.pl", area: "200" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["area"] });
  });
});
