import type { Metadata } from "next";
import { LearnerBatchForm } from "@/components/club/LearnerBatchForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { requireClub } from "@/lib/access/guard";
import { MAX_BATCH } from "@/lib/access/learner-batch";
import { randomToken } from "@/lib/auth/secrets";
import { getDb } from "@/lib/db/client";
import { createLearnerBatchAction } from "../actions";

export const metadata: Metadata = { title: "Dodaj kilku uczestników" };
export const dynamic = "force-dynamic";

export default async function NewLearnersPage() {
  const { clubId } = await requireClub("/klub/uczestnicy/kilku", "learner.create");
  const groups = await (await getDb()).group.findMany({ where: { clubId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/uczestnicy", label: "Uczestnicy" },
        ]}
      />
      <h1>Dodaj kilku uczestników</h1>
      <p>
        Wpisz imiona i nazwiska, każdą osobę w osobnym wierszu. Każdy dostanie nazwę użytkownika i 6-cyfrowy PIN. Potem wydrukujesz
        wszystkie karty do logowania naraz.
      </p>
      <LearnerBatchForm action={createLearnerBatchAction} groups={groups} formKey={randomToken(18).replace(/[^A-Za-z0-9_-]/g, "")} max={MAX_BATCH} />
    </div>
  );
}
