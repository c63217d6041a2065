import { certificateFilterSchema, issueClubCertificates, NoIssuerError } from "@/lib/access/certificates";
import { NotFoundError } from "@/lib/access/guard";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { isSameOrigin } from "@/lib/forms";

const BATCH = 10;
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** One batch of a bulk print: issues up to ten of the list's certificates and says how far it is. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json({ message: "Odrzucono." }, 403);
  const actor = await getActor();
  if (!actor?.activeClubId) return json({ message: "Zaloguj się ponownie, a potem wróć do tej strony." }, 401);
  const body: unknown = await request.json().catch(() => null);
  const filter = certificateFilterSchema.safeParse(body);
  if (!filter.success) return json({ message: "Odśwież stronę i wybierz listę jeszcze raz." }, 400);
  try {
    const { ready, total, remaining } = await issueClubCertificates(await getDb(), actor, actor.activeClubId, filter.data, BATCH);
    return json({ ready, total, remaining });
  } catch (error) {
    if (error instanceof NotFoundError) return json({ message: "Nie znaleziono." }, 404);
    if (error instanceof NoIssuerError) return json({ message: "Klub nie ma kierownika, w którego imieniu wydajemy certyfikaty." }, 409);
    throw error;
  }
}
