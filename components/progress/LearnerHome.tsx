import Link from "next/link";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { ownCertificates } from "@/lib/access/certificates";
import type { Actor } from "@/lib/access/policy";
import { getCatalogue, lessonHref, type Lesson } from "@/lib/content/catalogue";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDate } from "@/lib/format";
import { placeHref } from "@/lib/progress/lessons";
import { assignedPaths, readLearnerProgress, resumeFor, statusOf } from "@/lib/progress/read";
import { placeWords, type LessonPlace } from "@/lib/progress/rules";
import { StatusLabel } from "./StatusLabel";

function placeLabel(lesson: Lesson, place: LessonPlace): string {
  return placeWords(place, lesson.analysis.steps.length);
}

/** A signed-in learner's home: one big "Kontynuuj", then what the club gave them to do. */
export async function LearnerHome({ actor }: { actor: Actor }) {
  const db = await getDb();
  const [catalogue, progress, assigned, certificates] = await Promise.all([
    getCatalogue(),
    readLearnerProgress(db, actor.userId),
    assignedPaths(db, actor.userId),
    ownCertificates(db, actor),
  ]);
  const newCertificates = certificates.earned.filter((entry) => !entry.certificate);
  const bySlug = new Map(catalogue.lessons.map((lesson) => [lesson.slug, lesson]));
  const target = resumeFor(catalogue.lessons, progress);
  const targetLesson = target ? bySlug.get(target.lessonSlug) : undefined;
  const firstName = actor.displayName.split(" ")[0];
  const done = catalogue.lessons.filter((lesson) => statusOf(lesson, progress) === "done").length;
  return (
    <div className="kc-prose">
      <h1>Dzień dobry, {firstName}!</h1>
      {newCertificates.length ? (
        <Notice kind="success" title={newCertificates.length === 1 ? "Twój certyfikat jest gotowy" : "Twoje certyfikaty są gotowe"}>
          <p>
            Udało się ukończyć: {newCertificates.map((entry) => `„${entry.subject.title}”`).join(", ")}. Możesz pobrać certyfikat i go
            wydrukować.
          </p>
          <LinkButton href="/moje-certyfikaty" variant="secondary">
            Moje certyfikaty
          </LinkButton>
        </Notice>
      ) : null}
      {target && targetLesson ? (
        <section aria-labelledby="kontynuuj" className="my-8 rounded-md border-2 border-primary p-6" data-resume={placeHref(targetLesson, target.place)}>
          <h2 id="kontynuuj" className="mt-0">
            {target.startsNewLesson ? "Następna lekcja" : "Wróć do przerwanej lekcji"}
          </h2>
          <p className="text-xl">
            <strong>{targetLesson.meta.title}</strong>: {placeLabel(targetLesson, target.place)}.
          </p>
          <LinkButton href={placeHref(targetLesson, target.place)} className="text-2xl">
            Kontynuuj<span className="sr-only">: {targetLesson.meta.title}</span>
            <span aria-hidden="true">&nbsp;→</span>
          </LinkButton>
        </section>
      ) : progress.last ? (
        <p className="text-2xl">Wszystkie lekcje ukończone. Gratulacje! Możesz wracać do nich, kiedy chcesz.</p>
      ) : (
        <section aria-labelledby="zacznij" className="my-8 rounded-md border-2 border-primary p-6">
          <h2 id="zacznij" className="mt-0">
            Zacznij pierwszą lekcję
          </h2>
          <p>Każdy krok to osobny ekran. Nie ma limitu czasu.</p>
          {catalogue.lessons[0] ? <LinkButton href={`${lessonHref(catalogue.lessons[0])}/1`}>Zacznij naukę</LinkButton> : null}
        </section>
      )}

      {assigned.length ? (
        <section aria-labelledby="zadane">
          <h2 id="zadane">Zadane w klubie</h2>
          <ol className="list-none p-0">
            {assigned.map((assignment) => {
              const lessons = assignment.lessonSlugs.map((slug) => bySlug.get(slug)).filter((lesson): lesson is Lesson => Boolean(lesson));
              const finished = lessons.filter((lesson) => statusOf(lesson, progress) === "done").length;
              const next = lessons.find((lesson) => statusOf(lesson, progress) !== "done");
              return (
                <li key={assignment.assignmentId} className="mb-6 rounded-md border-2 border-line p-4">
                  <h3 className="mt-0">{assignment.pathTitle}</h3>
                  <p className="mb-2">
                    {assignment.assignedBy ? <>Zadane przez: {assignment.assignedBy}. </> : null}
                    {assignment.dueDate ? <>Termin: {formatDate(assignment.dueDate)}. </> : null}
                    Ukończone: {finished} z {countLabel(lessons.length, ["lekcji", "lekcji", "lekcji"])}.
                  </p>
                  <ol className="mb-2">
                    {lessons.map((lesson) => (
                      <li key={lesson.slug}>
                        <Link prefetch={false} href={lessonHref(lesson)}>
                          {lesson.meta.title}
                        </Link>{" "}
                        — <StatusLabel status={statusOf(lesson, progress)} />
                      </li>
                    ))}
                  </ol>
                  {next ? (
                    <LinkButton href={lessonHref(next)} variant="secondary">
                      Otwórz lekcję: {next.meta.title}
                    </LinkButton>
                  ) : (
                    <p className="font-bold">
                      <span aria-hidden="true">✔ </span>Wszystko zrobione.
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <p>
        Ukończone lekcje: {done} z {catalogue.lessons.length}.{" "}
        <Link prefetch={false} href="/moje-postepy">
          Zobacz wszystkie moje postępy
        </Link>
      </p>
      <p>
        <Link prefetch={false} href="/lekcje" className="inline-flex min-h-11 items-center">
          Wszystkie lekcje
        </Link>
      </p>
    </div>
  );
}
