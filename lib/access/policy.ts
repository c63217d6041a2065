// The one authorisation layer: who may do what. Every page, server action and route handler
// asks `can(actor, action, resource)`; data functions in lib/access filter by the same rules,
// so a forgotten check returns nothing rather than another club's rows. Fails closed.
import { areaContains } from "../areas/teryt";
import type { ClubRole } from "../db/generated/enums";

export type Actor = {
  userId: string;
  displayName: string;
  username: string;
  isAdmin: boolean;
  /** Global, like isAdmin: reviews reports of mistakes in lessons. Absent means no (fails closed). */
  isEditor?: boolean;
  /**
   * A regional coordinator's areas as TERYT codes (2, 4 or 7 digits): aggregates and club contact
   * details there, nothing about a person. Absent or empty means no coordinator (fails closed).
   */
  coordinatorAreas?: string[];
  memberships: { clubId: string; clubName: string; role: ClubRole }[];
  activeClubId: string | null;
  preferences?: unknown;
  /** Set when signed in on a club device: the session ends after inactivity and on sign-out. */
  deviceSessionId?: string | null;
};

export type Resource =
  | { kind: "global" }
  | { kind: "club"; clubId: string }
  /** A club's certificates: the manager decides whether its educators may print them too. */
  | { kind: "club-certificates"; clubId: string; educatorsMayPrint: boolean }
  | { kind: "learner"; userId: string; clubIds: string[] }
  /** One logged club session ("zajęcia"): the educator who logged it, or null when they have left. */
  | { kind: "club-session"; clubId: string; educatorId: string | null }
  | { kind: "user"; userId: string }
  /** An area by TERYT code: "" the whole country, 2 digits a voivodeship, 4 a powiat, 7 a gmina. */
  | { kind: "area"; code: string };

type Rule = (actor: Actor, resource: Resource) => boolean;

const rolesIn = (actor: Actor, clubId: string) =>
  new Set(actor.memberships.filter((m) => m.clubId === clubId).map((m) => m.role));
const isManagerOf = (actor: Actor, clubId: string) => rolesIn(actor, clubId).has("MANAGER");
const isStaffOf = (actor: Actor, clubId: string) => {
  const roles = rolesIn(actor, clubId);
  return roles.has("MANAGER") || roles.has("EDUCATOR");
};

/** Administrators everywhere; a coordinator inside one of their areas (never above it). */
const areaReader: Rule = (actor, resource) =>
  resource.kind === "area" &&
  (actor.isAdmin || (actor.coordinatorAreas ?? []).some((area) => /^\d{2}(\d{2}(\d{3})?)?$/.test(area) && areaContains(area, resource.code)));
const adminOnly: Rule = (actor, resource) => actor.isAdmin && resource.kind === "global";
/** Editors (and administrators) review the lessons: reports of mistakes, never a learner or a club. */
const editorial: Rule = (actor, resource) => (actor.isEditor === true || actor.isAdmin) && resource.kind === "global";
const clubStaff: Rule = (actor, resource) => resource.kind === "club" && isStaffOf(actor, resource.clubId);
const clubManager: Rule = (actor, resource) => resource.kind === "club" && isManagerOf(actor, resource.clubId);
/** Staff of one of the learner's clubs. Administrators see aggregates only, never a learner. */
const learnerStaff: Rule = (actor, resource) =>
  resource.kind === "learner" && resource.clubIds.some((clubId) => isStaffOf(actor, clubId));
const certificateStaff: Rule = (actor, resource) => resource.kind === "club-certificates" && isStaffOf(actor, resource.clubId);
const certificatePrinter: Rule = (actor, resource) =>
  resource.kind === "club-certificates" &&
  (isManagerOf(actor, resource.clubId) || (resource.educatorsMayPrint && isStaffOf(actor, resource.clubId)));
const certificateManager: Rule = (actor, resource) => resource.kind === "club-certificates" && isManagerOf(actor, resource.clubId);
/** The educator who logged a session may change it; the club's manager may change any of the club's. */
const sessionEditor: Rule = (actor, resource) =>
  resource.kind === "club-session" &&
  (isManagerOf(actor, resource.clubId) || (isStaffOf(actor, resource.clubId) && resource.educatorId === actor.userId));
const self: Rule = (actor, resource) => resource.kind === "user" && resource.userId === actor.userId;
/**
 * Only a learner may delete their own account: a club must not lose an educator or its
 * manager (nor the service an administrator) without someone else knowing.
 */
const selfNotStaff: Rule = (actor, resource) => self(actor, resource) && !actor.isAdmin && !isStaff(actor);

export const policies = {
  "club.create": adminOnly,
  /** Add and update clubs from a CSV file, and print the letters that invite their managers. */
  "club.import": adminOnly,
  "club.list-all": adminOnly,
  "club.invite-manager": (actor, resource) => actor.isAdmin && resource.kind === "club",
  /** Figures of an area's clubs (/raporty): counts only, small ones hidden; never a person. */
  "reports.aggregate": areaReader,
  /** The names, addresses and contact details of the clubs in an area (whom a coordinator calls). */
  "club.contacts": areaReader,
  /** Grant and revoke regional coordinators' areas. */
  "coordinator.manage": adminOnly,
  /** Grant and revoke the global editor role. */
  "editor.manage": adminOnly,
  /** /redakcja: every report of a mistake, its status and reply; lessons' review dates. */
  "content-report.review": editorial,
  /** A club's own reports of mistakes, with their status and the editor's reply. */
  "content-report.list-club": clubStaff,
  "club.view": (actor, resource) => clubStaff(actor, resource) || (actor.isAdmin && resource.kind === "club"),
  "club.update": (actor, resource) => clubManager(actor, resource) || (actor.isAdmin && resource.kind === "club"),
  "educator.list": clubManager,
  "educator.invite": clubManager,
  /** A stranger's guesses locked an educator's sign-in: the club's manager lets them in again. */
  "educator.unlock-sign-in": clubManager,
  "learner.list": clubStaff,
  "learner.create": clubStaff,
  "learner.view": learnerStaff,
  "learner.update": learnerStaff,
  "learner.reset-pin": learnerStaff,
  "learner.print-card": learnerStaff,
  "learner.deactivate": learnerStaff,
  "learner.mark-assisted": learnerStaff,
  "device.manage": clubStaff,
  "group.manage": clubStaff,
  "path.manage": clubStaff,
  "assignment.manage": clubStaff,
  /** Log club sessions and see the ones one has logged. */
  "session.log": clubStaff,
  /** Every educator's sessions of the club. */
  "session.list-all": clubManager,
  "session.edit": sessionEditor,
  "certificate.list": certificateStaff,
  "certificate.print": certificatePrinter,
  "certificate.revoke": certificateManager,
  "certificate.settings": certificateManager,
  "self.view": self,
  "self.update": self,
  "self.export": self,
  "self.delete": selfNotStaff,
} satisfies Record<string, Rule>;

export type Action = keyof typeof policies;

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  const rule: Rule | undefined = policies[action];
  return rule ? rule(actor, resource) : false;
}

/** Clubs where the actor is an educator or manager: the only clubs whose learners they see. */
export function staffClubIds(actor: Actor): string[] {
  return [...new Set(actor.memberships.filter((m) => m.role !== "LEARNER").map((m) => m.clubId))];
}

export function isStaff(actor: Actor | null): boolean {
  return Boolean(actor && staffClubIds(actor).length);
}
