import type { Metadata } from "next";
import Link from "next/link";
import { LessonContent } from "@/components/lesson/LessonContent";
import { lessonFromParams, lessonStaticParams, type LessonParams } from "@/lib/content/lesson-page";
import { formatDate } from "@/lib/format";

// Only the pages built from the content exist: any other address is a 404 at once, never
// rendered and stored in the prerender cache (a stranger's random addresses would fill the disk).
export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: { params: LessonParams }): Promise<Metadata> {
  return { title: `Karta do druku — ${(await lessonFromParams(params)).lesson.meta.title}` };
}

/** Every step on A4 in large print, from the same MDX source as the lesson screens. */
export default async function PrintCardPage({ params }: { params: LessonParams }) {
  const { lesson, href } = await lessonFromParams(params);
  return (
    <article data-lesson-slug={lesson.slug} className="kc-print-card">
      <p className="kc-no-print">
        <Link href={href}>Wróć do lekcji</Link>. Aby wydrukować, naciśnij Ctrl i P (na komputerze) albo wybierz
        „Drukuj” w menu przeglądarki.
      </p>
      <h1>{lesson.meta.title}</h1>
      <p className="text-xl">{lesson.meta.summary}</p>
      <LessonContent code={lesson.code} view={{ kind: "print" }} />
      <h2>Gdzie sprawdzić aktualne informacje</h2>
      <ul className="list-disc pl-6">
        {lesson.meta.sources.map((source) => (
          <li key={source.url}>
            {source.title}: {source.url.replace(/^https:\/\//, "")}
          </li>
        ))}
      </ul>
      <p className="text-muted">Fakty sprawdzone {formatDate(lesson.meta.checkedOn)}. Klub Cyfrowy.</p>
    </article>
  );
}
