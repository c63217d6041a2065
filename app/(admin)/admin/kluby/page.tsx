import type { Metadata } from "next";
import Link from "next/link";
import { ClubForm } from "@/components/admin/ClubForm";
import { InviteManagerForm } from "@/components/admin/InviteManagerForm";
import { clubKinds, listClubsWithFigures, voivodeships } from "@/lib/access/clubs";
import { ensure, requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { countLabel } from "@/lib/format";
import { createClubAction, inviteManagerAction } from "./actions";

export const metadata: Metadata = { title: "Kluby" };

// Administrators see figures only: how many people, never who they are.
export default async function AdminClubsPage() {
  const actor = await requireActor("/admin/kluby");
  ensure(actor, "club.list-all", { kind: "global" });
  const clubs = await listClubsWithFigures(await getDb(), actor);
  return (
    <>
      <h1>Kluby</h1>
      <p className="kc-prose">
        Wszystkie Kluby Rozwoju Cyfrowego. Widzisz tu tylko liczby osób — imiona i nazwiska uczestników zna wyłącznie
        ich klub.
      </p>

      <p className="kc-prose">
        Masz wiele klubów do dodania?{" "}
        <Link prefetch={false} href="/admin/kluby/import" className="kc-link-block">
          Dodaj kluby z pliku CSV
        </Link>
      </p>

      <h2>Lista klubów</h2>
      {clubs.length ? (
        <div className="kc-table-wrap" role="region" aria-labelledby="lista-klubow" tabIndex={0}>
          <table className="kc-table">
            <caption id="lista-klubow">Wszystkie kluby ({countLabel(clubs.length, ["klub", "kluby", "klubów"])})</caption>
            <thead>
              <tr>
                <th scope="col">Klub</th>
                <th scope="col">Rodzaj</th>
                <th scope="col">Gmina</th>
                <th scope="col">Powiat</th>
                <th scope="col">Województwo</th>
                <th scope="col">Uczestnicy</th>
                <th scope="col">Edukatorzy</th>
                <th scope="col">Kierownicy</th>
                <th scope="col">Kod dołączenia</th>
              </tr>
            </thead>
            <tbody>
              {clubs.map((club) => (
                <tr key={club.id}>
                  <th scope="row">{club.name}</th>
                  <td>{clubKinds[club.kind]}</td>
                  <td>{club.gmina}</td>
                  <td>{club.powiat}</td>
                  <td>{voivodeships[club.voivodeship]}</td>
                  <td>{club.learners}</td>
                  <td>{club.educators}</td>
                  <td>{club.managers}</td>
                  <td>{club.joinCode}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Nie ma jeszcze żadnego klubu. Dodaj pierwszy w formularzu poniżej.</p>
      )}

      {clubs.length ? (
        <>
          <h2>Zaproś kierownika klubu</h2>
          <p className="kc-prose">
            Kierownik dostanie od Ciebie link. Po jego otwarciu założy konto (albo użyje swojego) i będzie mógł zapraszać
            edukatorów do klubu.
          </p>
          {clubs.map((club) => (
            <section key={club.id} aria-labelledby={`klub-${club.id}`} className="mb-10 rounded-md border-2 border-line p-5">
              <h3 id={`klub-${club.id}`} className="mt-0">
                {club.name}
              </h3>
              <p>
                {club.managers
                  ? `Ten klub ma już ${countLabel(club.managers, ["kierownika", "kierowników", "kierowników"])}.`
                  : "Ten klub nie ma jeszcze kierownika."}
              </p>
              <InviteManagerForm action={inviteManagerAction} clubId={club.id} clubName={club.name} />
            </section>
          ))}
        </>
      ) : null}

      <h2>Dodaj klub</h2>
      <ClubForm action={createClubAction} kinds={clubKinds} voivodeships={voivodeships} />
    </>
  );
}
