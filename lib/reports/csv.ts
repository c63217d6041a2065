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

/** A CSV download named "<name>-YYYY-MM-DD.csv", never cached (it holds personal data). */
export function csvResponse(body: string, name: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${csvDate(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
}

export function plainTextResponse(text: string, status: number): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
