import type { Metadata } from "next";
import Link from "next/link";
import { ReviewForm } from "@/components/content-reports/ReviewForm";
import { Notice } from "@/components/ui/Notice";
import { ensure, requireActor } from "@/lib/access/guard";
import { getCatalogue } from "@/lib/content/catalogue";
import { editorialOverview, statusLabels } from "@/lib/content-reports/review";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate, formatDateTime } from "@/lib/format";
import { reviewReportAction } from "./actions";

export const metadata: Metadata = { title: "Redakcja", robots: { index: false } };

const reportForms = ["zgłoszenie", "zgłoszenia", "zgłoszeń"] as const;

// Editors see the lessons and what was reported about them — never who sent it, nor anyone's progress.
export default async function EditorialPage() {
  const actor = await requireActor("/redakcja");
  ensure(actor, "content-report.review", { kind: "global" });
  const { lessons: catalogue } = await getCatalogue();
  const { lessons, orphaned } = await editorialOverview(await getDb(), actor, catalogue);
  const overdue = lessons.filter((lesson) => lesson.overdue).length;
  const fresh = lessons.reduce((sum, lesson) => sum + lesson.reports.filter((report) => report.status === "NEW").length, 0);
  const reported = lessons.filter((lesson) => lesson.reports.length);
  return (
    <>
      <h1>Redakcja</h1>
      <p className="kc-prose">
        Zgłoszenia błędów w lekcjach, od najnowszych, i terminy przeglądu lekcji. Nie widzisz tu, kto wysłał zgłoszenie:
        klub, z którego przyszło, zobaczy stan i Twoją odpowiedź.
      </p>
      <p className="text-xl">
        Nowe: <strong>{countLabel(fresh, reportForms)}</strong>. Po terminie przeglądu:{" "}
        <strong>{countLabel(overdue, ["lekcja", "lekcje", "lekcji"])}</strong>.
      </p>

      <h2 id="przeglad">Przegląd lekcji</h2>
      <div className="kc-table-wrap" role="region" aria-labelledby="terminy" tabIndex={0}>
        <table className="kc-table">
          <caption id="terminy">Lekcje: najpierw po terminie przeglądu (12 miesięcy od sprawdzenia), potem według terminu</caption>
          <thead>
            <tr>
              <th scope="col">Lekcja</th>
              <th scope="col">Sprawdzono</th>
              <th scope="col">Przegląd do</th>
              <th scope="col">Zgłoszenia</th>
              <th scope="col">Źródła</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => (
              <tr key={lesson.slug} data-overdue={lesson.overdue || undefined}>
                <th scope="row">
                  <Link prefetch={false} href={lesson.href} className="inline-flex min-h-11 items-center">
                    {lesson.title}
                  </Link>
                </th>
                <td>{formatDate(lesson.checkedOn)}</td>
                <td>
                  {formatDate(lesson.dueOn)}
                  {lesson.overdue ? <strong className="block">po terminie</strong> : null}
                </td>
                <td>
                  {lesson.reports.length ? (
                    <a href={`#lekcja-${lesson.slug.replace("/", "--")}`} className="inline-flex min-h-11 items-center">
                      {countLabel(lesson.reports.length, reportForms)}
                    </a>
                  ) : (
                    "brak"
                  )}
                </td>
                <td>
                  <ul className="m-0 list-none p-0">
                    {lesson.sources.map((source) => (
                      <li key={source.url} className="m-0">
                        <a href={source.url} className="inline-flex min-h-11 items-center">
                          {source.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Zgłoszenia</h2>
      {reported.length ? null : <p>Nie ma jeszcze żadnego zgłoszenia.</p>}
      {reported.map((lesson) => (
        <section key={lesson.slug} id={`lekcja-${lesson.slug.replace("/", "--")}`} aria-labelledby={`tytul-${lesson.slug.replace("/", "--")}`} className="mb-12">
          <h3 id={`tytul-${lesson.slug.replace("/", "--")}`} className="text-2xl">
            {lesson.title}
          </h3>
          <p>
            Sprawdzono {formatDate(lesson.checkedOn)}, przegląd do {formatDate(lesson.dueOn)}
            {lesson.overdue ? " — po terminie" : ""}.
          </p>
          <ol className="list-none p-0">
            {lesson.reports.map((report) => (
              <li key={report.id} id={`zgloszenie-${report.id}`} className="mb-8 rounded-md border-2 border-line p-5">
                <h4 className="mt-0 text-xl">
                  {report.step ? (
                    <Link prefetch={false} href={`${lesson.href}/${report.step.number}`}>
                      Krok {report.step.number}: {report.step.title}
                    </Link>
                  ) : (
                    <>Krok, którego już nie ma w lekcji ({report.stepId})</>
                  )}
                </h4>
                <p className="mb-2">
                  Wysłano {formatDateTime(report.createdAt)}. Stan: <strong>{statusLabels[report.status]}</strong>.{" "}
                  {report.current ? "Dotyczy obecnej wersji lekcji." : "Dotyczy starszej wersji lekcji (od tego czasu ją zmieniono)."}
                </p>
                <p className="mb-1 font-bold">Co się nie zgadza:</p>
                <p className="kc-prose whitespace-pre-line">{report.problem}</p>
                {report.screenShows ? (
                  <>
                    <p className="mb-1 font-bold">Co jest na ekranie:</p>
                    <p className="kc-prose whitespace-pre-line">{report.screenShows}</p>
                  </>
                ) : null}
                <ReviewForm action={reviewReportAction} reportId={report.id} status={report.status} reply={report.reply} labels={statusLabels} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {orphaned.length ? (
        <Notice kind="info" title="zgłoszenia do usuniętych lekcji">
          <p>{countLabel(orphaned.length, reportForms)} dotyczy lekcji, których już nie ma: {[...new Set(orphaned.map((report) => report.lessonSlug))].join(", ")}.</p>
        </Notice>
      ) : null}
    </>
  );
}
