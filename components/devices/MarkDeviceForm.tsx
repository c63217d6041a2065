"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { idleForm, type FormState } from "@/lib/forms";

export function MarkDeviceForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} />
      <TextField
        id="name"
        label="Nazwa tego komputera"
        hint="Taka, żeby było wiadomo, który to, np. „Komputer przy oknie” albo „Tablet 2”."
        defaultValue={state.values.name ?? ""}
        error={state.errors.name}
        maxLength={80}
        autoComplete="off"
      />
      <Button type="submit" disabled={pending}>
        Oznacz jako komputer klubu
      </Button>
    </form>
  );
}
