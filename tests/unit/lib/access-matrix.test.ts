/** @jest-environment node */
import { can, policies, type Action, type Actor, type Resource } from "@/lib/access/policy";

// Every role × every action × same club / other club, from one table. A new action in
// lib/access/policy.ts without a row here fails the first test, so it cannot be forgotten.
const A = "club-a";
const B = "club-b";

function actor(name: string, memberships: Actor["memberships"], isAdmin = false, isEditor = false, coordinatorAreas: string[] = []): Actor {
  return { userId: name, displayName: name, username: name, isAdmin, isEditor, coordinatorAreas, memberships, activeClubId: memberships[0]?.clubId ?? null };
}

// Club A's gmina: Supraśl, powiat białostocki, podlaskie. The "other" area is a Mazowieckie gmina.
const AREA_A = "2002113";
const AREA_OTHER = "1438043";

const actors = {
  "signed out": null,
  "learner of A": actor("learner-a", [{ clubId: A, clubName: "A", role: "LEARNER" }]),
  "educator of A": actor("educator-a", [{ clubId: A, clubName: "A", role: "EDUCATOR" }]),
  "manager of A": actor("manager-a", [{ clubId: A, clubName: "A", role: "MANAGER" }]),
  "educator of another club": actor("educator-b", [{ clubId: B, clubName: "B", role: "EDUCATOR" }]),
  "manager of another club": actor("manager-b", [{ clubId: B, clubName: "B", role: "MANAGER" }]),
  administrator: actor("admin", [], true),
  editor: actor("editor", [], false, true),
  "coordinator of Podlaskie": actor("coordinator-20", [], false, false, ["20"]),
  "coordinator of A's gmina": actor("coordinator-gmina", [], false, false, [AREA_A]),
  "coordinator of another voivodeship": actor("coordinator-14", [], false, false, ["14"]),
} as const;

type Who = keyof typeof actors;

/** The resource each action is asked about, in club A (the actors' "same club"). */
const resources: Record<Action, Resource> = {
  "club.create": { kind: "global" },
  "club.import": { kind: "global" },
  "club.list-all": { kind: "global" },
  "club.invite-manager": { kind: "club", clubId: A },
  "reports.aggregate": { kind: "area", code: AREA_A },
  "club.contacts": { kind: "area", code: AREA_A },
  "coordinator.manage": { kind: "global" },
  "editor.manage": { kind: "global" },
  "content-report.review": { kind: "global" },
  "content-report.list-club": { kind: "club", clubId: A },
  "club.view": { kind: "club", clubId: A },
  "club.update": { kind: "club", clubId: A },
  "educator.list": { kind: "club", clubId: A },
  "educator.invite": { kind: "club", clubId: A },
  "educator.unlock-sign-in": { kind: "club", clubId: A },
  "learner.list": { kind: "club", clubId: A },
  "learner.create": { kind: "club", clubId: A },
  "learner.view": { kind: "learner", userId: "learner-a", clubIds: [A] },
  "learner.update": { kind: "learner", userId: "learner-a", clubIds: [A] },
  "learner.reset-pin": { kind: "learner", userId: "learner-a", clubIds: [A] },
  "learner.print-card": { kind: "learner", userId: "learner-a", clubIds: [A] },
  "learner.deactivate": { kind: "learner", userId: "learner-a", clubIds: [A] },
  "learner.mark-assisted": { kind: "learner", userId: "learner-a", clubIds: [A] },
  "device.manage": { kind: "club", clubId: A },
  "group.manage": { kind: "club", clubId: A },
  "path.manage": { kind: "club", clubId: A },
  "assignment.manage": { kind: "club", clubId: A },
  "session.log": { kind: "club", clubId: A },
  "session.list-all": { kind: "club", clubId: A },
  "session.edit": { kind: "club-session", clubId: A, educatorId: "educator-a" },
  "certificate.list": { kind: "club-certificates", clubId: A, educatorsMayPrint: false },
  "certificate.print": { kind: "club-certificates", clubId: A, educatorsMayPrint: false },
  "certificate.revoke": { kind: "club-certificates", clubId: A, educatorsMayPrint: true },
  "certificate.settings": { kind: "club-certificates", clubId: A, educatorsMayPrint: true },
  "self.view": { kind: "user", userId: "learner-a" },
  "self.update": { kind: "user", userId: "learner-a" },
  "self.export": { kind: "user", userId: "learner-a" },
  "self.delete": { kind: "user", userId: "learner-a" },
};

const learnerStaff: Who[] = ["educator of A", "manager of A"];
const allowed: Record<Action, Who[]> = {
  "club.create": ["administrator"],
  "club.import": ["administrator"],
  "club.list-all": ["administrator"],
  "club.invite-manager": ["administrator"],
  "reports.aggregate": ["administrator", "coordinator of Podlaskie", "coordinator of A's gmina"],
  "club.contacts": ["administrator", "coordinator of Podlaskie", "coordinator of A's gmina"],
  "coordinator.manage": ["administrator"],
  "editor.manage": ["administrator"],
  "content-report.review": ["editor", "administrator"],
  "content-report.list-club": learnerStaff,
  "club.view": ["educator of A", "manager of A", "administrator"],
  "club.update": ["manager of A", "administrator"],
  "educator.list": ["manager of A"],
  "educator.invite": ["manager of A"],
  "educator.unlock-sign-in": ["manager of A"],
  "learner.list": learnerStaff,
  "learner.create": learnerStaff,
  "learner.view": learnerStaff,
  "learner.update": learnerStaff,
  "learner.reset-pin": learnerStaff,
  "learner.print-card": learnerStaff,
  "learner.deactivate": learnerStaff,
  "learner.mark-assisted": learnerStaff,
  "device.manage": learnerStaff,
  "group.manage": learnerStaff,
  "path.manage": learnerStaff,
  "assignment.manage": learnerStaff,
  "session.log": learnerStaff,
  "session.list-all": ["manager of A"],
  "session.edit": learnerStaff,
  "certificate.list": learnerStaff,
  "certificate.print": ["manager of A"],
  "certificate.revoke": ["manager of A"],
  "certificate.settings": ["manager of A"],
  "self.view": ["learner of A"],
  "self.update": ["learner of A"],
  "self.export": ["learner of A"],
  "self.delete": ["learner of A"],
};

function inOtherClub(resource: Resource): Resource {
  if (resource.kind === "club") return { kind: "club", clubId: "club-c" };
  if (resource.kind === "club-certificates") return { ...resource, clubId: "club-c", educatorsMayPrint: true };
  if (resource.kind === "club-session") return { ...resource, clubId: "club-c" };
  if (resource.kind === "learner") return { ...resource, userId: "learner-c", clubIds: ["club-c"] };
  if (resource.kind === "user") return { kind: "user", userId: "someone-else" };
  if (resource.kind === "area") return { kind: "area", code: AREA_OTHER };
  return resource;
}

/** Who may act on the "other" resource: global ones as in the table, an area only its own readers. */
function allowedElsewhere(action: Action, who: Who): boolean {
  const resource = inOtherClub(resources[action]);
  if (resource.kind === "global") return allowed[action].includes(who);
  if (resource.kind === "area") return allowed[action].includes("administrator") && (who === "administrator" || who === "coordinator of another voivodeship");
  return who === "administrator" && allowed[action].includes(who) && resource.kind === "club";
}

describe("the authorisation matrix", () => {
  it("has a row for every action", () => {
    expect(Object.keys(allowed).sort()).toEqual(Object.keys(policies).sort());
    expect(Object.keys(resources).sort()).toEqual(Object.keys(policies).sort());
  });

  const cases = (Object.keys(policies) as Action[]).flatMap((action) =>
    (Object.keys(actors) as Who[]).map((who) => [action, who] as const),
  );

  it.each(cases)("%s by %s: allowed only where the table says, same club", (action, who) => {
    expect(can(actors[who], action, resources[action])).toBe(allowed[action].includes(who));
  });

  it.each(cases)("%s by %s: never for a club they do not belong to", (action, who) => {
    expect(can(actors[who], action, inOtherClub(resources[action]))).toBe(allowedElsewhere(action, who));
  });

  it("never lets an administrator see a learner's personal data", () => {
    for (const action of ["learner.view", "learner.list", "learner.print-card", "learner.mark-assisted", "session.log", "session.list-all", "session.edit"] as const) {
      expect(can(actors.administrator, action, resources[action])).toBe(false);
    }
  });

  it("lets everyone export their own data, but only a learner delete their own account", () => {
    for (const who of ["learner of A", "educator of A", "manager of A", "administrator"] as const) {
      const own: Resource = { kind: "user", userId: actors[who].userId };
      expect(can(actors[who], "self.export", own)).toBe(true);
      expect(can(actors[who], "self.delete", own)).toBe(who === "learner of A");
    }
  });

  it("lets a club's educators print certificates only when its manager allows it", () => {
    const allowedHere: Resource = { kind: "club-certificates", clubId: A, educatorsMayPrint: true };
    expect(can(actors["educator of A"], "certificate.print", allowedHere)).toBe(true);
    expect(can(actors["educator of A"], "certificate.print", { ...allowedHere, educatorsMayPrint: false })).toBe(false);
    expect(can(actors["educator of A"], "certificate.revoke", allowedHere)).toBe(false);
    expect(can(actors["educator of another club"], "certificate.print", allowedHere)).toBe(false);
    expect(can(actors.administrator, "certificate.list", allowedHere)).toBe(false);
  });

  it("lets an educator change only the sessions they logged, and the club's manager any of them", () => {
    const byOther: Resource = { kind: "club-session", clubId: A, educatorId: "someone-else" };
    const byNobody: Resource = { kind: "club-session", clubId: A, educatorId: null };
    expect(can(actors["educator of A"], "session.edit", byOther)).toBe(false);
    expect(can(actors["educator of A"], "session.edit", byNobody)).toBe(false);
    expect(can(actors["manager of A"], "session.edit", byOther)).toBe(true);
    expect(can(actors["manager of A"], "session.edit", byNobody)).toBe(true);
    expect(can(actors["educator of another club"], "session.edit", { kind: "club-session", clubId: A, educatorId: "educator-b" })).toBe(false);
  });

  it("lets an editor review reports and nothing else: no club, no learner, no administration", () => {
    const granted = (Object.keys(policies) as Action[]).filter((action) => can(actors.editor, action, resources[action]) || can(actors.editor, action, inOtherClub(resources[action])));
    expect(granted).toEqual(["content-report.review"]);
    // Their own account is theirs, as for everyone.
    expect(can(actors.editor, "self.export", { kind: "user", userId: "editor" })).toBe(true);
    // The role is an explicit yes: an account without the flag (or with it absent) is no editor.
    const { isEditor: _absent, ...plain } = actors.editor;
    expect(can(plain, "content-report.review", { kind: "global" })).toBe(false);
    expect(can(actors["educator of A"], "content-report.review", { kind: "global" })).toBe(false);
  });

  it("shows a club's reports only to its own staff", () => {
    expect(can(actors["educator of A"], "content-report.list-club", { kind: "club", clubId: A })).toBe(true);
    expect(can(actors["educator of A"], "content-report.list-club", { kind: "club", clubId: B })).toBe(false);
    expect(can(actors["educator of another club"], "content-report.list-club", { kind: "club", clubId: A })).toBe(false);
    expect(can(actors.editor, "content-report.list-club", { kind: "club", clubId: A })).toBe(false);
    expect(can(actors["learner of A"], "content-report.list-club", { kind: "club", clubId: A })).toBe(false);
  });

  it("lets a coordinator read figures inside their area only: never above it, never beside it", () => {
    const podlaskie = actors["coordinator of Podlaskie"];
    const gmina = actors["coordinator of A's gmina"];
    const area = (code: string): Resource => ({ kind: "area", code });
    expect(["20", "2002", AREA_A].map((code) => can(podlaskie, "reports.aggregate", area(code)))).toEqual([true, true, true]);
    expect(["", "14", "1438", AREA_OTHER, "2"].map((code) => can(podlaskie, "reports.aggregate", area(code)))).toEqual([false, false, false, false, false]);
    expect(["", "20", "2002", AREA_A, "2002123"].map((code) => can(gmina, "reports.aggregate", area(code)))).toEqual([false, false, false, true, false]);
    expect(can(actors["coordinator of another voivodeship"], "club.contacts", area("20"))).toBe(false);
    expect(can(actors.administrator, "reports.aggregate", area(""))).toBe(true);
    expect(can(actors["manager of A"], "reports.aggregate", area(AREA_A))).toBe(false);
  });

  it("never lets a coordinator see a learner, a club's lists or anything but area figures", () => {
    for (const who of ["coordinator of Podlaskie", "coordinator of A's gmina", "coordinator of another voivodeship"] as const) {
      const granted = (Object.keys(policies) as Action[]).filter(
        (action) => can(actors[who], action, resources[action]) || can(actors[who], action, inOtherClub(resources[action])),
      );
      expect(granted).toEqual(["reports.aggregate", "club.contacts"]);
      for (const action of ["learner.view", "learner.list", "educator.list", "group.manage", "session.list-all", "club.view", "certificate.list"] as const) {
        expect(can(actors[who], action, resources[action])).toBe(false);
      }
    }
  });

  it("does not take a malformed area for the whole country (fails closed)", () => {
    for (const areas of [[""], ["2"], ["200"], ["20 "], ["x0"]]) {
      const broken = actor("broken", [], false, false, areas);
      expect(can(broken, "reports.aggregate", { kind: "area", code: "" })).toBe(false);
      expect(can(broken, "reports.aggregate", { kind: "area", code: "2002113" })).toBe(false);
    }
  });

  it("refuses an action it does not know (fails closed)", () => {
    expect(can(actors["manager of A"], "learner.eat" as Action, resources["learner.view"])).toBe(false);
  });
});
