import type { listSessions } from "../access/sessions";
import { csvDate, toCsv } from "./csv";

// The session log in words: one row per session, the same on screen and in the CSV file, so the
// file holds exactly the rows the page shows for the same filter.

type Session = Awaited<ReturnType<typeof listSessions>>[number];

export type SessionLogRow = {
  id: string;
  date: string;
  minutes: number;
  topics: string;
  educator: string;
  attendees: string[];
  neededHelp: string[];
};

/** A learner as every list names them: two people of the same name are told apart by the username. */
const person = (user: { displayName: string; username: string }) => `${user.displayName} (${user.username})`;

export function sessionLogRows(sessions: Session[]): SessionLogRow[] {
  return sessions.map((session) => ({
    id: session.id,
    date: csvDate(session.date),
    minutes: session.durationMinutes,
    topics: session.topics,
    educator: session.educator?.displayName ?? "—",
    attendees: session.attendance.map((row) => person(row.user)),
    neededHelp: session.attendance.filter((row) => row.neededHelp).map((row) => person(row.user)),
  }));
}

export const sessionLogHeaders = ["Data", "Czas (min)", "Tematy", "Prowadzący", "Liczba uczestników", "Uczestnicy", "Liczba potrzebujących pomocy", "Potrzebowali pomocy"];

export function sessionLogCsv(rows: SessionLogRow[]): string {
  return toCsv(
    sessionLogHeaders,
    rows.map((row) => [row.date, String(row.minutes), row.topics, row.educator, String(row.attendees.length), row.attendees.join(", "), String(row.neededHelp.length), row.neededHelp.join(", ")]),
  );
}

const monthFormatter = new Intl.DateTimeFormat("pl-PL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-05" → "maj 2026". */
export function monthLabel(month: string): string {
  return monthFormatter.format(new Date(`${month}-01T00:00:00Z`));
}
