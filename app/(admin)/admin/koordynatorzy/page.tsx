import type { Metadata } from "next";
import { GrantCoordinatorForm, RevokeCoordinatorForm } from "@/components/admin/CoordinatorForms";
import { listCoordinators } from "@/lib/access/coordinators";
import { ensure, requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { grantCoordinatorAction, revokeCoordinatorAction } from "./actions";

export const metadata: Metadata = { title: "Koordynatorzy regionalni" };

export default async function AdminCoordinatorsPage() {
  const actor = await requireActor("/admin/koordynatorzy");
  ensure(actor, "coordinator.manage", { kind: "global" });
  const areas = await listCoordinators(await getDb(), actor);
  return (
    <>
      <h1>Koordynatorzy regionalni</h1>
      <p className="kc-prose">
        Koordynator widzi na stronie „Raporty” liczby klubów ze swojego obszaru — województwa, powiatu albo gminy — oraz
        nazwy i dane kontaktowe tych klubów. Nie widzi żadnego uczestnika ani list uczestników edukatorów. Każde nadanie i
        odebranie obszaru zapisujemy w dzienniku zdarzeń.
      </p>
      <h2>Obecni koordynatorzy</h2>
      {areas.length ? (
        <ul className="list-none p-0">
          {areas.map((area) => (
            <li key={area.id} className="mb-6 rounded-md border-2 border-line p-4">
              <p className="mb-2 text-xl font-bold">{area.user.displayName}</p>
              <p>{area.user.email}</p>
              <p>
                Obszar: {area.areaName} (kod TERYT {area.terytCode})
              </p>
              <RevokeCoordinatorForm action={revokeCoordinatorAction} areaId={area.id} label={`${area.user.displayName}, ${area.areaName}`} />
            </li>
          ))}
        </ul>
      ) : (
        <p>Nie ma jeszcze żadnego koordynatora.</p>
      )}
      <h2>Nadaj rolę koordynatora</h2>
      <GrantCoordinatorForm action={grantCoordinatorAction} />
    </>
  );
}
