import type { ReactNode } from "react";
import { GuestResume } from "@/components/progress/GuestResume";
import { LinkButton } from "@/components/ui/LinkButton";
import { getCatalogue, lessonHref } from "@/lib/content/catalogue";

/**
 * The start page for someone not signed in: who the site is for, then the first lesson's first
 * step one tap away, high on the first screen of a phone. `before` holds what only the
 * personal version says (a session that ended, a club computer).
 */
export async function GuestHome({ before, after }: { before?: ReactNode; after?: ReactNode }) {
  const { lessons } = await getCatalogue();
  const first = lessons[0];
  return (
    <div className="kc-prose">
      {before}
      <h1>Witaj w Klubie Cyfrowym</h1>
      <p className="text-2xl">Nauczysz się tu korzystać z internetu. Krok po kroku, spokojnie i bez pośpiechu.</p>
      <GuestResume />
      <p className="flex flex-wrap gap-4">
        {first ? (
          <LinkButton href={`${lessonHref(first)}/1`}>
            Zacznij pierwszą lekcję<span className="sr-only">: {first.meta.title}</span>
          </LinkButton>
        ) : null}
        <LinkButton href="/lekcje" variant="secondary">
          Wybierz lekcję
        </LinkButton>
      </p>
      {first ? <p>Pierwsza lekcja: „{first.meta.title}”.</p> : null}
      <p>
        Klub Cyfrowy to lekcje Klubów Rozwoju Cyfrowego: w bibliotekach, domach kultury i na uniwersytetach trzeciego wieku.
        Są dla dorosłych, którzy dopiero zaczynają korzystać z internetu. Możesz uczyć się w klubie, z pomocą edukatora, albo
        w domu.
      </p>
      <p>
        Pokażemy Ci, jak rozmawiać z rodziną przez wideo, jak odebrać e-receptę i jak załatwić sprawę w urzędzie przez
        telefon. Nauczysz się też rozpoznawać oszustów.
      </p>
      <h2>Nie musisz się spieszyć</h2>
      <ul>
        <li>Każdy krok to osobny ekran. Zawsze możesz wrócić.</li>
        <li>Nic tu nie zepsujesz. Ćwiczenia są bezpieczne.</li>
        <li>Nie ma limitu czasu. Możesz przerwać i wrócić jutro.</li>
      </ul>
      {after}
    </div>
  );
}
