import { templateCsv } from "@/lib/club-import/template";

/** The file to fill in: the column names and one example club. Not personal, so cacheable. */
export function GET() {
  return new Response(templateCsv(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="kluby-wzor.csv"',
      "cache-control": "public, max-age=3600",
    },
  });
}
