"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { ChoiceGroup, TextField } from "@/components/ui/Field";
import { LinkButton } from "@/components/ui/LinkButton";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

type CreatedLearner = { id: string; displayName: string; username: string; pin: string };

/** The PIN is shown this once; it is never stored in clear and cannot be shown again. */
function PinOnce({ pin }: { pin: string }) {
  return (
    <p className="text-xl">
      PIN: <strong className="font-mono text-3xl tracking-[0.3em]">{pin}</strong>
      <span className="mt-1 block text-muted">
        Przekaż go uczestnikowi albo zapisz na jego karcie ołówkiem. Po opuszczeniu tej strony nie zobaczysz go ponownie.
      </span>
    </p>
  );
}

/**
 * Asked only when the club already has a learner of that name: ticking the box and sending again
 * creates the account anyway (a plain checkbox, so it works without JavaScript).
 */
export function SameNameConfirm({ error, label = "To inna osoba — dodaj" }: { error?: string; label?: string }) {
  if (!error) return null;
  return <ChoiceGroup id="potwierdzam" legend="Ta sama osoba?" error={error} type="checkbox" name="potwierdzam" options={[{ value: "tak", label }]} />;
}

export function NewLearnerForm({
  action,
  groups,
}: {
  action: (state: FormState<CreatedLearner>, form: FormData) => Promise<FormState<CreatedLearner>>;
  groups: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<CreatedLearner>);
  if (state.status === "done" && state.result) {
    const created = state.result;
    return (
      <Notice kind="success" title={`dodano nową osobę — ${created.displayName}`} live>
        <p>
          Nazwa użytkownika: <strong>{created.username}</strong>
        </p>
        <PinOnce pin={created.pin} />
        {/* The card opens in a new tab: this page, with the PIN, stays where it is. */}
        <p>Karta otworzy się w nowej karcie przeglądarki. Ta strona z PIN-em zostanie otwarta.</p>
        <div className="flex flex-wrap gap-3">
          <form method="post" action="/klub/karty" target="_blank">
            <input type="hidden" name="learnerId" value={created.id} />
            <Button type="submit">Wydrukuj kartę do logowania</Button>
          </form>
          <LinkButton href="/klub/uczestnicy/nowy" variant="secondary">
            Dodaj kolejną osobę
          </LinkButton>
          <LinkButton href={`/klub/uczestnicy/${created.id}`} variant="secondary">
            Strona uczestnika
          </LinkButton>
        </div>
      </Notice>
    );
  }
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} fieldIds={{ potwierdzam: "potwierdzam-0" }} />
      <TextField id="displayName" label="Imię i nazwisko" hint="Tak, jak uczestnik chce je widzieć, także na certyfikacie." defaultValue={state.values.displayName} error={state.errors.displayName} autoComplete="off" />
      <TextField
        id="username"
        label="Nazwa użytkownika (nieobowiązkowo)"
        hint="Zostaw puste, a utworzymy ją z imienia i nazwiska, na przykład zofia.kowalska."
        defaultValue={state.values.username}
        error={state.errors.username}
        autoComplete="off"
        autoCapitalize="none"
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
      <SameNameConfirm error={state.errors.potwierdzam} />
      <Button type="submit" disabled={pending}>
        Dodaj uczestnika
      </Button>
    </form>
  );
}

export function EditLearnerForm({
  action,
  values,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  values: { displayName: string; username: string };
}) {
  const [state, formAction, pending] = useActionState(action, { ...idleForm, values } as FormState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      {state.status === "done" ? <Notice kind="success" live>{state.message}</Notice> : null}
      <TextField id="displayName" label="Imię i nazwisko" defaultValue={state.values.displayName} error={state.errors.displayName} autoComplete="off" />
      <TextField id="username" label="Nazwa użytkownika" defaultValue={state.values.username} error={state.errors.username} autoComplete="off" autoCapitalize="none" spellCheck={false} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Zapisz zmiany
      </Button>
    </form>
  );
}

export function ResetPinForm({ action }: { action: (state: FormState<{ pin: string }>) => Promise<FormState<{ pin: string }>> }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<{ pin: string }>);
  return (
    <form action={formAction}>
      {state.status === "done" && state.result ? (
        <Notice kind="success" title="ustawiono nowy PIN" live>
          <PinOnce pin={state.result.pin} />
          <p>Stary PIN już nie działa. Uczestnik zostanie wylogowany na innych urządzeniach.</p>
        </Notice>
      ) : null}
      <FormProblems state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Ustaw nowy PIN
      </Button>
    </form>
  );
}
