import type { Metadata } from "next";
import Link from "next/link";
import { PracticeList } from "@/components/progress/PracticeList";
import { StatusLabel } from "@/components/progress/StatusLabel";
import { requireActor } from "@/lib/access/guard";
import { getCatalogue, lessonHref } from "@/lib/content/catalogue";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate, formatMinutes } from "@/lib/format";
import { lessonShape, placeHref } from "@/lib/progress/lessons";
import { certificatesHeld, readLearnerProgress, statusOf } from "@/lib/progress/read";
import { ownPractice } from "@/lib/simulators/practice";
import { moduleStatus, noFacts, placeInLesson, placeWords } from "@/lib/progress/rules";

export const metadata: Metadata = { title: "Moje postępy", robots: { index: false } };

const moduleWords = { done: "Moduł ukończony", "in-progress": "Moduł w trakcie", "not-started": "Moduł nie rozpoczęty" } as const;

export default async function MyProgressPage() {
  const actor = await requireActor("/moje-postepy");
  const db = await getDb();
  const [catalogue, progress, certificates, practice] = await Promise.all([
    getCatalogue(),
    readLearnerProgress(db, actor.userId),
    certificatesHeld(db, actor.userId),
    ownPractice(db, actor),
  ]);
  const statuses = new Map(catalogue.lessons.map((lesson) => [lesson.slug, statusOf(lesson, progress)]));
  const done = [...statuses.values()].filter((status) => status === "done").length;
  const started = [...statuses.values()].filter((status) => status === "in-progress").length;
  return (
    <div className="kc-prose">
      <h1>Moje postępy</h1>
      <ul className="list-none p-0 text-xl">
        <li>
          Ukończone lekcje: <strong>{done}</strong> z {catalogue.lessons.length}
        </li>
        <li>
          Lekcje w trakcie: <strong>{started}</strong>
        </li>
        <li>
          Czas nauki: <strong>{progress.minutes ? formatMinutes(progress.minutes) : "jeszcze nic"}</strong>
        </li>
        <li>
          Certyfikaty: <strong>{certificates.length ? countLabel(certificates.length, ["certyfikat", "certyfikaty", "certyfikatów"]) : "jeszcze żadnego"}</strong>
        </li>
      </ul>
      <p className="text-lg text-muted">
        Czas nauki liczymy od pierwszego do ostatniego kroku w każdym posiedzeniu. Przerwa dłuższa niż pół godziny
        zaczyna nowe posiedzenie.
      </p>

      {catalogue.modules.map((module) => {
        const moduleState = moduleStatus(module.lessons.map((lesson) => statuses.get(lesson.slug)!));
        return (
          <section key={module.slug} aria-labelledby={`modul-${module.slug}`} className="mt-10">
            <h2 id={`modul-${module.slug}`} className="mb-2">
              {module.meta.title}
            </h2>
            <p>
              <StatusLabel status={moduleState} words={moduleWords} />
            </p>
            <ul className="list-none p-0">
              {module.lessons.map((lesson) => {
                const status = statuses.get(lesson.slug)!;
                const facts = progress.facts.get(lesson.slug) ?? noFacts;
                const shape = lessonShape(lesson);
                // The same place as „Kontynuuj” and the educator's matrix: her last step counts in the lesson she was in last.
                const place = placeInLesson(shape, facts, progress.last?.lessonSlug === lesson.slug ? progress.last.stepId : null);
                const continueHref = placeHref(lesson, place);
                return (
                  <li key={lesson.slug} className="mb-3 rounded-md border-2 border-line p-3" data-lesson-slug={lesson.slug}>
                    <Link prefetch={false} href={lessonHref(lesson)} className="text-xl font-bold">
                      {lesson.meta.title}
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-x-4">
                      <StatusLabel status={status} />
                      {status === "done" && facts.completedAt ? <span>{formatDate(facts.completedAt)}</span> : null}
                      {status === "in-progress" ? (
                        <>
                          <span>
                            Teraz: {placeWords(place, shape.stepIds.length)}
                            {facts.quizPassed ? ", quiz zaliczony" : ""}
                          </span>
                          <Link prefetch={false} href={continueHref} className="inline-flex min-h-11 items-center">
                            Kontynuuj<span className="sr-only"> lekcję {lesson.meta.title}</span>
                          </Link>
                        </>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="cwiczenia" className="mt-10">
        <h2 id="cwiczenia">Ćwiczenia bez ryzyka</h2>
        <p>Pokazowe strony usług z lekcji. Zapisujemy tylko, że ćwiczenie jest ukończone — nie to, co w nim wpisujesz.</p>
        <PracticeList records={practice} />
      </section>

      <section aria-labelledby="certyfikaty" className="mt-10">
        <h2 id="certyfikaty">Moje certyfikaty</h2>
        {certificates.length ? (
          <ul>
            {certificates.map((certificate) => (
              <li key={certificate.id}>
                {certificate.subjectTitle} — nr {certificate.number}, wydany {formatDate(certificate.issuedAt)}
                {certificate.revokedAt ? " (unieważniony)" : ""}.
              </li>
            ))}
          </ul>
        ) : (
          <p>Nie masz jeszcze certyfikatu. Dostaniesz go, gdy ukończysz cały moduł albo całą ścieżkę nauki.</p>
        )}
        <p>
          <Link prefetch={false} href="/moje-certyfikaty" className="kc-link-block">
            Pobierz certyfikaty i zdecyduj, co widać na stronie sprawdzania
          </Link>
        </p>
      </section>

      <p className="mt-10">
        Chcesz zobaczyć wszystko, co o Tobie zapisujemy, albo usunąć konto?{" "}
        <Link prefetch={false} href="/moje-dane">
          Moje dane
        </Link>
      </p>
    </div>
  );
}
