import { importDownload } from "@/lib/club-import/downloads";
import { lettersCsv } from "@/lib/club-import/letters";
import { csvResponse } from "@/lib/reports/csv";

/** Every waiting invitation of the import with its link, for a mail merge. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return importDownload(request, id, "csv", async (letters) => csvResponse(lettersCsv(letters), "zaproszenia-kierownikow"));
}
