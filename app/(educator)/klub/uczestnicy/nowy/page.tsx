import type { Metadata } from "next";
import { NewLearnerForm } from "@/components/club/LearnerForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { requireClub } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { createLearnerAction } from "../actions";

export const metadata: Metadata = { title: "Dodaj uczestnika" };

export default async function NewLearnerPage() {
  const { actor, clubId } = await requireClub("/klub/uczestnicy/nowy", "learner.create");
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
