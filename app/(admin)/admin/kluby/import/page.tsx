import type { Metadata } from "next";
import Link from "next/link";
import { ClubImportForm } from "@/components/admin/ClubImportForm";
import { ensure, requireActor } from "@/lib/access/guard";
import { IMPORT_INVITATION_DAYS } from "@/lib/club-import/import";
import { listClubImports } from "@/lib/club-import/letters";
import { columns } from "@/lib/club-import/rows";
import { templateExample } from "@/lib/club-import/template";
import { getDb } from "@/lib/db/client";
import { countLabel, formatDateTime } from "@/lib/format";
import { importClubsAction } from "./actions";

export const metadata: Metadata = { title: "Dodaj kluby z pliku" };

export default async function ClubImportPage() {
  const actor = await requireActor("/admin/kluby/import");
  ensure(actor, "club.import", { kind: "global" });
  const imports = await listClubImports(await getDb(), actor);
  return (
    <>
      <h1>Dodaj kluby z pliku</h1>
      <p className="kc-prose">
        Wiele klubów naraz: z arkusza (Excel, LibreOffice, Arkusze Google) zapisanego jako plik CSV. Każdy wiersz to jeden klub
        i adres e-mail jego przyszłego kierownika. Najpierw sprawdzamy cały plik: jeśli choć jeden wiersz ma błąd, nie zapisujemy
        nic i piszemy, który wiersz i którą kolumnę poprawić.
      </p>
      <p className="kc-prose">
        Ten sam plik można wysłać drugi raz: klub znajdziemy po identyfikatorze (albo po kodzie TERYT gminy i nazwie), zmienimy tylko
        to, co się zmieniło, i nie zaprosimy nikogo drugi raz. Kierownicy dostaną linki ważne {IMPORT_INVITATION_DAYS} dni — po
        imporcie pobierzesz je jako listę (CSV) i jako listy do wydruku (PDF).
      </p>

      <h2>Kolumny pliku</h2>
      <p>
        <a href="/admin/kluby/import/wzor" className="kc-link-block">
          Pobierz wzór pliku (CSV)
        </a>
      </p>
      <div className="kc-table-wrap" role="region" aria-labelledby="kolumny-pliku" tabIndex={0}>
        <table className="kc-table">
          <caption id="kolumny-pliku">Kolumny pliku z klubami, w pierwszym wierszu</caption>
          <thead>
            <tr>
              <th scope="col">Nazwa kolumny</th>
              <th scope="col">Czy trzeba ją wypełnić</th>
              <th scope="col">Przykład</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.field}>
                <th scope="row">{column.header}</th>
                <td>{column.required ? "tak" : "nie"}</td>
                <td>{templateExample[column.field]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="kc-prose">
        Rodzaj miejsca: Biblioteka publiczna, Dom kultury, Uniwersytet Trzeciego Wieku albo Inne miejsce. Województwo odczytamy z kodu
        TERYT; jeśli plik ma taką kolumnę, sprawdzimy, czy się zgadza. Kolumny mogą być w dowolnej kolejności, a wartości rozdzielone
        średnikiem albo przecinkiem.
      </p>

      <h2>Wyślij plik</h2>
      <ClubImportForm action={importClubsAction} uploadUrl="/admin/kluby/import/wyslij" />

      <h2>Ostatnie importy</h2>
      {imports.length ? (
        <ul className="list-none p-0">
          {imports.map((item) => (
            <li key={item.id} className="mb-4">
              <Link prefetch={false} href={`/admin/kluby/import/${item.id}`} className="kc-link-block">
                {formatDateTime(item.createdAt)}: {item.fileName}
              </Link>
              <span className="block">
                {countLabel(item.created, ["nowy klub", "nowe kluby", "nowych klubów"])}, {countLabel(item.updated, ["zmieniony", "zmienione", "zmienionych"])},{" "}
                {item.unchanged} bez zmian{item.createdBy ? ` — ${item.createdBy.displayName}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nie było jeszcze żadnego importu.</p>
      )}
      <p>
        <Link prefetch={false} href="/admin/kluby" className="kc-link-block">
          Wróć do listy klubów
        </Link>
      </p>
    </>
  );
}
