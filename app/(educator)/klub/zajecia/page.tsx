import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { selectClassName } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { requireClub } from "@/lib/access/guard";
import { listSessions, sessionLeaders, sessionMonths } from "@/lib/access/sessions";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate, formatMinutes } from "@/lib/format";
import { monthLabel, sessionLogRows } from "@/lib/reports/session-log";
import { readSessionFilter } from "./filter";

export const metadata: Metadata = { title: "Dziennik zajęć" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Names({ names }: { names: string[] }) {
  return (
    <>
      {names.length}
      {names.length ? <span className="block">{names.join(", ")}</span> : null}
    </>
  );
}

export default async function SessionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, clubId } = await requireClub("/klub/zajecia", "session.log");
  const query = await searchParams;
  const filter = readSessionFilter(query);
  const db = await getDb();
  const [sessions, months, leaders] = await Promise.all([listSessions(db, actor, clubId, filter), sessionMonths(db, actor, clubId), sessionLeaders(db, actor, clubId)]);
  const rows = sessionLogRows(sessions);
  const dates = new Map(sessions.map((session) => [session.id, session.date]));
  const params = new URLSearchParams({ miesiac: filter.miesiac, prowadzacy: filter.prowadzacy }).toString();
  return (
    <>
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Dziennik zajęć</h1>
      <div className="kc-prose">
        {query.usunieto ? (
          <Notice kind="success" live>
            <p>Zajęcia są usunięte z dziennika. Postępy uczestników zostały zapisane.</p>
          </Notice>
        ) : null}
        <p>
          {leaders.length
            ? "Tu są zajęcia wszystkich edukatorów klubu."
            : "Tu są zajęcia zapisane przez Ciebie. Kierownik klubu widzi zajęcia wszystkich edukatorów."}
        </p>
        <p>
          <LinkButton href="/klub/zajecia/nowe">Dodaj zajęcia</LinkButton>
        </p>
        <form method="get" action="/klub/zajecia">
          <div className="mb-6">
            <label htmlFor="miesiac" className="mb-1 block text-xl font-bold">
              Miesiąc
            </label>
            <select id="miesiac" name="miesiac" defaultValue={filter.miesiac} className={selectClassName}>
              <option value="">Wszystkie miesiące</option>
              {months.map((month) => (
                <option key={month} value={month}>
                  {monthLabel(month)}
                </option>
              ))}
            </select>
          </div>
          {leaders.length ? (
            <div className="mb-6">
              <label htmlFor="prowadzacy" className="mb-1 block text-xl font-bold">
                Prowadzący
              </label>
              <select id="prowadzacy" name="prowadzacy" defaultValue={filter.prowadzacy} className={selectClassName}>
                <option value="">Wszyscy edukatorzy</option>
                {leaders.map((leader) => (
                  <option key={leader.id} value={leader.id}>
                    {leader.displayName}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <Button type="submit" variant="secondary">
            Pokaż
          </Button>
        </form>
        <p className="mt-6">
          <a href={`/klub/zajecia/csv?${params}`} className="kc-link-block">
            Pobierz tę listę jako plik CSV (Excel, LibreOffice)
          </a>
        </p>
      </div>

      {rows.length ? (
        <div className="kc-table-wrap" tabIndex={0} role="region" aria-labelledby="zajecia-podpis">
          <table className="kc-table">
            <caption id="zajecia-podpis">
              Zajęcia{filter.miesiac ? ` — ${monthLabel(filter.miesiac)}` : ""}: {countLabel(rows.length, ["wpis", "wpisy", "wpisów"])}, od najnowszych
            </caption>
            <thead>
              <tr>
                <th scope="col">Data</th>
                <th scope="col">Czas</th>
                <th scope="col">Tematy</th>
                <th scope="col">Prowadzący</th>
                <th scope="col">Uczestnicy</th>
                <th scope="col">Potrzebowali pomocy</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="min-w-40">
                    <Link href={`/klub/zajecia/${row.id}`} className="kc-link-block">
                      {formatDate(dates.get(row.id)!)}
                    </Link>
                  </th>
                  <td>{formatMinutes(row.minutes)}</td>
                  <td className="min-w-48">{row.topics}</td>
                  <td>{row.educator}</td>
                  <td className="min-w-48">
                    <Names names={row.attendees} />
                  </td>
                  <td className="min-w-48">
                    <Names names={row.neededHelp} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="kc-prose">{filter.miesiac || filter.prowadzacy ? "Nie ma zajęć dla tego wyboru. Wybierz inny miesiąc albo wszystkie." : "W dzienniku nie ma jeszcze zajęć. Zapisz pierwsze przyciskiem „Dodaj zajęcia”."}</p>
      )}
    </>
  );
}
