const pluralRules = new Intl.PluralRules("pl");

/** Polish plural forms: plural(5, ["lekcja", "lekcje", "lekcji"]) → "lekcji". */
export function plural(count: number, [one, few, many]: readonly [string, string, string]): string {
  if (!Number.isInteger(count)) return few;
  const rule = pluralRules.select(count);
  return rule === "one" ? one : rule === "few" ? few : many;
}

export function countLabel(count: number, forms: readonly [string, string, string]): string {
  return `${count} ${plural(count, forms)}`;
}

const dateFormatter = new Intl.DateTimeFormat("pl-PL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Warsaw" });

/** One date style across the app: "31 marca 2026". */
export function formatDate(date: Date): string {
  return dateFormatter.format(date);
}

/** "1 godz. 5 min", "25 min" — for durations a person reads. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} godz.` : `${hours} godz. ${rest} min`;
}

const dateTimeFormatter = new Intl.DateTimeFormat("pl-PL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Warsaw",
});

/** The same date style with the time: "31 marca 2026 o 10:05". */
export function formatDateTime(date: Date): string {
  const parts = dateTimeFormatter.formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return `${pick("day")} ${pick("month")} ${pick("year")} o ${pick("hour")}:${pick("minute")}`;
}
