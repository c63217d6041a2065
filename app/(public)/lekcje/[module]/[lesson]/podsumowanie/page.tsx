import type { Metadata } from "next";
import Link from "next/link";
import { LessonContent } from "@/components/lesson/LessonContent";
import { LessonFrame } from "@/components/lesson/LessonFrame";
import { PracticeLink } from "@/components/lesson/PracticeLink";
import { scenarios } from "@/components/simulators/registry";
import { LinkButton } from "@/components/ui/LinkButton";
import { lessonHref } from "@/lib/content/catalogue";
import { lessonFromParams, lessonStaticParams, type LessonParams } from "@/lib/content/lesson-page";

// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: `Podsumowanie — ${(await lessonFromParams(params)).lesson.meta.title}` };
}

export default async function SummaryPage({ params }: { params: LessonParams }) {
  const { lesson, href, next, module } = await lessonFromParams(params);
  const { steps } = lesson.analysis;
  return (
    <article data-lesson-slug={lesson.slug}>
      <LessonFrame
        lessonTitle={lesson.meta.title}
        lessonHref={href}
        progress={{ value: steps.length, max: steps.length, label: "Lekcja ukończona" }}
      >
        <h1 className="mt-6">Podsumowanie</h1>
        <h2>Co już potrafisz</h2>
        <p>Teraz potrafisz:</p>
        <ul className="kc-prose list-disc pl-6">
          {lesson.meta.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
        <h2>Co warto poćwiczyć</h2>
        <LessonContent code={lesson.code} view={{ kind: "summary" }} />
        {scenarios
          .filter((scenario) => scenario.lessonSlug === lesson.slug)
          .map((scenario) => (
            <PracticeLink key={scenario.slug} simulator={scenario.slug} title={scenario.title} />
          ))}
        <h2>Gdzie sprawdzić aktualne informacje</h2>
        <ul className="kc-prose kc-link-list list-disc pl-6">
          {lesson.meta.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
        <h2>Co dalej</h2>
        {next ? (
          <p>
            <LinkButton href={lessonHref(next)}>Następna lekcja: {next.meta.title}</LinkButton>
          </p>
        ) : (
          <p>To była ostatnia lekcja. Gratulacje! Możesz wrócić do dowolnej lekcji, żeby powtórzyć.</p>
        )}
        <p>
          <Link href={`/lekcje/${module.slug}`}>Wróć do tematu „{module.meta.title}”</Link> ·{" "}
          <Link href="/lekcje">Wszystkie lekcje</Link>
        </p>
      </LessonFrame>
    </article>
  );
}
