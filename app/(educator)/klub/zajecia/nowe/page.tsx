import type { Metadata } from "next";
import { SessionForm } from "@/components/club/SessionForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { selectClassName } from "@/components/ui/Field";
import { requireClub } from "@/lib/access/guard";
import { sessionLearners } from "@/lib/access/sessions";
import { getDb } from "@/lib/db/client";
import { csvDate } from "@/lib/reports/csv";
import { createSessionAction } from "../actions";

export const metadata: Metadata = { title: "Nowe zajęcia" };

type SearchParams = Promise<{ grupa?: string | string[] }>;

export default async function NewSessionPage({ searchParams }: { searchParams: SearchParams }) {
  const { actor, clubId } = await requireClub("/klub/zajecia/nowe", "session.log");
  const { grupa } = await searchParams;
  const db = await getDb();
  const groups = await db.group.findMany({ where: { clubId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const groupId = typeof grupa === "string" && groups.some((group) => group.id === grupa) ? grupa : "";
  const learners = await sessionLearners(db, actor, clubId, groupId);
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/zajecia", label: "Dziennik zajęć" },
        ]}
      />
      <h1>Nowe zajęcia</h1>
      {groups.length ? (
        <form method="get" action="/klub/zajecia/nowe" className="mb-8 rounded-md border-2 border-line p-4">
          <label htmlFor="grupa" className="mb-1 block text-xl font-bold">
            Pokaż uczestników
          </label>
          <p className="mb-2 text-muted">Najpierw wybierz grupę, jeśli to były jej zajęcia — lista będzie krótsza.</p>
          <select id="grupa" name="grupa" defaultValue={groupId} className={`${selectClassName} mb-4`}>
            <option value="">Wszystkich uczestników klubu</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                Grupy {group.name}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary">
            Pokaż
          </Button>
        </form>
      ) : null}
      <SessionForm
        action={createSessionAction}
        learners={learners}
        defaults={{ data: csvDate(new Date()), czas: "90", tematy: "", uwagi: "", uczestnicy: [], pomoc: [] }}
        submit="Zapisz zajęcia"
      />
    </div>
  );
}
