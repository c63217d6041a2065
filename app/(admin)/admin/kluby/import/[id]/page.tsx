import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/Notice";
import { ensure, NotFoundError, requireActor } from "@/lib/access/guard";
import { clubImportResult } from "@/lib/club-import/letters";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Wynik importu klubów" };

type Params = Promise<{ id: string }>;

export default async function ClubImportResultPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor("/admin/kluby/import");
  ensure(actor, "club.import", { kind: "global" });
  const db = await getDb();
  let found: Awaited<ReturnType<typeof clubImportResult>>;
  try {
    found = await clubImportResult(db, actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { invited, waiting, expiresAt } = found;
  return (
    <>
      <h1>Wynik importu klubów</h1>
      <Notice kind="success" title="plik zapisany">
        <p>
          Plik „{found.fileName}”, {formatDateTime(found.createdAt)}
          {found.createdBy ? `, ${found.createdBy.displayName}` : ""}.
        </p>
      </Notice>
      <ul className="kc-prose">
        <li>Wierszy w pliku: {found.rows}.</li>
        <li>Nowe kluby: {found.created}.</li>
        <li>Kluby zmienione (inny adres, nazwa albo kod): {found.updated}.</li>
        <li>Kluby bez zmian: {found.unchanged}.</li>
        <li>
          Zaproszeni kierownicy: {invited}.{" "}
          {invited < found.rows ? "Klubów, które mają już kierownika albo czekające zaproszenie, nie zapraszamy drugi raz." : ""}
        </li>
      </ul>

      <h2>Zaproszenia dla kierowników</h2>
      {waiting ? (
        <>
          <p className="kc-prose">
            {countLabel(waiting, ["zaproszenie czeka", "zaproszenia czekają", "zaproszeń czeka"])} na przyjęcie
            {expiresAt ? `; linki są ważne do ${formatDate(expiresAt)}` : ""}. Każdy link działa jeden raz i pozwala
            zostać kierownikiem klubu: przekaż go tylko tej osobie, do której jest. Pobranie zapisujemy w dzienniku zdarzeń.
          </p>
          <ul className="list-none p-0">
            <li className="mb-4">
              <a href={`/admin/kluby/import/${found.id}/listy`} className="kc-link-block">
                Pobierz listy do wydruku (PDF, jedna strona na klub)
              </a>
            </li>
            <li className="mb-4">
              <a href={`/admin/kluby/import/${found.id}/linki`} className="kc-link-block">
                Pobierz listę linków (CSV, do wysłania e-mailem)
              </a>
            </li>
          </ul>
        </>
      ) : (
        <p className="kc-prose">
          {invited
            ? "Wszystkie zaproszenia z tego importu są już przyjęte albo wygasły. Nowe zaproszenie wyślesz na liście klubów."
            : "Ten import nie zaprosił nikogo: kluby z pliku mają już kierowników albo czekające zaproszenia."}
        </p>
      )}
      <p>
        <Link prefetch={false} href="/admin/kluby" className="kc-link-block">
          Przejdź do listy klubów
        </Link>
      </p>
      <p>
        <Link prefetch={false} href="/admin/kluby/import" className="kc-link-block">
          Dodaj kolejny plik
        </Link>
      </p>
    </>
  );
}
