import type { Metadata } from "next";
import Link from "next/link";
import { PathTitleForm } from "@/components/club/PathForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Notice } from "@/components/ui/Notice";
import { requireClub } from "@/lib/access/guard";
import { listPaths } from "@/lib/access/paths";
import { getDb } from "@/lib/db/client";
import { countLabel } from "@/lib/format";
import { createPathAction } from "./actions";

export const metadata: Metadata = { title: "Ścieżki nauki" };

const lessonsLabel = (count: number) => countLabel(count, ["lekcja", "lekcje", "lekcji"]);

export default async function PathsPage({ searchParams }: { searchParams: Promise<{ usunieto?: string }> }) {
  const { usunieto } = await searchParams;
  const { actor, clubId } = await requireClub("/klub/sciezki", "path.manage");
  const { builtIn, custom } = await listPaths(await getDb(), actor, clubId);
  return (
    <div className="kc-prose">
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Ścieżki nauki</h1>
      <p>
        Ścieżka to lekcje w ustalonej kolejności. Możesz zadać ją grupie albo jednej osobie na stronie grupy lub uczestnika. Obok ścieżek gotowych
        możesz ułożyć własne.
      </p>
      {usunieto ? (
        <Notice kind="success" live>
          <p>Ścieżka jest usunięta. Nie jest już nikomu zadana.</p>
        </Notice>
      ) : null}

      <h2 id="klubu">Ścieżki klubu</h2>
      {custom.length ? (
        <ul className="list-none p-0">
          {custom.map((path) => (
            <li key={path.id} className="mb-4 rounded-md border-2 border-line p-4">
              <Link href={`/klub/sciezki/${path.id}`} className="kc-link-block text-xl font-bold">
                {path.title}
              </Link>
              {path.description ? <p className="mb-1">{path.description}</p> : null}
              <p className="mb-0">
                {path._count.items ? lessonsLabel(path._count.items) : "Bez lekcji — dodaj je na stronie ścieżki"},{" "}
                {path._count.assignments ? `zadana ${countLabel(path._count.assignments, ["raz", "razy", "razy"])}` : "jeszcze niezadana"}.
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Klub nie ma jeszcze własnych ścieżek.</p>
      )}

      <h2 id="nowa">Nowa ścieżka</h2>
      <p>Nadaj ścieżce nazwę. Na następnej stronie dodasz do niej lekcje i ustawisz ich kolejność.</p>
      <PathTitleForm action={createPathAction} submit="Utwórz ścieżkę" />

      <h2 id="gotowe">Ścieżki gotowe</h2>
      <p>Te ścieżki przychodzą razem z lekcjami. Nie można ich zmieniać, ale można je zadawać.</p>
      {builtIn.map((path) => (
        <section key={path.slug} aria-labelledby={`gotowa-${path.slug}`} className="mb-6 rounded-md border-2 border-line p-4">
          <h3 id={`gotowa-${path.slug}`} className="mt-0">
            {path.title} ({lessonsLabel(path.lessons.length)})
          </h3>
          <p>{path.description}</p>
          <ol className="mb-0">
            {path.lessons.map((lesson) => (
              <li key={lesson.slug}>{lesson.title}</li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
