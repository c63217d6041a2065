import { certificateDocument, certificateFilterSchema, getClubCertificate, NoIssuerError, NotEarnedError, printClubCertificates, replaceRevokedCertificate } from "@/lib/access/certificates";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { audit } from "@/lib/auth/audit";
import { renderCertificates, type CertificateDocument } from "@/lib/certificates/pdf";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { cleanParam, hasControlCharacters, isSameOrigin, notAFormResponse, notSameSiteResponse, readForm } from "@/lib/forms";

const notFound = () => new Response("Nie znaleziono.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
const back = (request: Request, problem: string) => Response.redirect(new URL(`/klub/certyfikaty?problem=${problem}`, request.url), 303);

function pdfResponse(pdf: Uint8Array, name: string) {
  return new Response(Buffer.from(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${name}"`, "cache-control": "no-store" },
  });
}

/**
 * Prints one issued certificate again (`certyfikat`), or every certificate of a list (the page's
 * filter) as one merged PDF, issuing the ones not issued yet. Reprints are the same certificates;
 * `nowy` issues a new certificate in place of a revoked one and shows it.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return notSameSiteResponse();
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/logowanie?rodzaj=pracownik", request.url), 303);
  const form = await readForm(request);
  if (!form) return notAFormResponse();
  const db = await getDb();
  const site = getConfig().siteUrl ?? new URL(request.url).origin;
  try {
    const single = cleanParam(form.get("certyfikat"));
    if (single) {
      const { certificate, mayPrint } = await getClubCertificate(db, actor, single);
      if (!mayPrint || certificate.revokedAt) return notFound();
      await audit(db, { action: "certificate.print", actorId: actor.userId, clubId: certificate.clubId, targetType: "certificate", targetId: certificate.id });
      const pdf = await renderCertificates([certificateDocument(certificate, certificate.club, site)]);
      return pdfResponse(pdf, `certyfikat-${certificate.number.replace("/", "-")}.pdf`);
    }
    const replace = cleanParam(form.get("nowy"));
    if (replace) {
      const created = await replaceRevokedCertificate(db, actor, replace);
      return Response.redirect(new URL(`/klub/certyfikaty/${created.id}?nowy=1`, request.url), 303);
    }
    if (!actor.activeClubId) return notFound();
    const fields = [...form.entries()].map(([key, value]) => [key, String(value)] as const);
    if (fields.some(([, value]) => hasControlCharacters(value))) return back(request, "filtr");
    const filter = certificateFilterSchema.safeParse(Object.fromEntries(fields));
    if (!filter.success) return back(request, "filtr");
    const documents: CertificateDocument[] = await printClubCertificates(db, actor, actor.activeClubId, filter.data, site);
    if (!documents.length) return back(request, "pusto");
    return pdfResponse(await renderCertificates(documents), documents.length === 1 ? `certyfikat-${documents[0]!.number.replace("/", "-")}.pdf` : "certyfikaty.pdf");
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof NoIssuerError) return back(request, "wystawca");
    if (error instanceof NotEarnedError) return back(request, "nieukonczone");
    throw error;
  }
}
