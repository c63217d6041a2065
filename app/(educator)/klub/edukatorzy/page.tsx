import type { Metadata } from "next";
import { ClubSwitcher } from "@/components/club/ClubSwitcher";
import { InviteEducatorForm } from "@/components/club/InviteEducatorForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { getClub, listStaff } from "@/lib/access/clubs";
import { requireClub } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/format";
import { inviteEducatorAction, unlockSignInAction } from "./actions";

export const metadata: Metadata = { title: "Edukatorzy" };

const roleNames = { MANAGER: "kierownik klubu", EDUCATOR: "edukator" } as const;

function roleName(role: string) {
  return role === "MANAGER" || role === "EDUCATOR" ? roleNames[role] : role;
}

export default async function EducatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, clubId } = await requireClub("/klub/edukatorzy", "educator.list");
  const { odblokowano } = await searchParams;
  const db = await getDb();
  const [club, { members, invitations }] = await Promise.all([getClub(db, actor, clubId), listStaff(db, actor, clubId)]);

  // A person who is both manager and educator is one row with both roles.
  const people = new Map<string, (typeof members)[number]["user"] & { roles: string[]; signInLockedUntil: Date | null }>();
  for (const { user, role, signInLockedUntil } of members) {
    const person = people.get(user.id) ?? { ...user, roles: [], signInLockedUntil };
    person.roles.push(roleName(role));
    people.set(user.id, person);
  }

  return (
    <>
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Edukatorzy</h1>
      <ClubSwitcher actor={actor} returnTo="/klub/edukatorzy" />
      <p className="kc-prose">
        Osoby, które prowadzą zajęcia w klubie <strong>{club.name}</strong>. Edukator widzi uczestników klubu i ich
        postępy; kierownik może też zapraszać edukatorów.
      </p>

      {odblokowano === "1" ? (
        <Notice kind="success" title="odblokowano" live>
          <p>Logowanie odblokowane. Ta osoba może się teraz zalogować swoim hasłem.</p>
        </Notice>
      ) : null}

      <div className="kc-table-wrap" role="region" aria-labelledby="pracownicy" tabIndex={0}>
        <table className="kc-table">
          <caption id="pracownicy">Pracownicy klubu ({people.size})</caption>
          <thead>
            <tr>
              <th scope="col">Imię i nazwisko</th>
              <th scope="col">Adres e-mail</th>
              <th scope="col">Rola</th>
              <th scope="col">Ostatnio w serwisie</th>
              <th scope="col">Logowanie</th>
            </tr>
          </thead>
          <tbody>
            {[...people.values()].map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.displayName}</th>
                <td>{person.email ?? "—"}</td>
                <td>{person.roles.sort((a, b) => b.localeCompare(a, "pl")).join(", ")}</td>
                <td>{person.lastSeenAt ? formatDate(person.lastSeenAt) : "jeszcze nie"}</td>
                <td>
                  {person.signInLockedUntil ? (
                    <form action={unlockSignInAction.bind(null, person.id)}>
                      <span className="mr-3">Zablokowane do {formatDateTime(person.signInLockedUntil)} po 10 błędnych hasłach.</span>
                      <Button type="submit" variant="secondary" className="mt-2">
                        Odblokuj logowanie<span className="sr-only">: {person.displayName}</span>
                      </Button>
                    </form>
                  ) : (
                    "działa"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Zaproszenia czekające na przyjęcie</h2>
      {invitations.length ? (
        <div className="kc-table-wrap" role="region" aria-labelledby="zaproszenia" tabIndex={0}>
          <table className="kc-table">
            <caption id="zaproszenia">Wysłane zaproszenia ({invitations.length})</caption>
            <thead>
              <tr>
                <th scope="col">Adres e-mail</th>
                <th scope="col">Rola</th>
                <th scope="col">Ważne do</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>{roleName(invitation.role)}</td>
                  <td>{formatDate(invitation.expiresAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Nie ma zaproszeń, które czekają na przyjęcie.</p>
      )}

      <h2>Zaproś edukatora</h2>
      <p className="kc-prose">
        Wpisz adres e-mail edukatora. Pokażemy Ci link, który mu wyślesz. Po otwarciu linku edukator założy konto i
        dołączy do klubu.
      </p>
      <InviteEducatorForm action={inviteEducatorAction} clubId={clubId} />
    </>
  );
}
