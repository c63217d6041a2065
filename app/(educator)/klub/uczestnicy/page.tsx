import type { Metadata } from "next";
import Link from "next/link";
import { ClubSwitcher } from "@/components/club/ClubSwitcher";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { LinkButton } from "@/components/ui/LinkButton";
import { requireClub } from "@/lib/access/guard";
import { listLearners } from "@/lib/access/learners";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { groupNames } from "@/lib/reports/learner-list";

export const metadata: Metadata = { title: "Uczestnicy" };

export default async function LearnersPage() {
  const { actor, clubId } = await requireClub("/klub/uczestnicy", "learner.list");
  const db = await getDb();
  const learners = await listLearners(db, actor, clubId);
  const groups = await db.group.findMany({ where: { clubId }, orderBy: { name: "asc" } });
  return (
    <>
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Uczestnicy</h1>
      <ClubSwitcher actor={actor} returnTo="/klub/uczestnicy" />
      <p className="flex flex-wrap gap-3">
        <LinkButton href="/klub/uczestnicy/nowy">Dodaj uczestnika</LinkButton>
        <LinkButton href="/klub/uczestnicy/kilku" variant="secondary">
          Dodaj kilku uczestników
        </LinkButton>
      </p>
      <p>
        <a href="/klub/uczestnicy/csv" className="kc-link-block">
          Pobierz listę jako plik CSV (Excel, LibreOffice)
        </a>
      </p>
      <p className="kc-prose">
        „Wydrukuj kartę” otwiera kartę do logowania (PDF) w nowej karcie przeglądarki. Nowa karta zastępuje starą — zapytamy, zanim
        ją unieważnimy.
      </p>
      <div className="kc-table-wrap">
        <table className="kc-table">
          <caption>Uczestnicy klubu ({learners.length})</caption>
          <thead>
            <tr>
              <th scope="col">Imię i nazwisko</th>
              <th scope="col">Nazwa użytkownika</th>
              <th scope="col">Grupy</th>
              <th scope="col">Ostatnio</th>
              <th scope="col">Konto</th>
              <th scope="col">Karta do logowania</th>
            </tr>
          </thead>
          <tbody>
            {learners.map((learner) => (
              <tr key={learner.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/klub/uczestnicy/${learner.id}`} className="inline-flex min-h-11 items-center">
                    {learner.displayName}
                  </Link>
                </th>
                <td>{learner.username}</td>
                <td>{groupNames(learner, clubId) || "—"}</td>
                <td>{learner.lastSeenAt ? formatDate(learner.lastSeenAt) : "jeszcze nie"}</td>
                <td>{learner.active ? "aktywne" : "wyłączone"}</td>
                <td>
                  {learner.active ? (
                    <form method="post" action="/klub/karty" target="_blank">
                      <input type="hidden" name="learnerId" value={learner.id} />
                      <Button type="submit" variant="secondary">
                        {learner.loginCardIssuedAt ? "Wydrukuj nową kartę" : "Wydrukuj kartę"}
                        <span className="sr-only"> dla: {learner.displayName} ({learner.username})</span>
                      </Button>
                    </form>
                  ) : (
                    "—"
                  )}
                  {learner.loginCardIssuedAt ? <span className="block text-muted">ostatnia: {formatDate(learner.loginCardIssuedAt)}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {groups.length ? (
        <>
          <h2>Karty do logowania dla całej grupy</h2>
          <p className="kc-prose">
            Jeden plik PDF, po jednej karcie na stronie. Nowe karty zastępują stare — stare kody QR przestaną działać.
          </p>
          <form method="post" action="/klub/karty" target="_blank" className="flex flex-wrap items-end gap-3">
            <div className="min-w-0 max-w-full">
              <label htmlFor="groupId" className="mb-1 block font-bold">
                Grupa
              </label>
              <select id="groupId" name="groupId" className="min-h-12 w-full rounded-md border-2 border-ink bg-page px-3 text-xl text-ink">
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              Drukuj karty grupy
            </Button>
          </form>
        </>
      ) : null}
    </>
  );
}
