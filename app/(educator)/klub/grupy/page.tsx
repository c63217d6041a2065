import type { Metadata } from "next";
import Link from "next/link";
import { GroupNameForm } from "@/components/club/GroupForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { requireClub } from "@/lib/access/guard";
import { listGroups } from "@/lib/access/groups";
import { getDb } from "@/lib/db/client";
import { countLabel } from "@/lib/format";
import { createGroupAction } from "./actions";

export const metadata: Metadata = { title: "Grupy" };

export default async function GroupsPage() {
  const { actor, clubId } = await requireClub("/klub/grupy", "group.manage");
  const groups = await listGroups(await getDb(), actor, clubId);
  return (
    <div className="kc-prose">
      <Breadcrumbs items={[{ href: "/klub", label: "Mój klub" }]} />
      <h1>Grupy</h1>
      <p>Grupa to osoby, które uczą się razem, np. na tych samych zajęciach. Jedna osoba może być w kilku grupach.</p>
      {groups.length ? (
        <ul className="list-none p-0">
          {groups.map((group) => (
            <li key={group.id} className="mb-4 rounded-md border-2 border-line p-4">
              <Link href={`/klub/grupy/${group.id}`} className="kc-link-block text-xl font-bold">
                {group.name}
              </Link>
              <p className="mb-0">
                {countLabel(group._count.members, ["osoba", "osoby", "osób"])},{" "}
                {group._count.assignments ? countLabel(group._count.assignments, ["zadana ścieżka", "zadane ścieżki", "zadanych ścieżek"]) : "bez zadanych ścieżek"}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Klub nie ma jeszcze grup.</p>
      )}
      <h2>Nowa grupa</h2>
      <GroupNameForm action={createGroupAction} submit="Załóż grupę" />
    </div>
  );
}
