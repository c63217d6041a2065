import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasControlCharacters } from "@/lib/forms";
import { pageNotFound } from "@/lib/not-found";
import { EditLearnerForm, ResetPinForm } from "@/components/club/LearnerForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { getLearner } from "@/lib/access/learners";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { AssignPathForm } from "@/components/club/GroupForms";
import { Notice } from "@/components/ui/Notice";
import { learnerAssignments } from "@/lib/access/groups";
import { LearnerTimeline } from "@/components/club/LearnerTimeline";
import { learnerTimeline } from "@/lib/reports/timeline";
import { assignablePaths } from "@/lib/access/paths";
import { assignPathAction, removeAssignmentAction } from "../../grupy/actions";
import { AssistedLessonForm } from "@/components/club/AssistedLessonForm";
import { assistableLessons, completionCounts, type AssistedResult } from "@/lib/progress/assisted";
import { CertificatePrintButton } from "@/components/certificates/CertificatePrintButton";
import { certificatePermissions, listClubCertificates, noFilter } from "@/lib/access/certificates";
import { subjectId } from "@/lib/certificates/subjects";
import { markAssistedAction, resetPinAction, setActiveAction, updateLearnerAction } from "../actions";

export const metadata: Metadata = { title: "Uczestnik" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ zadano?: string; wycofano?: string; pomoc?: string }>;

const assistedNotices: Record<AssistedResult, { kind: "success" | "info"; text: string }> = {
  marked: { kind: "success", text: "Lekcja jest oznaczona jako ukończona z pomocą. Widać to w historii i w tabeli postępów." },
  "already-assisted": { kind: "info", text: "Ta lekcja była już oznaczona jako ukończona z pomocą. Nic nie zmieniliśmy." },
  "already-done": { kind: "info", text: "Uczestnik ukończył już tę lekcję samodzielnie. Tak zostaje." },
};

export default async function LearnerPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  if (hasControlCharacters(id)) notFound(); // e.g. %00: never sent to the database
  const { zadano, wycofano, pomoc } = await searchParams;
  const actor = await requireActor(`/klub/uczestnicy/${id}`);
  let learner;
  let assignments;
  let timeline;
  let paths;
  let assistable;
  let counts;
  let certificates;
  let mayPrintCertificates;
  try {
    learner = await getLearner(await getDb(), actor, id);
    if (!actor.activeClubId || !learner.clubIds.includes(actor.activeClubId)) throw new NotFoundError("learner of another club");
    assignments = await learnerAssignments(await getDb(), actor, learner.id, actor.activeClubId);
    timeline = await learnerTimeline(await getDb(), actor, learner.id, 60);
    paths = await assignablePaths(await getDb(), actor, actor.activeClubId);
    assistable = await assistableLessons(await getDb(), actor, learner.id);
    counts = await completionCounts(await getDb(), actor, learner.id);
    certificates = await listClubCertificates(await getDb(), actor, actor.activeClubId, { ...noFilter, uczestnik: learner.id });
    mayPrintCertificates = (await certificatePermissions(await getDb(), actor, actor.activeClubId)).mayPrint;
  } catch (error) {
    // Another club's learner looks exactly like one who does not exist.
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/uczestnicy", label: "Uczestnicy" },
        ]}
      />
      <h1>{learner.displayName}</h1>
      <p>
        Nazwa użytkownika: <strong>{learner.username}</strong>. Konto {learner.active ? "jest aktywne" : "jest wyłączone"}.
        {learner.lastSeenAt ? ` Ostatnio: ${formatDate(learner.lastSeenAt)}.` : ""}
      </p>

      <h2>Karta do logowania</h2>
      <p>
        {learner.loginCardIssuedAt
          ? `Ostatnia karta wydrukowana ${formatDate(learner.loginCardIssuedAt)}. Nowa karta zastąpi starą — stary kod QR przestanie działać.`
          : "Uczestnik nie ma jeszcze karty."}
      </p>
      {learner.active ? (
        <form method="post" action="/klub/karty" target="_blank">
          <input type="hidden" name="learnerId" value={learner.id} />
          <Button type="submit">{learner.loginCardIssuedAt ? "Wydrukuj nową kartę do logowania" : "Wydrukuj kartę do logowania"}</Button>
          <p className="mt-2 text-muted">Karta (PDF) otworzy się w nowej karcie przeglądarki.</p>
        </form>
      ) : null}

      <h2>Nowy PIN</h2>
      <p>Gdy uczestnik zapomni PIN-u, ustaw nowy. Zobaczysz go tylko raz.</p>
      <ResetPinForm action={resetPinAction.bind(null, learner.id)} />

      <h2 id="zadane">Zadane ścieżki nauki</h2>
      {zadano || wycofano ? (
        <Notice kind="success" live>
          <p>{zadano ? "Ścieżka jest zadana. Uczestnik zobaczy ją na swojej stronie głównej." : "Ścieżka nie jest już zadana."}</p>
        </Notice>
      ) : null}
      {learner.groupMemberships.length ? (
        <p>
          Ścieżki zadane grupom ({learner.groupMemberships.map((membership) => membership.group.name).join(", ")}) są na stronach tych grup.
        </p>
      ) : null}
      {assignments.length ? (
        <ul className="list-none p-0">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="mb-3 rounded-md border-2 border-line p-3">
              <p className="mb-1 font-bold">{assignment.path.title}</p>
              <p className="mb-2">
                {assignment.dueDate ? `Termin: ${formatDate(assignment.dueDate)}. ` : "Bez terminu. "}
                Zadane przez: {assignment.assignedBy?.displayName ?? "—"}.
              </p>
              <form action={removeAssignmentAction.bind(null, assignment.id, `/klub/uczestnicy/${learner.id}`)}>
                <Button type="submit" variant="warning">
                  Wycofaj<span className="sr-only"> ścieżkę {assignment.path.title}</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>Temu uczestnikowi nie zadano osobno żadnej ścieżki.</p>
      )}
      <AssignPathForm
        action={assignPathAction.bind(null, { learnerId: learner.id })}
        paths={paths}
      />

      <h2 id="z-pomoca">Zrobione z pomocą</h2>
      <p>
        Ukończone lekcje: samodzielnie {counts.independent}, z pomocą {counts.assisted}.
      </p>
      {pomoc && pomoc in assistedNotices ? (
        <Notice kind={assistedNotices[pomoc as AssistedResult].kind} live>
          <p>{assistedNotices[pomoc as AssistedResult].text}</p>
        </Notice>
      ) : null}
      <p>Gdy uczestnik przeszedł lekcję na zajęciach z Twoją pomocą, oznacz ją tutaj. Lekcji ukończonej samodzielnie to nie zmieni.</p>
      <AssistedLessonForm action={markAssistedAction.bind(null, learner.id)} assigned={assistable.assigned} other={assistable.other} />

      <h2 id="certyfikaty">Certyfikaty</h2>
      {certificates.length ? (
        <ul className="list-none p-0">
          {certificates.map((row) => (
            <li key={subjectId(row.subject)} className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border-2 border-line p-3">
              <span>
                <strong>{row.subject.kind === "MODULE" ? "Moduł" : "Ścieżka"}: {row.subject.title}</strong> —{" "}
                {!row.certificate ? "gotowy do wydania" : row.certificate.revokedAt ? "unieważniony" : `wydany, nr ${row.certificate.number}`}
              </span>
              {mayPrintCertificates && !row.certificate?.revokedAt ? (
                <CertificatePrintButton
                  certificateId={row.certificate?.id ?? null}
                  learnerId={learner.id}
                  subject={subjectId(row.subject)}
                  label={`${learner.displayName}, ${row.subject.title}`}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Uczestnik nie ukończył jeszcze całego modułu ani ścieżki.</p>
      )}
      {certificates.length && !mayPrintCertificates ? <p>Certyfikaty drukuje kierownik klubu.</p> : null}

      <h2 id="historia">Historia nauki</h2>
      <p>Najnowsze na górze: zajęcia w klubie, posiedzenia przy lekcjach, kroki, quizy, ukończone lekcje i certyfikaty.</p>
      <LearnerTimeline events={timeline} />

      <h2>Dane uczestnika</h2>
      <EditLearnerForm action={updateLearnerAction.bind(null, learner.id)} values={{ displayName: learner.displayName, username: learner.username }} />

      <h2>{learner.active ? "Wyłącz konto" : "Włącz konto"}</h2>
      <p>
        {learner.active
          ? "Wyłączone konto nie może się zalogować, a jego karta przestaje działać. Postępy zostają zapisane."
          : "Po włączeniu uczestnik znów może się zalogować. Wydrukuj mu nową kartę."}
      </p>
      <form action={setActiveAction.bind(null, learner.id, !learner.active)}>
        <Button type="submit" variant={learner.active ? "warning" : "secondary"}>
          {learner.active ? "Wyłącz konto" : "Włącz konto"}
        </Button>
      </form>
    </div>
  );
}
