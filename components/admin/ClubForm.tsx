"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { FormProblems } from "@/components/ui/FormProblems";
import { ChoiceGroup, TextField } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

export type CreatedClub = { name: string; joinCode: string };
type CreateClubAction = (state: FormState<CreatedClub>, form: FormData) => Promise<FormState<CreatedClub>>;

/** Adding a club. The lists of kinds and voivodeships come from the page (lib/access/clubs). */
export function ClubForm({
  action,
  kinds,
  voivodeships,
}: {
  action: CreateClubAction;
  kinds: Record<string, string>;
  voivodeships: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState<CreatedClub>);
  const text = (id: string) => ({ id, defaultValue: state.values[id], error: state.errors[id] });
  const voivodeshipError = state.errors.voivodeship;
  return (
    <>
      {state.status === "done" && state.result ? (
        <Notice kind="success" title={`dodano klub „${state.result.name}”`} live>
          <p>
            Kod dołączenia do klubu: <strong>{state.result.joinCode}</strong>. Klub jest już na liście. Teraz zaproś jego
            kierownika — formularz jest w części „Zaproś kierownika klubu”.
          </p>
        </Notice>
      ) : null}
      <form action={formAction} noValidate>
        <FormProblems state={state} />
        <TextField {...text("name")} label="Nazwa klubu" hint="Pełna nazwa, na przykład: Klub Rozwoju Cyfrowego w Bibliotece w Lipowej." autoComplete="off" />
        <ChoiceGroup
          id="kind"
          name="kind"
          type="radio"
          legend="Rodzaj miejsca"
          error={state.errors.kind}
          options={Object.entries(kinds).map(([value, label]) => ({ value, label, checked: state.values.kind === value }))}
        />
        <TextField {...text("addressLine")} label="Ulica i numer" autoComplete="off" />
        <TextField {...text("postalCode")} label="Kod pocztowy" hint="Na przykład 34-324." autoComplete="off" />
        <TextField {...text("city")} label="Miejscowość" autoComplete="off" />
        <TextField {...text("gmina")} label="Gmina" autoComplete="off" />
        <TextField {...text("powiat")} label="Powiat" hint="Sama nazwa, na przykład: żywiecki." autoComplete="off" />
        <div className={`mb-6 ${voivodeshipError ? "border-l-4 border-error pl-4" : ""}`}>
          <label htmlFor="voivodeship" className="mb-1 block text-xl font-bold">
            Województwo
          </label>
          {voivodeshipError ? (
            <p id="voivodeship-blad" className="mb-2 font-bold text-error">
              <span className="sr-only">Błąd: </span>
              {voivodeshipError}
            </p>
          ) : null}
          <select
            id="voivodeship"
            name="voivodeship"
            defaultValue={state.values.voivodeship ?? ""}
            aria-describedby={voivodeshipError ? "voivodeship-blad" : undefined}
            aria-invalid={voivodeshipError ? true : undefined}
            className="block min-h-12 rounded-md border-2 border-ink bg-page px-3 text-xl text-ink"
          >
            <option value="">Wybierz województwo</option>
            {Object.entries(voivodeships).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          {...text("terytCode")}
          label="Kod TERYT gminy"
          hint="7 cyfr, na przykład 2002113. Znajdziesz go w rejestrze TERYT na stronie GUS. Po nim liczymy klub w raportach gminy, powiatu i województwa."
          autoComplete="off"
          inputMode="numeric"
        />
        <Button type="submit" disabled={pending}>
          Dodaj klub
        </Button>
      </form>
    </>
  );
}
