import type { Metadata } from "next";
import { pageNotFound } from "@/lib/not-found";
import { NewLearnerForm } from "@/components/club/LearnerForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { ensure, requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { createLearnerAction } from "../actions";

export const metadata: Metadata = { title: "Dodaj uczestnika" };

export default async function NewLearnerPage() {
  const actor = await requireActor("/klub/uczestnicy/nowy");
  const clubId = actor.activeClubId;
  if (!clubId) pageNotFound();
  ensure(actor, "learner.create", { kind: "club", clubId });
  const groups = await (await getDb()).group.findMany({ where: { clubId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/uczestnicy", label: "Uczestnicy" },
        ]}
      />
      <h1>Dodaj uczestnika</h1>
      <p>Uczestnik nie potrzebuje adresu e-mail. Dostanie nazwę użytkownika i 6-cyfrowy PIN.</p>
      <NewLearnerForm action={createLearnerAction} groups={groups} />
    </div>
  );
}
