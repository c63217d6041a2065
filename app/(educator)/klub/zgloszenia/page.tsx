import type { Metadata } from "next";
import Link from "next/link";
import { ClubSwitcher } from "@/components/club/ClubSwitcher";
import { requireClub } from "@/lib/access/guard";
import { getCatalogue, lessonHref } from "@/lib/content/catalogue";
import { clubContentReports, statusLabels } from "@/lib/content-reports/review";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Zgłoszone błędy w lekcjach" };

/** What the club reported („Coś się nie zgadza?”), its status and the editor's reply; never who sent it. */
export default async function ClubReportsPage() {
  const { actor, clubId } = await requireClub("/klub/zgloszenia", "content-report.list-club");
  const [reports, { lessons }] = await Promise.all([clubContentReports(await getDb(), actor, clubId), getCatalogue()]);
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  return (
    <>
      <h1>Zgłoszone błędy w lekcjach</h1>
      <ClubSwitcher actor={actor} returnTo="/klub/zgloszenia" />
      <p className="kc-prose">
        Zgłoszenia wysłane z Twojego klubu przez „Coś się nie zgadza? Napisz nam” pod krokiem lekcji: co z nimi zrobiła
        redakcja i co odpisała. Najnowsze na górze.
      </p>
      {reports.length ? (
        <ol className="list-none p-0">
          {reports.map((report) => {
            const lesson = bySlug.get(report.lessonSlug);
            const step = lesson?.analysis.steps.find((candidate) => candidate.id === report.stepId);
            return (
              <li key={report.id} className="mb-6 rounded-md border-2 border-line p-5">
                <h2 className="mt-0 text-2xl">
                  {lesson && step ? (
                    <Link prefetch={false} href={`${lessonHref(lesson)}/${step.number}`}>
                      {lesson.meta.title}, krok {step.number}: {step.title}
                    </Link>
                  ) : (
                    (lesson?.meta.title ?? "Lekcja, której już nie ma")
                  )}
                </h2>
                <p className="mb-2">Wysłano {formatDateTime(report.createdAt)}.</p>
                <p className="mb-1 font-bold">Co się nie zgadzało:</p>
                <p className="kc-prose whitespace-pre-line">{report.problem}</p>
                {report.screenShows ? (
                  <>
                    <p className="mb-1 font-bold">Co było na ekranie:</p>
                    <p className="kc-prose whitespace-pre-line">{report.screenShows}</p>
                  </>
                ) : null}
                <p className="mb-1">
                  Stan: <strong>{statusLabels[report.status]}</strong>
                  {report.status === "NEW" ? " — redakcja jeszcze tego nie sprawdziła." : ` (${formatDate(report.updatedAt)}).`}
                </p>
                {report.reply ? (
                  <>
                    <p className="mb-1 font-bold">Odpowiedź redakcji:</p>
                    <p className="kc-prose whitespace-pre-line">{report.reply}</p>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p>Z Twojego klubu nie przyszło jeszcze żadne zgłoszenie. Gdy coś w lekcji się nie zgadza, kliknij pod krokiem „Coś się nie zgadza? Napisz nam”.</p>
      )}
      <p className="mt-8">
        <Link prefetch={false} href="/klub" className="inline-flex min-h-11 items-center">
          Wróć do strony klubu
        </Link>
      </p>
    </>
  );
}
