import { importDownload } from "@/lib/club-import/downloads";
import { renderManagerLetters } from "@/lib/club-import/letters";

/** One printed letter per waiting invitation of the import. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return importDownload(request, id, "pdf", async (letters) => {
    const pdf = await renderManagerLetters(letters);
    return new Response(Buffer.from(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": 'inline; filename="zaproszenia-kierownikow.pdf"', "cache-control": "no-store" },
    });
  });
}
