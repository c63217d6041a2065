import { z } from "zod";

// The period a programme report covers, always whole months in Polish time. Whole months on
// purpose: with day-by-day custom ranges, two reports a day apart would give away one day's
// count in one club by subtraction (see suppression.ts).

export const periodKinds = {
  "ten-miesiac": "Ten miesiąc",
  "poprzedni-miesiac": "Poprzedni miesiąc",
  "ten-kwartal": "Ten kwartał",
  "poprzedni-kwartal": "Poprzedni kwartał",
  rok: "Rok programu (od stycznia)",
  wlasny: "Wybrane miesiące",
} as const;
export type PeriodKind = keyof typeof periodKinds;

export type Month = { year: number; month: number };
export type Period = {
  kind: PeriodKind;
  /** First month and last month, both included. */
  first: Month;
  last: Month;
  /** Instants: from the first month's first midnight to the midnight after the last month. */
  from: Date;
  to: Date;
  label: string;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const periodQuerySchema = z
  .object({
    okres: z.enum(Object.keys(periodKinds) as [PeriodKind, ...PeriodKind[]], { message: "Wybierz okres z listy." }).optional().default("ten-miesiac"),
    od: z.string().trim().max(20).optional(),
    do: z.string().trim().max(20).optional(),
  })
  .superRefine((query, context) => {
    // The months matter only for „Wybrane miesiące”; otherwise whatever is left in the fields is ignored.
    if (query.okres !== "wlasny") return;
    const check = (field: "od" | "do", missing: string) => {
      const value = query[field];
      if (!value) context.addIssue({ code: "custom", path: [field], message: missing });
      else if (!MONTH.test(value)) context.addIssue({ code: "custom", path: [field], message: "Wybierz miesiąc w postaci rok-miesiąc, na przykład 2026-09." });
      else return value;
      return null;
    };
    const from = check("od", "Wybierz pierwszy miesiąc okresu.");
    const to = check("do", "Wybierz ostatni miesiąc okresu.");
    if (from && from < "2020-01") context.addIssue({ code: "custom", path: ["od"], message: "Raporty zaczynają się od stycznia 2020 roku." });
    if (from && to && from > to) {
      context.addIssue({ code: "custom", path: ["do"], message: "Ostatni miesiąc nie może być wcześniejszy niż pierwszy. Zamień je miejscami." });
    }
  });
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

const warsawParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Warsaw",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wall(date: Date) {
  const parts = Object.fromEntries(warsawParts.formatToParts(date).map((part) => [part.type, Number(part.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The instant of midnight starting the month in Warsaw (Polish clocks never change at midnight). */
export function monthStart({ year, month }: Month): Date {
  const guess = Date.UTC(year, month - 1, 1);
  const shown = wall(new Date(guess));
  const offset = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second) - guess;
  return new Date(guess - offset);
}

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthsBetween(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  for (let month = first; month.year * 12 + month.month <= last.year * 12 + last.month; month = addMonths(month, 1)) months.push(month);
  return months;
}

const monthNames = new Intl.DateTimeFormat("pl-PL", { month: "long", year: "numeric", timeZone: "Europe/Warsaw" });
/** "grudzień 2026": month and year alone come out in the nominative. */
export function monthLabel(month: Month): string {
  return monthNames.format(new Date(monthStart(month).getTime() + 15 * 86_400_000));
}

export const monthKey = (month: Month) => `${month.year}-${String(month.month).padStart(2, "0")}`;
const parseMonth = (text: string): Month => ({ year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) });

export function resolvePeriod(query: PeriodQuery, now = new Date()): Period {
  const today = wall(now);
  const current: Month = { year: today.year, month: today.month };
  const quarterStart: Month = { year: current.year, month: current.month - ((current.month - 1) % 3) };
  const [first, last] = ((): [Month, Month] => {
    switch (query.okres) {
      case "poprzedni-miesiac":
        return [addMonths(current, -1), addMonths(current, -1)];
      case "ten-kwartal":
        return [quarterStart, addMonths(quarterStart, 2)];
      case "poprzedni-kwartal":
        return [addMonths(quarterStart, -3), addMonths(quarterStart, -1)];
      case "rok":
        return [{ year: current.year, month: 1 }, { year: current.year, month: 12 }];
      case "wlasny":
        return [parseMonth(query.od!), parseMonth(query.do!)];
      default:
        return [current, current];
    }
  })();
  const label = monthKey(first) === monthKey(last) ? monthLabel(first) : `${monthLabel(first)} – ${monthLabel(last)}`;
  return { kind: query.okres, first, last, from: monthStart(first), to: monthStart(addMonths(last, 1)), label };
}
