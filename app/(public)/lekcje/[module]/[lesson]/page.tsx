import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { buttonBase, buttonClasses } from "@/components/ui/button-styles";
import { LinkButton } from "@/components/ui/LinkButton";
import { audienceClasses } from "@/lib/audience";
import { digcompCompetences } from "@/lib/content/schema";
import { lessonFromParams, lessonStaticParams, type LessonParams } from "@/lib/content/lesson-page";
import { countLabel, formatDate, formatMinutes } from "@/lib/format";

// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: (await lessonFromParams(params)).lesson.meta.title };
}

// Prerendered, the same for everyone: a signed-in person's „Kontynuuj lekcję” asks the server
// where she stopped (./dalej), and "Moje postępy" shows each lesson's state.
export default async function LessonPage({ params }: { params: LessonParams }) {
  const { module, lesson, href } = await lessonFromParams(params);
  const { meta, analysis } = lesson;
  return (
    <article data-lesson-slug={lesson.slug}>
      <Breadcrumbs
        items={[
          { href: "/lekcje", label: "Lekcje" },
          { href: `/lekcje/${module.slug}`, label: module.meta.title },
        ]}
      />
      <h1>{meta.title}</h1>
      <p className="kc-prose text-xl">{meta.summary}</p>
      <p className="font-bold">Po tej lekcji potrafisz:</p>
      <ul className="kc-prose list-disc pl-6">
        {meta.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <p>
        Lekcja ma {countLabel(analysis.steps.length, ["krok", "kroki", "kroków"])} i krótki quiz. Zajmie Ci około{" "}
        {formatMinutes(meta.durationMinutes)}. Nie ma limitu czasu.
      </p>
      {/* The audience classes sit on plain wrappers: /wyglad.css gives them back their natural display. */}
      <div className={audienceClasses.guest}>
        <p className="flex flex-wrap gap-4">
          <LinkButton href={`${href}/1`}>Zacznij lekcję</LinkButton>
        </p>
      </div>
      <div className={audienceClasses.account}>
        <p className="flex flex-wrap gap-4">
          {/* A plain link: ./dalej is a route handler (a redirect), not a page for the router. */}
          <a href={`${href}/dalej`} className={`${buttonBase} no-underline ${buttonClasses.primary}`}>
            Kontynuuj lekcję
          </a>
          <LinkButton href={`${href}/1`} variant="secondary">
            Zacznij od początku
          </LinkButton>
        </p>
        <p>
          „Kontynuuj lekcję” otworzy miejsce, w którym skończono. Wszystkie swoje lekcje widać w{" "}
          <Link prefetch={false} href="/moje-postepy">
            Moich postępach
          </Link>
          .
        </p>
      </div>
      <p>
        Wolisz mieć kroki na papierze? <Link href={`${href}/druk`}>Wydrukuj kartę z krokami tej lekcji</Link>.
      </p>
      <h2>O tej lekcji</h2>
      <dl className="kc-prose">
        <dt className="font-bold">Fakty sprawdzone</dt>
        <dd className="mb-3 ml-0">{formatDate(meta.checkedOn)}</dd>
        {meta.app ? (
          <>
            <dt className="font-bold">Opisana wersja</dt>
            <dd className="mb-3 ml-0">
              {meta.app.name}: {meta.app.version}
            </dd>
          </>
        ) : null}
        <dt className="font-bold">Poziom</dt>
        <dd className="mb-3 ml-0">{meta.level}</dd>
        {/* For educators planning a path; to a learner the framework's name is jargon. */}
        <div className={audienceClasses.staff}>
          <dt className="font-bold">Umiejętności (DigComp 2.2)</dt>
          <dd className="mb-3 ml-0">
            {meta.digcomp.map((code) => `${code} ${digcompCompetences[code]}`).join(" · ")}
          </dd>
        </div>
      </dl>
    </article>
  );
}
