import type { Metadata } from "next";
import { ClubSwitcher } from "@/components/club/ClubSwitcher";
import { Tile } from "@/components/ui/Tile";
import { getClub } from "@/lib/access/clubs";
import { requireClub } from "@/lib/access/guard";
import { can } from "@/lib/access/policy";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Mój klub" };

export default async function ClubHomePage() {
  const { actor, clubId } = await requireClub("/klub", "club.view");
  const club = await getClub(await getDb(), actor, clubId);
  const manager = can(actor, "educator.list", { kind: "club", clubId });
  return (
    <>
      <h1>{club.name}</h1>
      <ClubSwitcher actor={actor} returnTo="/klub" />
      <p className="kc-prose">
        Kod dołączenia do klubu: <strong>{club.joinCode}</strong>. Uczestnik, który zakłada konto w domu, może go wpisać,
        żeby jego postępy widział klub.
      </p>
      <div className="grid gap-6 sm:grid-cols-2">
        <Tile href="/klub/uczestnicy" title="Uczestnicy">
          <p>Dodawaj uczestników, ustawiaj nowy PIN i drukuj karty do logowania.</p>
        </Tile>
        <Tile href="/klub/grupy" title="Grupy i zadane ścieżki">
          <p>Łącz uczestników w grupy i zadawaj im ścieżki nauki, z terminem albo bez.</p>
        </Tile>
        <Tile href="/klub/certyfikaty" title="Certyfikaty">
          <p>Sprawdzaj, kto ukończył moduł albo ścieżkę, i drukuj certyfikaty — dla jednej osoby albo całej grupy.</p>
        </Tile>
        <Tile href="/klub/urzadzenia" title="Urządzenia klubu">
          <p>Oznacz komputery i tablety klubu: tam wylogowujemy po chwili bez ruchu, by nikt nie zobaczył cudzych danych.</p>
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
