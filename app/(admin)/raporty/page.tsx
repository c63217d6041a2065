import type { Metadata } from "next";
import Link from "next/link";
import { PeriodForm } from "@/components/reports/PeriodForm";
import { ReportTable } from "@/components/reports/ReportTable";
import { TrendChart } from "@/components/reports/TrendChart";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { pageNotFound } from "@/lib/not-found";
import { figureKeys, figureWords } from "@/lib/reports/programme/figures";
import { IDLE_DAYS, idleClubs } from "@/lib/reports/programme/idle";
import { readReportQuery, reportHref } from "@/lib/reports/programme/query";
import { programmeReport, trendFigures } from "@/lib/reports/programme/report";
import { cellText } from "@/lib/reports/programme/suppression";

export const metadata: Metadata = { title: "Raporty programu" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Administrators and regional coordinators: figures of clubs by area, never a person.
export default async function ProgrammeReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/raporty");
  const query = readReportQuery(await searchParams, actor);
  if (!query) pageNotFound();
  const db = await getDb();
  let report, idle;
  try {
    report = await programmeReport(db, actor, query.area, query.period);
    idle = await idleClubs(db, actor, report.code);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const href = (target: { obszar: string; klub?: string }) => reportHref("/raporty", target, query.periodQuery);
  const target = { obszar: report.code, ...(report.club ? { klub: report.club.id } : {}) };
  const crumbs = report.club ? report.crumbs : report.crumbs.slice(0, -1);
  const readable = (code: string) => actor.isAdmin || (actor.coordinatorAreas ?? []).some((area) => code.startsWith(area));

  return (
    <>
      {crumbs.length ? (
        <nav aria-label="Jesteś tutaj" className="mb-4 text-lg">
          <ol className="m-0 flex flex-wrap items-center gap-x-2 p-0">
            {crumbs.map((crumb, index) => (
              <li key={crumb.code} className="m-0 flex list-none items-center gap-2">
                {index > 0 ? <span aria-hidden="true">›</span> : null}
                {readable(crumb.code) ? (
                  <Link prefetch={false} href={href({ obszar: crumb.code })} className="inline-flex min-h-11 items-center">
                    {crumb.name}
                  </Link>
                ) : (
                  <span className="inline-flex min-h-11 items-center">{crumb.name}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <h1>Raport: {report.name}</h1>
      <p className="kc-prose">
        Okres: {report.period.label}. Liczby dotyczą klubów, nie osób: nie pokazujemy nikogo z imienia ani nazwiska, a
        liczby mniejsze niż 5 zastępujemy słowami „mniej niż 5”.
      </p>
      {actor.coordinatorAreas?.length && !actor.isAdmin && actor.coordinatorAreas.length > 1 ? (
        <ul className="kc-prose">
          {actor.coordinatorAreas.map((area) => (
            <li key={area}>
              <Link prefetch={false} href={href({ obszar: area })} className="kc-link-block">
                Twój obszar: kod TERYT {area}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      <ErrorSummary errors={query.errors} />
      <PeriodForm query={query.periodQuery} target={target} errors={query.errors} />

      <h2>Liczby {report.club ? "klubu" : "obszaru"}</h2>
      <ReportTable table={report.table} caption={`${report.name}: ${report.period.label}`} hrefOf={href} />
      <p className="kc-prose">
        <a href={reportHref("/raporty/csv", target, query.periodQuery) + "&tabela=obszar"} className="kc-link-block">
          Pobierz tę tabelę jako plik CSV (Excel, LibreOffice)
        </a>
      </p>
      <p className="kc-prose">
        <a href={reportHref("/raporty/pdf", target, query.periodQuery)} className="kc-link-block">
          Pobierz podsumowanie na jedną stronę A4 (PDF, do druku)
        </a>
      </p>

      <h2>Co znaczą te liczby</h2>
      <ul className="kc-prose">
        {figureKeys.map((figure) => (
          <li key={figure} className="mb-2">
            {figureWords[figure].definition}
          </li>
        ))}
        <li className="mb-2">
          „Mniej niż 5”: liczba od 0 do 4. Tak małe liczby mogłyby wskazać konkretne osoby, więc ich nie podajemy.
        </li>
        <li className="mb-2">
          „Ukryte”: liczba 5 lub większa, którą ukrywamy, bo po odjęciu jej od sumy w wierszu „Razem” dałoby się odczytać
          ukrytą małą liczbę. Ukrywamy najmniejsze takie liczby, aż odejmowanie przestanie cokolwiek zdradzać; gdy to nie
          wystarcza, ukrywamy także sumę.
        </li>
        <li className="mb-2">
          Osobę zapisaną do dwóch klubów liczymy w każdym z nich, ale w wierszu „Razem” tylko raz — dlatego suma wierszy
          może być większa niż „Razem”. Okresy obejmują pełne miesiące czasu polskiego.
        </li>
      </ul>

      <h2>Jak było w kolejnych miesiącach</h2>
      {trendFigures.map((figure) => (
        <TrendChart key={figure} rows={report.trend.rows} figure={figure} id={`wykres-${figure}`} />
      ))}
      <div className="kc-table-wrap" role="region" aria-labelledby="raport-miesiace" tabIndex={0}>
        <table className="kc-table">
          <caption id="raport-miesiace">{report.name}: miesiąc po miesiącu</caption>
          <thead>
            <tr>
              <th scope="col">Miesiąc</th>
              {trendFigures.map((figure) => (
                <th key={figure} scope="col">
                  {figureWords[figure].header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.trend.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">
                  {row.label}
                  {row.inPeriod ? <span className="block text-muted">w wybranym okresie</span> : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={trendFigures[index]} data-kind={cell.kind}>
                    {cellText(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="kc-prose">
        <a href={reportHref("/raporty/csv", target, query.periodQuery) + "&tabela=miesiace"} className="kc-link-block">
          Pobierz tabelę miesięcy jako plik CSV
        </a>
      </p>

      <h2>Kluby bez aktywności od {IDLE_DAYS} dni</h2>
      <p className="kc-prose">
        Kluby, w których przez ostatnie {IDLE_DAYS} dni nikt nie ukończył kroku lekcji i nie odbyły się zajęcia. Warto do
        nich zadzwonić i zapytać, czy czegoś potrzebują.
      </p>
      {idle.length ? (
        <>
          <div className="kc-table-wrap" role="region" aria-labelledby="raport-bezczynne" tabIndex={0}>
            <table className="kc-table">
              <caption id="raport-bezczynne">Kluby bez aktywności od {IDLE_DAYS} dni ({idle.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Klub</th>
                  <th scope="col">Gmina</th>
                  <th scope="col">Telefon</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Ostatnie zajęcia</th>
                </tr>
              </thead>
              <tbody>
                {idle.map((club) => (
                  <tr key={club.id}>
                    <th scope="row">{club.name}</th>
                    <td>{club.gmina}</td>
                    <td>{club.contactPhone ?? "brak"}</td>
                    <td>{club.contactEmail ?? "brak"}</td>
                    <td>{club.lastSession ? formatDate(club.lastSession) : "nigdy"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="kc-prose">
            <a href={reportHref("/raporty/csv", target, query.periodQuery) + "&tabela=bezczynne"} className="kc-link-block">
              Pobierz listę klubów bez aktywności jako plik CSV
            </a>
          </p>
        </>
      ) : (
        <p>Każdy klub tego obszaru działał w ostatnich {IDLE_DAYS} dniach.</p>
      )}
    </>
  );
}
