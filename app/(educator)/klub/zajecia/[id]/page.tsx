import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasControlCharacters } from "@/lib/forms";
import { SessionForm } from "@/components/club/SessionForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { sessionLearners } from "@/lib/access/sessions";
import { getDb } from "@/lib/db/client";
import { formatDate, formatMinutes } from "@/lib/format";
import { csvDate } from "@/lib/reports/csv";
import { updateSessionAction } from "../actions";
import { sessionForPage } from "./session";

export const metadata: Metadata = { title: "Zajęcia" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ zapisano?: string; zmieniono?: string }>;

export default async function SessionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  if (hasControlCharacters(id)) notFound(); // e.g. %00: never sent to the database
  const { zapisano, zmieniono } = await searchParams;
  const { actor, session } = await sessionForPage(id, `/klub/zajecia/${id}`);
  const attendeeIds = session.attendance.map((row) => row.userId);
  const learners = await sessionLearners(await getDb(), actor, session.clubId, "", attendeeIds);
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/zajecia", label: "Dziennik zajęć" },
        ]}
      />
      <h1>Zajęcia {formatDate(session.date)}</h1>
      {zapisano || zmieniono ? (
        <Notice kind="success" live>
          <p>{zapisano ? "Zajęcia są zapisane w dzienniku." : "Zapisano zmiany."}</p>
        </Notice>
      ) : null}
      <dl>
        <dt className="font-bold">Prowadzący</dt>
        <dd className="mb-3 ml-0">{session.educator?.displayName ?? "—"}</dd>
        <dt className="font-bold">Czas trwania</dt>
        <dd className="mb-3 ml-0">{formatMinutes(session.durationMinutes)}</dd>
        <dt className="font-bold">Tematy</dt>
        <dd className="mb-3 ml-0">{session.topics}</dd>
        {session.notes ? (
          <>
            <dt className="font-bold">Uwagi</dt>
            <dd className="mb-3 ml-0 whitespace-pre-line">{session.notes}</dd>
          </>
        ) : null}
        <dt className="font-bold">Uczestnicy ({session.attendance.length})</dt>
        <dd className="mb-3 ml-0">
          <ul>
            {session.attendance.map((row) => (
              <li key={row.userId}>
                {row.user.displayName}
                {row.neededHelp ? " — z pomocą edukatora" : ""}
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      <h2>Zmień zajęcia</h2>
      <SessionForm
        action={updateSessionAction.bind(null, session.id)}
        learners={learners}
        defaults={{
          data: csvDate(session.date),
          czas: String(session.durationMinutes),
          tematy: session.topics,
          uwagi: session.notes ?? "",
          uczestnicy: attendeeIds,
          pomoc: session.attendance.filter((row) => row.neededHelp).map((row) => row.userId),
        }}
        submit="Zapisz zmiany"
      />

      <h2>Usuń zajęcia</h2>
      <p>Usunięcie zabiera wpis z dziennika razem z listą obecności. Postępy uczestników zostają.</p>
      <LinkButton href={`/klub/zajecia/${session.id}/usun`} variant="secondary">
        Usuń te zajęcia…
      </LinkButton>
    </div>
  );
}
