
// What the import form shows after a refused file, the same from the server action and from the
// streamed upload: the first problems in full, then how many more there are.

// Imported by the form in the browser: nothing here may reach the server's modules.

export type RowProblem = { line: number; column: string | null; message: string };

export function problemText(problem: RowProblem): string {
  return `Wiersz ${problem.line}${problem.column ? `, kolumna „${problem.column}”` : ""}: ${problem.message}`;
}

export type ImportFormState = { status: "idle" | "failed"; problems: string[]; more: number; message?: string };

export const idleImport: ImportFormState = { status: "idle", problems: [], more: 0 };

const SHOWN = 100;

export function importProblemsState(refusal: { ok: false; problems: RowProblem[] } | { ok: false; message: string }): ImportFormState {
  if ("message" in refusal) return { status: "failed", problems: [], more: 0, message: refusal.message };
  return { status: "failed", problems: refusal.problems.slice(0, SHOWN).map(problemText), more: Math.max(0, refusal.problems.length - SHOWN) };
}

export function importFailure(error: unknown): ImportFormState {
  console.error("club import failed", error);
  return {
    status: "failed",
    problems: [],
    more: 0,
    message: "Nie udało się zapisać klubów z powodu błędu po naszej stronie. Nic nie zostało zapisane. Spróbuj ponownie za kilka minut.",
  };
}
