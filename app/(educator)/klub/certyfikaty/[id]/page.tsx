import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasControlCharacters } from "@/lib/forms";
import Link from "next/link";
import { RevokeForm } from "@/components/certificates/RevokeForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { getClubCertificate } from "@/lib/access/certificates";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { groupCode } from "@/lib/certificates/code";
import { getDb } from "@/lib/db/client";
import { formatDate, formatMinutes } from "@/lib/format";
import { pageNotFound } from "@/lib/not-found";
import { revokeCertificateAction } from "../actions";

export const metadata: Metadata = { title: "Certyfikat" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ uniewazniono?: string; nowy?: string }>;

export default async function ClubCertificatePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  if (hasControlCharacters(id)) notFound(); // e.g. %00: never sent to the database
  const { uniewazniono, nowy } = await searchParams;
  const actor = await requireActor(`/klub/certyfikaty/${id}`);
  let found;
  try {
    found = await getClubCertificate(await getDb(), actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const { certificate, mayPrint, mayRevoke } = found;
  const code = groupCode(certificate.verificationCode);
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/certyfikaty", label: "Certyfikaty" },
        ]}
      />
      <h1>Certyfikat nr {certificate.number}</h1>
      {uniewazniono ? (
        <Notice kind="success" title="unieważniono" live>
          <p>Strona sprawdzania pokazuje teraz, że ten certyfikat jest unieważniony.</p>
        </Notice>
      ) : null}
      {nowy ? (
        <Notice kind="success" title="wydano nowy certyfikat" live>
          <p>Ma nowy numer i nowy kod. Stary pozostaje unieważniony.</p>
        </Notice>
      ) : null}
      <dl className="kc-facts">
        <dt>Stan</dt>
        <dd>
          {certificate.revokedAt
            ? `✕ Unieważniony ${formatDate(certificate.revokedAt)}${certificate.revokedBy ? ` (${certificate.revokedBy.displayName})` : ""}. Powód: ${certificate.revokeReason ?? "—"}`
            : "✓ Ważny"}
        </dd>
        <dt>Uczestnik</dt>
        <dd>{certificate.recipientName || "Konto usunięte na prośbę uczestnika"}</dd>
        <dt>{certificate.kind === "MODULE" ? "Moduł" : "Ścieżka nauki"}</dt>
        <dd>{certificate.subjectTitle}</dd>
        <dt>Ukończone</dt>
        <dd>{formatDate(certificate.completedAt)}</dd>
        {certificate.learningMinutes > 0 ? (
          <>
            <dt>Łączny czas nauki</dt>
            <dd>{formatMinutes(certificate.learningMinutes)}</dd>
          </>
        ) : null}
        <dt>Wydany</dt>
        <dd>
          {formatDate(certificate.issuedAt)}, w imieniu: {certificate.issuerName} ({certificate.issuerRole})
        </dd>
        <dt>Kod weryfikacyjny</dt>
        <dd>
          <span className="font-mono">{code}</span> —{" "}
          <Link href={`/certyfikat/${code}`} className="inline-flex min-h-11 items-center">
            strona sprawdzania
          </Link>
        </dd>
      </dl>

      {mayPrint && !certificate.revokedAt ? (
        <form method="post" action="/klub/certyfikaty/druk">
          <input type="hidden" name="certyfikat" value={certificate.id} />
          <Button type="submit">Drukuj ten certyfikat</Button>
        </form>
      ) : null}

      {mayPrint && certificate.revokedAt && certificate.user ? (
        <section aria-labelledby="nowy" className="mt-10">
          <h2 id="nowy">Nowy certyfikat w miejsce unieważnionego</h2>
          <p>Dostanie nowy numer i kod, z imieniem i nazwiskiem uczestnika takim, jak jest teraz na jego koncie.</p>
          <form method="post" action="/klub/certyfikaty/druk">
            <input type="hidden" name="nowy" value={certificate.id} />
            <Button type="submit" variant="secondary">
              Wydaj nowy certyfikat
            </Button>
          </form>
        </section>
      ) : null}

      {mayRevoke && !certificate.revokedAt ? (
        <section aria-labelledby="uniewaznij" className="mt-10">
          <h2 id="uniewaznij">Unieważnij certyfikat</h2>
          <p>
            Strona sprawdzania pokaże, że certyfikat nie jest już ważny — także temu, kto sprawdzi wydrukowany papier. Tego nie
            da się cofnąć, ale potem możesz wydać nowy certyfikat, z nowym numerem i kodem.
          </p>
          <RevokeForm action={revokeCertificateAction.bind(null, certificate.id)} />
        </section>
      ) : null}
    </div>
  );
}
