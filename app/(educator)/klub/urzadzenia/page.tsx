import type { Metadata } from "next";
import { MarkDeviceForm } from "@/components/devices/MarkDeviceForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { Notice } from "@/components/ui/Notice";
import { NotFoundError, requireClub } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { deviceIdleSeconds } from "@/lib/devices/club-device";
import { listClubDevices } from "@/lib/devices/manage";
import { currentClubDevice } from "@/lib/devices/current";
import { countLabel, formatDate, formatDateTime } from "@/lib/format";
import { pageNotFound } from "@/lib/not-found";
import { markThisBrowserAction, revokeDeviceAction } from "./actions";

export const metadata: Metadata = { title: "Urządzenia klubu" };

type SearchParams = Promise<{ oznaczono?: string; odlaczono?: string }>;

export default async function ClubDevicesPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, clubId } = await requireClub("/klub/urzadzenia", "device.manage");
  const { oznaczono, odlaczono } = await searchParams;
  let devices;
  try {
    devices = await listClubDevices(await getDb(), actor, clubId);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const thisBrowser = await currentClubDevice();
  const minutes = Math.round(deviceIdleSeconds() / 60);
  return (
    <div className="kc-prose">
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Urządzenia klubu</h1>
      <p>Na komputerach i tabletach klubu uczestnicy siadają po kolei. Oznacz je tutaj, a wtedy:</p>
      <ul>
        <li>logowanie kończy się po {countLabel(minutes, ["minucie", "minutach", "minutach"])} bez ruchu (minutę wcześniej pytamy „Czy nadal tu jesteś?”), po naciśnięciu „Zakończ i wyloguj” i po zamknięciu przeglądarki,</li>
        <li>po wylogowaniu ekran wraca do strony startowej i nie pokazuje nic z poprzedniej osoby,</li>
        <li>przeglądarka nie zapamiętuje PIN-ów.</li>
      </ul>
      {oznaczono ? (
        <Notice kind="success" title="oznaczono" live>
          <p>Ta przeglądarka jest teraz komputerem klubu. Zasady działają od następnego logowania.</p>
        </Notice>
      ) : null}
      {odlaczono ? (
        <Notice kind="success" title="odłączono" live>
          <p>To urządzenie nie jest już komputerem klubu. Osoby na nim zalogowane zostały wylogowane.</p>
        </Notice>
      ) : null}

      <h2>Ta przeglądarka</h2>
      {thisBrowser ? (
        <p>
          To jest komputer klubu: <strong>{thisBrowser.name}</strong>.
        </p>
      ) : (
        <>
          <p>Ta przeglądarka nie jest oznaczona. Oznacz ją, jeśli to komputer albo tablet klubu, z którego korzysta wiele osób.</p>
          <MarkDeviceForm action={markThisBrowserAction} />
        </>
      )}

      <div className="kc-table-wrap mt-10">
        <table className="kc-table">
          <caption>{devices.length ? `Urządzenia klubu: ${devices.length}` : "Klub nie ma jeszcze oznaczonych urządzeń"}</caption>
          <thead>
            <tr>
              <th scope="col">Nazwa</th>
              <th scope="col">Oznaczone</th>
              <th scope="col">Ostatnio używane</th>
              <th scope="col">Stan</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.id}>
                <th scope="row">
                  {device.name}
                  {thisBrowser?.id === device.id ? " (ta przeglądarka)" : ""}
                </th>
                <td>
                  {formatDate(device.createdAt)}
                  {device.createdBy ? `, ${device.createdBy.displayName}` : ""}
                </td>
                <td>{device.lastSeenAt ? formatDateTime(device.lastSeenAt) : "jeszcze nie"}</td>
                <td>
                  {device.revokedAt ? (
                    `✕ Odłączone ${formatDate(device.revokedAt)}`
                  ) : (
                    <form action={revokeDeviceAction.bind(null, device.id)}>
                      <span className="mr-3">✓ Aktywne</span>
                      <Button type="submit" variant="warning" className="mt-2">
                        Odłącz<span className="sr-only"> urządzenie {device.name}</span>
                      </Button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
