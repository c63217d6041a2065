"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { TextArea } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";
import { countLabel } from "@/lib/format";
import { SameNameConfirm } from "./LearnerForms";

type Created = { learners: { id: string; displayName: string; username: string; pin: string }[] };

/** The accounts just made and their PINs: this answer is the only place the PINs ever appear. */
function BatchPins({ learners }: Created) {
  return (
    <Notice kind="success" title={`dodano ${countLabel(learners.length, ["osobę", "osoby", "osób"])}`} live>
      <p>
        <strong>Przepisz PIN-y teraz</strong> — ołówkiem na karty albo na kartkę dla każdej osoby. Po opuszczeniu tej strony nie zobaczysz ich
        ponownie.
      </p>
      <div className="kc-table-wrap">
        <table className="kc-table">
          <caption>Nowe konta i ich PIN-y</caption>
          <thead>
            <tr>
              <th scope="col">Imię i nazwisko</th>
              <th scope="col">Nazwa użytkownika</th>
              <th scope="col">PIN</th>
            </tr>
          </thead>
          <tbody>
            {learners.map((learner) => (
              <tr key={learner.id}>
                <th scope="row">{learner.displayName}</th>
                <td>{learner.username}</td>
                <td>
                  <strong className="font-mono text-2xl tracking-[0.2em]">{learner.pin}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>Karty otworzą się w nowej karcie przeglądarki, jeden plik PDF. Ta strona z PIN-ami zostanie otwarta.</p>
      <div className="flex flex-wrap gap-3">
        <form method="post" action="/klub/karty" target="_blank">
          {learners.map((learner) => (
            <input key={learner.id} type="hidden" name="learnerId" value={learner.id} />
          ))}
          <Button type="submit">Wydrukuj karty do logowania ({learners.length})</Button>
        </form>
        <LinkButton href="/klub/uczestnicy" variant="secondary">
          Lista uczestników
        </LinkButton>
      </div>
    </Notice>
  );
}

export function LearnerBatchForm({
  action,
  groups,
  formKey,
  max,
}: {
  action: (state: FormState<Created>, form: FormData) => Promise<FormState<Created>>;
  groups: { id: string; name: string }[];
  /** A one-off key of this form: posting it twice creates the accounts once. */
  formKey: string;
  max: number;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<Created>);
  if (state.status === "done" && state.result) return <BatchPins learners={state.result.learners} />;
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} fieldIds={{ potwierdzam: "potwierdzam-0" }} />
      <input type="hidden" name="klucz" value={state.values.klucz || formKey} />
      <TextArea
        id="imiona"
        label="Imiona i nazwiska"
        hint={`Jedna osoba w wierszu, najwyżej ${max}. Nazwy użytkowników utworzymy z imion i nazwisk.`}
        defaultValue={state.values.imiona}
        error={state.errors.imiona}
        rows={10}
        autoComplete="off"
        spellCheck={false}
      />
      {groups.length ? (
        <div className="mb-6">
          <label htmlFor="groupId" className="mb-1 block text-xl font-bold">
            Grupa (nieobowiązkowo)
          </label>
          <select id="groupId" name="groupId" defaultValue={state.values.groupId ?? ""} className="min-h-12 rounded-md border-2 border-ink bg-page px-3 text-xl text-ink">
            <option value="">Bez grupy</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <SameNameConfirm error={state.errors.potwierdzam} label="To różne osoby — dodaj wszystkich" />
      <Button type="submit" disabled={pending}>
        Dodaj uczestników
      </Button>
    </form>
  );
}
