import type { Metadata } from "next";
import { headers } from "next/headers";
import { CodeForm } from "@/components/certificates/CodeForm";
import { Notice } from "@/components/ui/Notice";
import { clientIp } from "@/lib/auth/sign-in";
import { minutesUntil } from "@/lib/auth/rate-limit";
import { verifyCertificate, type PublicCertificate } from "@/lib/certificates/verify";
import { getDb } from "@/lib/db/client";
import { noteDatabaseOutage } from "@/lib/db/outage";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { countLabel, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Sprawdzenie certyfikatu", robots: { index: false } };

type Params = Promise<{ kod: string }>;

function Details({ certificate }: { certificate: PublicCertificate }) {
  return (
    <dl className="kc-facts">
      <dt>Komu wydano</dt>
      <dd>{certificate.name ?? "Osoba usunęła swoje konto, więc nie pokazujemy jej imienia i nazwiska."}</dd>
      <dt>{certificate.kind === "MODULE" ? "Ukończony moduł" : "Ukończona ścieżka nauki"}</dt>
      <dd>{certificate.subjectTitle}</dd>
      <dt>Data ukończenia</dt>
      <dd>{formatDate(certificate.completedAt)}</dd>
      <dt>Klub</dt>
      <dd>
        {certificate.clubName}, {certificate.clubPlace}
      </dd>
      <dt>Numer certyfikatu</dt>
      <dd>{certificate.number}</dd>
      <dt>Data wydania</dt>
      <dd>{formatDate(certificate.issuedAt)}</dd>
    </dl>
  );
}

export default async function VerifyPage({ params }: { params: Params }) {
  const { kod } = await params;
  const typed = safeDecode(kod);
  const result = await verifyOrUnavailable(typed, clientIp(await headers()));
  if (result.state === "unavailable") {
    return (
      <div className="kc-prose">
        <h1>Sprawdzenie certyfikatu</h1>
        <Notice kind="warning" title="usługa jest chwilowo niedostępna">
          <p>
            Nie możemy teraz sprawdzić certyfikatu, bo system ma krótką przerwę. Certyfikat i jego dane są bezpieczne — nic nie
            zginęło. Spróbuj ponownie za chwilę.
          </p>
        </Notice>
        <h2>Wpisz kod jeszcze raz</h2>
        <CodeForm value={typed.slice(0, 40)} />
      </div>
    );
  }
  return (
    <div className="kc-prose">
      <h1>Sprawdzenie certyfikatu</h1>
      {result.state === "valid" ? (
        <>
          <Notice kind="success" title="certyfikat jest prawdziwy i ważny">
            <p>Ten certyfikat wydał klub z programu Kluby Rozwoju Cyfrowego. Sprawdź, czy dane zgadzają się z wydrukiem.</p>
          </Notice>
          <Details certificate={result.certificate} />
        </>
      ) : null}
      {result.state === "revoked" ? (
        <>
          <Notice kind="warning" title="certyfikat został unieważniony">
            <p>
              Klub unieważnił ten certyfikat {formatDate(result.certificate.revokedAt!)}. Nie potwierdza on już ukończenia nauki.
              Jeśli masz pytania, skontaktuj się z klubem.
            </p>
          </Notice>
          <Details certificate={result.certificate} />
        </>
      ) : null}
      {result.state === "unknown" ? (
        <Notice kind="warning" title="nie znaleziono">
          <p>Nie znaleziono certyfikatu o tym kodzie. Sprawdź, czy kod jest przepisany dokładnie, i spróbuj jeszcze raz.</p>
        </Notice>
      ) : null}
      {result.state === "limited" ? (
        <Notice kind="warning" title="za dużo sprawdzeń">
          <p>
            Z tego miejsca sprawdzono już bardzo wiele kodów. Spróbuj ponownie za{" "}
            {countLabel(minutesUntil(result.retryAt), ["minutę", "minuty", "minut"])}.
          </p>
        </Notice>
      ) : null}
      {result.state === "valid" || result.state === "revoked" ? (
        <h2>Sprawdź inny certyfikat</h2>
      ) : (
        <h2>Wpisz kod jeszcze raz</h2>
      )}
      <CodeForm value={result.state === "valid" || result.state === "revoked" ? "" : typed.slice(0, 40)} error={result.state === "malformed" ? result.message : undefined} />
    </div>
  );
}

/** While the database is out of reach the check says so in words, not with an error page. */
async function verifyOrUnavailable(typed: string, ip: string | null): Promise<Awaited<ReturnType<typeof verifyCertificate>> | { state: "unavailable" }> {
  try {
    return await verifyCertificate(await getDb(), typed, ip);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("certificate check: the database is unavailable");
    noteDatabaseOutage();
    return { state: "unavailable" };
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
