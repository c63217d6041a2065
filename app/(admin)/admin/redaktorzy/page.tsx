import type { Metadata } from "next";
import { GrantEditorForm, RevokeEditorForm } from "@/components/admin/EditorForms";
import { listEditors } from "@/lib/access/editors";
import { ensure, requireActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/client";
import { grantEditorAction, revokeEditorAction } from "./actions";

export const metadata: Metadata = { title: "Redaktorzy" };

export default async function AdminEditorsPage() {
  const actor = await requireActor("/admin/redaktorzy");
  ensure(actor, "editor.manage", { kind: "global" });
  const editors = await listEditors(await getDb(), actor);
  return (
    <>
      <h1>Redaktorzy</h1>
      <p className="kc-prose">
        Redaktor czyta zgłoszenia błędów w lekcjach na stronie „Redakcja”, zmienia ich stan i odpowiada klubom. Nie widzi
        uczestników ani ich postępów. Każde nadanie i odebranie roli zapisujemy w dzienniku zdarzeń.
      </p>
      <h2>Obecni redaktorzy</h2>
      {editors.length ? (
        <ul className="list-none p-0">
          {editors.map((editor) => (
            <li key={editor.id} className="mb-6 rounded-md border-2 border-line p-4">
              <p className="mb-2 text-xl font-bold">{editor.displayName}</p>
              <p>{editor.email}</p>
              <RevokeEditorForm action={revokeEditorAction} userId={editor.id} name={editor.displayName} />
            </li>
          ))}
        </ul>
      ) : (
        <p>Nie ma jeszcze żadnego redaktora.</p>
      )}
      <h2>Nadaj rolę redaktora</h2>
      <GrantEditorForm action={grantEditorAction} />
    </>
  );
}
