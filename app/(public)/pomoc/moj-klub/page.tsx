import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ClubContact } from "@/components/help/ClubContact";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { ownClubContact } from "@/lib/access/clubs";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Kontakt z Twoim klubem" };

/** The signed-in person's own club and how to reach it; without one, where the details will appear. */
export default async function OwnClubContactPage() {
  await connection();
  const clubContact = await ownClubContact(await getDb(), await getActor());
  return (
    <div className="kc-prose">
      <Breadcrumbs items={[{ href: "/pomoc", label: "Pomoc" }]} />
      <h1>Kontakt z Twoim klubem</h1>
      <p>Najlepiej zapytaj edukatora w swoim klubie. Edukator prowadzi zajęcia i pomaga uczestnikom.</p>
      <ClubContact clubContact={clubContact} />
      <p>
        <Link prefetch={false} href="/pomoc#kogo-zapytac" className="inline-flex min-h-11 items-center">
          Wróć do pomocy
        </Link>
      </p>
    </div>
  );
}
