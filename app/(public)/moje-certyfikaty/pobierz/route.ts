import { NoClubError, NoIssuerError, ownCertificate, RevokedCertificateError } from "@/lib/access/certificates";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { renderCertificates } from "@/lib/certificates/pdf";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { cleanParam, isSameOrigin, notAFormResponse, notSameSiteResponse, readForm } from "@/lib/forms";

const back = (request: Request, problem: string) => Response.redirect(new URL(`/moje-certyfikaty?problem=${problem}`, request.url), 303);

/** The learner's own certificate as a PDF, issued in the club's name the first time. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return notSameSiteResponse();
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/logowanie?callbackUrl=/moje-certyfikaty", request.url), 303);
  const form = await readForm(request);
  if (!form) return notAFormResponse();
  const subject = cleanParam(form.get("temat"), 120);
  if (!subject) return back(request, "nieznany");
  try {
    const site = getConfig().siteUrl ?? new URL(request.url).origin;
    const document = await ownCertificate(await getDb(), actor, subject, site);
    const pdf = await renderCertificates([document]);
    return new Response(Buffer.from(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="certyfikat-${document.number.replace("/", "-")}.pdf"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return back(request, "nieznany");
    if (error instanceof RevokedCertificateError) return back(request, "uniewazniony");
    if (error instanceof NoClubError) return back(request, "klub");
    if (error instanceof NoIssuerError) return back(request, "wystawca");
    throw error;
  }
}
