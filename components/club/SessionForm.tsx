"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export type SessionDefaults = { data: string; czas: string; tematy: string; uwagi: string; uczestnicy: string[]; pomoc: string[] };

/** One club session: when, how long, what about, and for each learner whether they came and needed help. */
export function SessionForm({ action, learners, defaults, submit }: { action: Action; learners: { id: string; displayName: string; username?: string }[]; defaults: SessionDefaults; submit: string }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  const value = (field: "data" | "czas" | "tematy" | "uwagi") => state.values[field] ?? defaults[field];
  const ticked = (field: "uczestnicy" | "pomoc") => new Set(state.values[field] !== undefined ? state.values[field].split(",") : defaults[field]);
  const [came, helped] = [ticked("uczestnicy"), ticked("pomoc")];
  const error = state.errors.uczestnicy;
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <TextField id="data" type="date" label="Data zajęć" defaultValue={value("data")} error={state.errors.data} className="min-w-0" />
      <TextField id="czas" inputMode="numeric" label="Czas trwania w minutach" hint="Od 15 do 600 minut, np. 90 to półtorej godziny." defaultValue={value("czas")} error={state.errors.czas} maxLength={4} />
      <TextArea id="tematy" label="Tematy zajęć" hint="Najwyżej 500 znaków, np. „Rozmowa wideo z rodziną, zdjęcia w telefonie”." defaultValue={value("tematy")} error={state.errors.tematy} maxLength={500} />
      <TextArea id="uwagi" label="Uwagi (można zostawić puste)" defaultValue={value("uwagi")} error={state.errors.uwagi} maxLength={2000} />
      <fieldset id="uczestnicy" className={`mb-8 ${error ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={error ? "uczestnicy-blad" : "uczestnicy-podpowiedz"}>
        <legend className="mb-2 text-2xl font-bold">Kto był na zajęciach</legend>
        <p id="uczestnicy-podpowiedz" className="mb-4 text-muted">
          Przy każdej osobie zaznacz, czy była, i czy potrzebowała pomocy.
        </p>
        {error ? (
          <p id="uczestnicy-blad" className="mb-4 font-bold text-error">
            <span className="sr-only">Błąd: </span>
            {error}
          </p>
        ) : null}
        {learners.length ? (
          learners.map((learner, index) => (
            <ChoiceGroup
              key={learner.id}
              id={`osoba-${index}`}
              legend={learner.displayName}
              // Two people of the same name: the username tells them apart.
              hint={learner.username}
              type="checkbox"
              options={[
                { value: learner.id, name: "uczestnicy", label: "obecność na zajęciach", checked: came.has(learner.id) },
                { value: learner.id, name: "pomoc", label: "potrzebna pomoc", checked: helped.has(learner.id) },
              ]}
            />
          ))
        ) : (
          <p>Nie ma tu jeszcze uczestników. Dodaj ich na stronie „Uczestnicy”.</p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
