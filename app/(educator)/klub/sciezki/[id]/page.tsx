import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasControlCharacters } from "@/lib/forms";
import { FocusFragment } from "@/components/club/FocusFragment";
import { PathTitleForm } from "@/components/club/PathForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { selectClassName } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { getPath, lessonAnchor, lessonsToAdd } from "@/lib/access/paths";
import { getCatalogue } from "@/lib/content/catalogue";
import { getDb } from "@/lib/db/client";
import { countLabel } from "@/lib/format";
import { pageNotFound } from "@/lib/not-found";
import { addLessonAction, deletePathAction, moveLessonAction, removeLessonAction, renamePathAction } from "../actions";

export const metadata: Metadata = { title: "Ścieżka nauki" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | undefined>>;

const notices: Record<string, string> = {
  zalozono: "Ścieżka jest utworzona. Dodaj do niej lekcje.",
  dodano: "Lekcja jest dodana na końcu ścieżki.",
  usunieto: "Lekcja nie jest już w tej ścieżce.",
};

const problems: Record<string, { title: string; text: string }> = {
  wybierz: { title: "nie wybrano lekcji", text: "Wybierz lekcję z listy i naciśnij „Dodaj lekcję”." },
  "juz-jest": { title: "ta lekcja już jest w ścieżce", text: "Każda lekcja może być w ścieżce tylko raz. Wybierz inną." },
  potwierdz: { title: "ścieżka nie jest usunięta", text: "Zaznacz „Tak, usuń tę ścieżkę” i naciśnij „Usuń ścieżkę” jeszcze raz." },
};

export default async function PathPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  if (hasControlCharacters(id)) notFound(); // e.g. %00: never sent to the database
  const query = await searchParams;
  const actor = await requireActor(`/klub/sciezki/${id}`);
  let path;
  try {
    path = await getPath(await getDb(), actor, id);
  } catch (error) {
    // A built-in path, another club's or one just deleted: all look like a page that does not exist.
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const catalogue = await getCatalogue();
  const bySlug = new Map(catalogue.lessons.map((lesson) => [lesson.slug, lesson]));
  const moduleTitles = new Map(catalogue.modules.map((module) => [module.slug, module.meta.title]));
  const items = path.items.map((item) => ({ slug: item.lessonSlug, lesson: bySlug.get(item.lessonSlug) }));
  const toAdd = await lessonsToAdd(items.map((item) => item.slug));
  const shown = Object.keys(notices).find((key) => query[key]);
  const problem = query.problem ? problems[query.problem] : undefined;
  const place = /^\d{1,3}$/.test(query.miejsce ?? "") ? Number(query.miejsce) : null;
  const moved = query.przesunieto === "wyzej" ? "wyżej" : query.przesunieto === "nizej" ? "niżej" : null;
  const groups = path.assignments.filter((assignment) => assignment.group).length;
  const learners = path.assignments.length - groups;
  return (
    <div className="kc-prose">
      <FocusFragment />
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/sciezki", label: "Ścieżki nauki" },
        ]}
      />
      <h1>{path.title}</h1>
      {path.description ? <p>{path.description}</p> : null}
      {shown ? (
        <Notice kind="success" live>
          <p>{notices[shown]}</p>
        </Notice>
      ) : null}
      {moved ? (
        <Notice kind="success" live>
          <p>
            Lekcja jest przesunięta {moved}
            {place ? `, teraz jest na miejscu ${place}` : ""}. Nowa kolejność jest już zapisana.
          </p>
        </Notice>
      ) : null}
      {problem ? (
        <Notice kind="warning" title={problem.title} live>
          <p>{problem.text}</p>
        </Notice>
      ) : null}

      <h2 id="lekcje">Lekcje w kolejności ({items.length})</h2>
      {items.length ? (
        <>
          <p>Uczestnicy zobaczą lekcje w tej kolejności. Przyciskami „Wyżej” i „Niżej” przesuwasz lekcję o jedno miejsce.</p>
          <ol className="list-none p-0">
            {items.map(({ slug, lesson }, index) => {
              const title = lesson?.meta.title ?? slug;
              return (
                <li key={slug} id={lessonAnchor(slug)} tabIndex={-1} className="mb-3 scroll-mt-8 rounded-md border-2 border-line p-3 focus:border-ink">
                  <p className="mb-2">
                    <span className="font-bold">
                      {index + 1}. {title}
                    </span>
                    {lesson ? <span className="block text-muted">{moduleTitles.get(lesson.moduleSlug)}</span> : <span className="block">(tej lekcji nie ma już w katalogu)</span>}
                  </p>
                  <div className="flex flex-wrap gap-3">
                    {index > 0 ? (
                      <form action={moveLessonAction.bind(null, path.id, slug, "up")}>
                        <Button type="submit" variant="secondary">
                          Wyżej<span className="sr-only"> — {title}</span>
                        </Button>
                      </form>
                    ) : null}
                    {index < items.length - 1 ? (
                      <form action={moveLessonAction.bind(null, path.id, slug, "down")}>
                        <Button type="submit" variant="secondary">
                          Niżej<span className="sr-only"> — {title}</span>
                        </Button>
                      </form>
                    ) : null}
                    <form action={removeLessonAction.bind(null, path.id, slug)}>
                      <Button type="submit" variant="warning">
                        Usuń<span className="sr-only"> ze ścieżki: {title}</span>
                      </Button>
                    </form>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p>Ścieżka nie ma jeszcze lekcji. Dodaj pierwszą poniżej.</p>
      )}

      <h2 id="dodaj">Dodaj lekcję</h2>
      {toAdd.length ? (
        <form action={addLessonAction.bind(null, path.id)}>
          <div className="mb-6">
            <label htmlFor="lesson" className="mb-1 block text-xl font-bold">
              Lekcja
            </label>
            <p id="lesson-podpowiedz" className="mb-2 text-muted">
              Lekcje są pogrupowane według modułów. Nowa lekcja trafi na koniec ścieżki.
            </p>
            <select id="lesson" name="lesson" defaultValue="" aria-describedby="lesson-podpowiedz" className={selectClassName}>
              <option value="">Wybierz…</option>
              {toAdd.map((module) => (
                <optgroup key={module.slug} label={module.title}>
                  {module.lessons.map((lesson) => (
                    <option key={lesson.slug} value={lesson.slug}>
                      {lesson.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <Button type="submit">Dodaj lekcję</Button>
        </form>
      ) : (
        <p>Wszystkie lekcje są już w tej ścieżce.</p>
      )}

      <h2>Nazwa i opis</h2>
      <PathTitleForm action={renamePathAction.bind(null, path.id)} title={path.title} description={path.description ?? ""} submit="Zapisz nazwę" />

      <h2 id="usun">Usuń ścieżkę</h2>
      <p>
        {path.assignments.length
          ? `Ta ścieżka jest zadana: ${[groups ? countLabel(groups, ["grupie", "grupom", "grupom"]) : null, learners ? countLabel(learners, ["osobie", "osobom", "osobom"]) : null].filter(Boolean).join(" i ")}. Usunięcie ścieżki wycofa ją — uczestnicy przestaną ją widzieć na swojej stronie głównej.`
          : "Ta ścieżka nie jest nikomu zadana."}{" "}
        Postępy uczestników w lekcjach zostaną zapisane. Usuniętej ścieżki nie da się przywrócić.
      </p>
      <form action={deletePathAction.bind(null, path.id)}>
        <div className="mb-6 rounded-md border-2 border-line has-[:checked]:border-warning">
          <label htmlFor="confirm" className="flex min-h-12 cursor-pointer items-center gap-3 p-3">
            <input id="confirm" type="checkbox" name="confirm" value="tak" className="h-7 w-7 shrink-0 accent-[var(--kc-primary)]" />
            <span>Tak, usuń tę ścieżkę{path.assignments.length ? " i wycofaj ją wszystkim, którym jest zadana" : ""}</span>
          </label>
        </div>
        <Button type="submit" variant="warning">
          Usuń ścieżkę
        </Button>
      </form>
    </div>
  );
}
