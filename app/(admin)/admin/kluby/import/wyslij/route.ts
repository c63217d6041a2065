import { can } from "@/lib/access/policy";
import { getActor } from "@/lib/auth/actor";
import { importFailure, importProblemsState } from "@/lib/club-import/form-state";
import { importUpload, MAX_FILE_BYTES } from "@/lib/club-import/upload";
import { isSameOrigin, notAFormResponse, notSameSiteResponse, readForm } from "@/lib/forms";
import { plainTextResponse } from "@/lib/reports/csv";

/**
 * The form with JavaScript: one JSON line per step of the import, so the page can show how far
 * a large file has got, then a last line with where to go or what to fix. Always status 200
 * once started: the outcome is in that last line.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return notSameSiteResponse();
  const actor = await getActor();
  if (!actor || !can(actor, "club.import", { kind: "global" })) return plainTextResponse("Nie znaleziono.", 404);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (Number.isFinite(length) && length > MAX_FILE_BYTES + 64 * 1024) {
    return plainTextResponse("Ten plik jest za duży: może mieć najwyżej 1 MB, czyli około 5 000 klubów. Podziel go na mniejsze pliki.", 413);
  }
  const form = await readForm(request);
  if (!form) return notAFormResponse();

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const outcome = await importUpload(actor, form.get("plik"), (progress) => send({ progress }));
        send(outcome.ok ? { done: `/admin/kluby/import/${outcome.summary.importId}` } : { refused: importProblemsState(outcome) });
      } catch (error) {
        send({ refused: importFailure(error) });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
