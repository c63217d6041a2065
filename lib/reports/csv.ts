// CSV files for Excel and LibreOffice, one way for every export.

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" });

/** YYYY-MM-DD in Polish time, as the CSV prints dates. */
export function csvDate(date: Date): string {
  return isoDay.format(date);
}

function csvField(value: string): string {
  // Excel would run a formula in a cell starting with = + - @ (CSV injection): prefix it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with BOM, ";" between fields, Polish headers, CRLF: opens as is in Excel and LibreOffice. */
export function toCsv(headers: string[], rows: string[][]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}
