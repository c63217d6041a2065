import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasControlCharacters } from "@/lib/forms";
import Link from "next/link";
import { AssignPathForm, GroupNameForm } from "@/components/club/GroupForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup, TextField } from "@/components/ui/Field";
import { InstantFilter } from "@/components/ui/InstantFilter";
import { Notice } from "@/components/ui/Notice";
import { NotFoundError, requireActor } from "@/lib/access/guard";
import { getGroup, learnersOutsideGroup } from "@/lib/access/groups";
import { assignablePaths } from "@/lib/access/paths";
import { getDb } from "@/lib/db/client";
import { cleanParam } from "@/lib/forms";
import { countLabel, formatDate } from "@/lib/format";
import { nameMatches } from "@/lib/name-search";
import { pageNotFound } from "@/lib/not-found";
import { addToGroupAction, assignPathAction, removeAssignmentAction, removeFromGroupAction, renameGroupAction } from "../actions";

export const metadata: Metadata = { title: "Grupa" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | undefined>>;

const notices: Record<string, string> = {
  zalozono: "Grupa jest założona. Dodaj do niej osoby i zadaj ścieżkę nauki.",
  usunieto: "Osoba nie jest już w tej grupie. Jej postępy zostały zapisane.",
  zadano: "Ścieżka jest zadana. Uczestnicy zobaczą ją na swojej stronie głównej.",
  wycofano: "Ścieżka nie jest już zadana tej grupie.",
};

export default async function GroupPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  if (hasControlCharacters(id)) notFound(); // e.g. %00: never sent to the database
  const query = await searchParams;
  const actor = await requireActor(`/klub/grupy/${id}`);
  const db = await getDb();
  let group;
  let outside;
  try {
    group = await getGroup(db, actor, id);
    outside = await learnersOutsideGroup(db, actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) pageNotFound();
    throw error;
  }
  const paths = await assignablePaths(db, actor, group.clubId);
  const shown = Object.keys(notices).find((key) => query[key]);
  const added = query.dodano !== undefined ? Number(query.dodano) : null;
  const search = (cleanParam(query.szukaj, 100) ?? "").trim();
  const found = outside.filter((learner) => nameMatches(search, learner.displayName, learner.username));
  return (
    <div className="kc-prose">
      <Breadcrumbs
        items={[
          { href: "/klub", label: "Mój klub" },
          { href: "/klub/grupy", label: "Grupy" },
        ]}
      />
      <h1>{group.name}</h1>
      {shown ? (
        <Notice kind="success" live>
          <p>{notices[shown]}</p>
        </Notice>
      ) : null}
      {added !== null && Number.isInteger(added) ? (
        <Notice kind="success" live>
          <p>Dodano do grupy: {countLabel(added, ["osobę", "osoby", "osób"])}.</p>
        </Notice>
      ) : null}

      <h2 id="czlonkowie">Kto jest w grupie ({group.members.length})</h2>
      {group.members.length ? (
        <ul className="list-none p-0">
          {group.members.map(({ user }) => (
            <li key={user.id} className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border-2 border-line p-3">
              <Link href={`/klub/uczestnicy/${user.id}`} className="kc-link-block font-bold">
                {user.displayName}
              </Link>
              <span>({user.username})</span>
              {user.active ? null : <span>(konto wyłączone)</span>}
              <form action={removeFromGroupAction.bind(null, group.id, user.id)}>
                <Button type="submit" variant="secondary">
                  Usuń z grupy<span className="sr-only"> {user.displayName} ({user.username})</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>W grupie nie ma jeszcze nikogo.</p>
      )}

      <h2>Dodaj do grupy</h2>
      {query.problem === "nikt" ? (
        <Notice kind="warning" title="nikogo nie zaznaczono" live>
          <p>Zaznacz osoby, które chcesz dodać, i naciśnij „Dodaj zaznaczone osoby”.</p>
        </Notice>
      ) : null}
      {outside.length ? (
        <>
          {/* A plain GET form: works without JavaScript; with it, the list filters as she types. */}
          <form method="get" action={`/klub/grupy/${group.id}#dodaj`} role="search" aria-label="Szukaj osób do dodania" className="mb-6">
            <TextField id="szukaj" type="search" label="Szukaj po imieniu, nazwisku albo nazwie użytkownika" defaultValue={search} autoComplete="off" spellCheck={false} maxLength={100} />
            <p id="szukaj-wynik" role="status" className="mb-3 text-muted" />
            <Button type="submit" variant="secondary">
              Szukaj
            </Button>
            <InstantFilter inputId="szukaj" listId="dodaj" statusId="szukaj-wynik" />
          </form>
          {found.length ? (
            <form action={addToGroupAction.bind(null, group.id)}>
              <ChoiceGroup
                id="dodaj"
                legend={search ? `Zaznacz osoby z klubu (pasuje do „${search}”: ${found.length} z ${outside.length})` : "Zaznacz osoby z klubu"}
                type="checkbox"
                name="learnerId"
                options={found.map((learner) => ({ value: learner.id, label: learner.displayName, hint: learner.username, search: `${learner.displayName} ${learner.username}` }))}
              />
              <Button type="submit">Dodaj zaznaczone osoby</Button>
            </form>
          ) : (
            <p id="dodaj">
              Nikt spoza grupy nie pasuje do „{search}”. <Link href={`/klub/grupy/${group.id}#dodaj`}>Pokaż wszystkich</Link>
            </p>
          )}
        </>
      ) : (
        <p>Wszyscy uczestnicy klubu są już w tej grupie.</p>
      )}

      <h2 id="zadane">Zadane ścieżki nauki</h2>
      {group.assignments.length ? (
        <ul className="list-none p-0">
          {group.assignments.map((assignment) => (
            <li key={assignment.id} className="mb-3 rounded-md border-2 border-line p-3">
              <p className="mb-1 font-bold">{assignment.path.title}</p>
              <p className="mb-2">
                {assignment.dueDate ? `Termin: ${formatDate(assignment.dueDate)}. ` : "Bez terminu. "}
                Zadane przez: {assignment.assignedBy?.displayName ?? "—"}, {formatDate(assignment.createdAt)}.
              </p>
              <form action={removeAssignmentAction.bind(null, assignment.id, `/klub/grupy/${group.id}`)}>
                <Button type="submit" variant="warning">
                  Wycofaj<span className="sr-only"> ścieżkę {assignment.path.title}</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>Grupa nie ma jeszcze zadanej ścieżki.</p>
      )}
      <h3>Zadaj ścieżkę całej grupie</h3>
      <AssignPathForm action={assignPathAction.bind(null, { groupId: group.id })} paths={paths} />

      {/* Not „Nazwa grupy”: the field below is labelled so, and the page said it twice. */}
      <h2>Zmień nazwę grupy</h2>
      <GroupNameForm action={renameGroupAction.bind(null, group.id)} name={group.name} submit="Zapisz nazwę" />
    </div>
  );
}
