import type { listLearners } from "../access/learners";
import { csvDate, toCsv } from "./csv";

type Learners = Awaited<ReturnType<typeof listLearners>>;

/** The learner's groups in this club, as the list shows them. */
export function groupNames(learner: Learners[number], clubId: string): string {
  return learner.groupMemberships
    .filter((membership) => membership.group.clubId === clubId)
    .map((membership) => membership.group.name)
    .join(", ");
}

/** The learners page as a file: the same people and columns, dates as YYYY-MM-DD. */
export function learnerListCsv(learners: Learners, clubId: string): string {
  return toCsv(
    ["Imię i nazwisko", "Nazwa użytkownika", "Grupy", "Ostatnio", "Konto"],
    learners.map((learner) => [
      learner.displayName,
      learner.username,
      groupNames(learner, clubId),
      learner.lastSeenAt ? csvDate(learner.lastSeenAt) : "",
      learner.active ? "aktywne" : "wyłączone",
    ]),
  );
}
