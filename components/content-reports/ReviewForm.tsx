"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/Button";
import { ChoiceGroup, TextArea } from "@/components/ui/Field";
import { FormProblems } from "@/components/ui/FormProblems";
import { Notice } from "@/components/ui/Notice";
import { idleForm, type FormState } from "@/lib/forms";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export type ReviewStatus = "NEW" | "ACCEPTED" | "FIXED" | "REJECTED";

/** The editor's answer to one report: its status and a reply the reporter's club will read. */
export function ReviewForm({
  action,
  reportId,
  status,
  reply,
  labels,
}: {
  action: Action;
  reportId: string;
  status: ReviewStatus;
  reply: string | null;
  labels: Record<ReviewStatus, string>;
}) {
  const [state, formAction, pending] = useActionState(action, idleForm as FormState);
  const current = (state.values.status as ReviewStatus | undefined) ?? status;
  const ids = { status: `stan-${reportId}`, odpowiedz: `odpowiedz-${reportId}` };
  return (
    <form action={formAction} noValidate>
      <FormProblems state={state} fieldIds={ids} />
      {state.status === "done" ? (
        <Notice kind="success" title="zapisano" live>
          <p>Stan: {labels[current]}. Klub, z którego przyszło zgłoszenie, zobaczy go razem z odpowiedzią.</p>
        </Notice>
      ) : null}
      <input type="hidden" name="id" value={reportId} />
      <ChoiceGroup
        id={ids.status}
        legend="Stan zgłoszenia"
        type="radio"
        name="status"
        error={state.errors.status}
        options={(Object.keys(labels) as ReviewStatus[]).map((value) => ({ value, label: labels[value], checked: value === current }))}
      />
      <TextArea
        id={ids.odpowiedz}
        name="odpowiedz"
        label="Odpowiedź dla klubu (można zostawić pustą)"
        defaultValue={state.values.odpowiedz ?? reply ?? ""}
        error={state.errors.odpowiedz}
        maxLength={1000}
      />
      <Button type="submit" disabled={pending}>
        Zapisz
      </Button>
    </form>
  );
}
