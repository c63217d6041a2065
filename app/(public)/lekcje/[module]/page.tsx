import type { Metadata } from "next";
import Link from "next/link";
import { pageNotFound } from "@/lib/not-found";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { findModule, getCatalogue, lessonHref, totalMinutes } from "@/lib/content/catalogue";
import { countLabel, formatMinutes } from "@/lib/format";

type Params = Promise<{ module: string }>;


// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalogue()).modules.map((module) => ({ module: module.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const module = await findModule((await params).module);
  return { title: module?.meta.title };
}

export default async function ModulePage({ params }: { params: Params }) {
  const module = await findModule((await params).module);
  if (!module) pageNotFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/lekcje", label: "Lekcje" }]} />
      <h1>{module.meta.title}</h1>
      <p className="kc-prose text-xl">{module.meta.description}</p>
      <p className="text-muted">
        {countLabel(module.lessons.length, ["lekcja", "lekcje", "lekcji"])}, razem około{" "}
        {formatMinutes(totalMinutes(module.lessons))}.
      </p>
      <ol className="m-0 grid gap-6 p-0">
        {module.lessons.map((lesson, index) => (
          <li key={lesson.slug} className="m-0 list-none rounded-md border-2 border-line p-5">
            <h2 className="mt-0">
              <Link href={lessonHref(lesson)}>
                Lekcja {index + 1}. {lesson.meta.title}
              </Link>
            </h2>
            <p>{lesson.meta.summary}</p>
            <p className="mb-1 font-bold">Po tej lekcji potrafisz:</p>
            <ul className="kc-prose list-disc pl-6">
              {lesson.meta.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
            <p className="mb-0 text-muted">
              Około {formatMinutes(lesson.meta.durationMinutes)} ·{" "}
              {countLabel(lesson.analysis.steps.length, ["krok", "kroki", "kroków"])}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
