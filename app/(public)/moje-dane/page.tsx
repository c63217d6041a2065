import type { Metadata } from "next";
import Link from "next/link";
import { AccountSections } from "@/components/account/AccountSections";
import { ActivitySections } from "@/components/account/ActivitySections";
import { LearningSections } from "@/components/account/LearningSections";
import { LinkButton } from "@/components/ui/LinkButton";
import { buttonBase, buttonClasses } from "@/components/ui/button-styles";
import { readOwnData } from "@/lib/account/export";
import { ensure, requireActor } from "@/lib/access/guard";
import { getCatalogue } from "@/lib/content/catalogue";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Moje dane" };

export default async function MyDataPage() {
  const actor = await requireActor("/moje-dane");
  ensure(actor, "self.export", { kind: "user", userId: actor.userId });
  const [{ tables }, { lessons }] = await Promise.all([readOwnData(await getDb(), actor), getCatalogue()]);
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.meta.title]));
  return (
    <>
      <div className="kc-prose">
        <h1>Moje dane</h1>
        <p className="text-xl">Tu widzisz wszystko, co Klub Cyfrowy zapisał o Tobie.</p>
        <p>Możesz też pobrać te dane jako plik. To plik dla komputera (JSON). Możesz go zachować albo przenieść do innej usługi.</p>
        <p>
          {/* A plain link: the file comes from a route handler, not a page to navigate to. */}
          <a href="/moje-dane/pobierz" download className={`${buttonBase} ${buttonClasses.primary} no-underline`}>
            Pobierz plik z moimi danymi (JSON)
          </a>
        </p>
        <p>
          Coś się nie zgadza? Edukator w klubie może poprawić Twoje imię i nazwisko. Więcej o Twoich prawach przeczytasz w{" "}
          <Link prefetch={false} href="/prywatnosc#prawa">
            polityce prywatności
          </Link>
          .
        </p>
      </div>
      <AccountSections tables={tables} />
      <LearningSections tables={tables} titles={titles} />
      <ActivitySections tables={tables} userId={actor.userId} />
      <section className="kc-prose">
        <h2 id="usuniecie">Usunięcie konta</h2>
        <p>Możesz usunąć swoje konto razem z tymi danymi. Najpierw wyjaśnimy, co dokładnie się stanie.</p>
        <p>
          <LinkButton href="/moje-dane/usun" variant="secondary">
            Usuń moje konto
          </LinkButton>
        </p>
      </section>
    </>
  );
}
