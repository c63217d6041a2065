import type { Metadata } from "next";
import Link from "next/link";
import { ClubSwitcher } from "@/components/club/ClubSwitcher";
import { Tile } from "@/components/ui/Tile";
import { getClub } from "@/lib/access/clubs";
import { requireClub } from "@/lib/access/guard";
import { can } from "@/lib/access/policy";
import { getDb } from "@/lib/db/client";
import { countLabel } from "@/lib/format";
import { clubOverview } from "@/lib/reports/club-home";
import { describeReason, IDLE_DAYS, IDLE_WITHOUT_PATH_DAYS } from "@/lib/reports/needs-help";

export const metadata: Metadata = { title: "Mój klub" };

export default async function ClubHomePage() {
  const { actor, clubId } = await requireClub("/klub", "club.view");
  const db = await getDb();
  const [club, overview] = await Promise.all([getClub(db, actor, clubId), clubOverview(db, actor, clubId)]);
  const manager = can(actor, "educator.list", { kind: "club", clubId });
  return (
    <>
      <h1>{club.name}</h1>
      <ClubSwitcher actor={actor} returnTo="/klub" />
      <p className="kc-prose">
        Kod dołączenia do klubu: <strong>{club.joinCode}</strong>. Uczestnik, który zakłada konto w domu, może go wpisać,
        żeby jego postępy widział klub.
      </p>
      <section aria-labelledby="w-liczbach" className="my-8">
        <h2 id="w-liczbach">Klub w liczbach</h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-md border-2 border-line p-4">
            <dt>Uczyli się w tym tygodniu</dt>
            <dd className="m-0 text-3xl font-bold">
              {overview.activeThisWeek} <span className="text-xl font-normal">z {countLabel(overview.learners, ["osoby", "osób", "osób"])}</span>
            </dd>
          </div>
          <div className="rounded-md border-2 border-line p-4">
            <dt>Lekcje ukończone w tym miesiącu</dt>
            <dd className="m-0 text-3xl font-bold">
              {overview.lessonsCompletedThisMonth}{" "}
              <span className="block text-xl font-normal">
                w tym z pomocą: {overview.assistedThisMonth}, samodzielnie: {overview.lessonsCompletedThisMonth - overview.assistedThisMonth}
              </span>
            </dd>
          </div>
          <div className="rounded-md border-2 border-line p-4">
            <dt>Certyfikaty wydane w tym roku</dt>
            <dd className="m-0 text-3xl font-bold">{overview.certificatesThisYear}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="pomoc" className="my-8">
        <h2 id="pomoc">Kto potrzebuje pomocy</h2>
        {overview.needsHelp.length ? (
          <ul className="list-none p-0">
            {overview.needsHelp.map(({ learner, reasons }) => (
              <li key={learner.id} className="mb-4 rounded-md border-2 border-warning p-4">
                <Link href={`/klub/uczestnicy/${learner.id}`} className="kc-link-block text-xl font-bold">
                  {learner.displayName}
                </Link>
                <ul className="mb-0">
                  {reasons.map((reason) => (
                    <li key={`${reason.rule}-${"lessonSlug" in reason ? reason.lessonSlug : ""}`}>{describeReason(reason)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p>Teraz nikt. Pokażemy tu osoby, które od {IDLE_DAYS} dni nie ruszyły zadanej pracy, od {IDLE_WITHOUT_PATH_DAYS} dni nie uczą się, a nie mają zadanej ścieżki, utknęły na jednym kroku albo dwa razy nie zaliczyły tego samego quizu.</p>
        )}
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <Tile href="/klub/uczestnicy" title="Uczestnicy">
          <p>Dodawaj uczestników, ustawiaj nowy PIN i drukuj karty do logowania.</p>
        </Tile>
        <Tile href="/klub/postepy" title="Postępy uczestników">
          <p>Tabela: kto ukończył które lekcje, kto jest w trakcie. Do pobrania jako plik CSV.</p>
        </Tile>
        <Tile href="/klub/zajecia" title="Dziennik zajęć">
          <p>Zapisuj zajęcia w klubie: kiedy, jak długo, o czym, kto był i kto potrzebował pomocy. Do pobrania jako plik CSV.</p>
        </Tile>
        <Tile href="/klub/grupy" title="Grupy i zadane ścieżki">
          <p>Łącz uczestników w grupy i zadawaj im ścieżki nauki, z terminem albo bez.</p>
        </Tile>
        <Tile href="/klub/sciezki" title="Ścieżki nauki">
          <p>Przeglądaj ścieżki gotowe i układaj własne z wybranych lekcji, w kolejności, jakiej potrzebujesz.</p>
        </Tile>
        <Tile href="/klub/certyfikaty" title="Certyfikaty">
          <p>Sprawdzaj, kto ukończył moduł albo ścieżkę, i drukuj certyfikaty — dla jednej osoby albo całej grupy.</p>
        </Tile>
        <Tile href="/klub/urzadzenia" title="Urządzenia klubu">
          <p>Oznacz komputery i tablety klubu: tam wylogowujemy po chwili bez ruchu, by nikt nie zobaczył cudzych danych.</p>
        </Tile>
        <Tile href="/klub/zgloszenia" title="Zgłoszone błędy w lekcjach">
          <p>Co klub zgłosił przez „Coś się nie zgadza?”, co z tym zrobiła redakcja i co odpisała.</p>
        </Tile>
        {manager ? (
          <Tile href="/klub/edukatorzy" title="Edukatorzy">
            <p>Zapraszaj edukatorów do klubu i sprawdzaj, kto w nim pracuje.</p>
          </Tile>
        ) : null}
      </div>
    </>
  );
}
