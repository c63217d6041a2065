import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { LinkButton } from "@/components/ui/LinkButton";
import { countLabel, formatDate } from "@/lib/format";
import { deleteSessionAction } from "../../actions";
import { sessionForPage } from "../session";

export const metadata: Metadata = { title: "Usunąć zajęcia?" };

type Params = Promise<{ id: string }>;

/** The confirmation, on its own page so it needs no JavaScript. */
export default async function DeleteSessionPage({ params }: { params: Params }) {
  const { id } = await params;
  const { session } = await sessionForPage(id, `/klub/zajecia/${id}/usun`);
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/zajecia", label: "Dziennik zajęć" },
          { href: `/klub/zajecia/${session.id}`, label: `Zajęcia ${formatDate(session.date)}` },
        ]}
      />
      <h1>Usunąć zajęcia {formatDate(session.date)}?</h1>
      <p>
        Tematy: {session.topics}. Na liście obecności: {countLabel(session.attendance.length, ["osoba", "osoby", "osób"])}.
      </p>
      <p>Wpis zniknie z dziennika razem z listą obecności. Tego nie da się cofnąć. Postępy uczestników w lekcjach zostaną.</p>
      <div className="flex flex-wrap gap-4">
        <form action={deleteSessionAction.bind(null, session.id)}>
          <Button type="submit" variant="warning">
            Tak, usuń zajęcia
          </Button>
        </form>
        <LinkButton href={`/klub/zajecia/${session.id}`} variant="secondary">
          Nie, zostaw je
        </LinkButton>
      </div>
    </div>
  );
}
