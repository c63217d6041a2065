import type { FormState } from "@/lib/forms";
import { summary } from "@/lib/forms";
import { ErrorSummary } from "./ErrorSummary";
import { Notice } from "./Notice";

/** The top of every form after a failed submit: what to fix (linked to the fields), or our apology. */
export function FormProblems({ state, fieldIds = {} }: { state: FormState<unknown>; fieldIds?: Record<string, string> }) {
  const errors = summary(state.errors).map((error) => ({ ...error, field: fieldIds[error.field] ?? error.field }));
  return (
    <>
      <ErrorSummary errors={errors} />
      {state.message && state.status === "failed" ? (
        <Notice kind="warning" title="nie udało się" live>
          <p>{state.message}</p>
        </Notice>
      ) : null}
    </>
  );
}
