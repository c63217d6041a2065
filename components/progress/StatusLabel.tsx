import type { LessonStatus } from "@/lib/progress/rules";

const labels: Record<LessonStatus, { icon: string; word: string; className: string }> = {
  done: { icon: "✔", word: "Ukończona", className: "text-success" },
  "in-progress": { icon: "◐", word: "W trakcie", className: "text-ink" },
  "not-started": { icon: "○", word: "Nie rozpoczęta", className: "text-muted" },
};

/** A status as an icon and a word, never colour alone. */
export function StatusLabel({ status, words }: { status: LessonStatus; words?: Partial<Record<LessonStatus, string>> }) {
  const { icon, word, className } = labels[status];
  return (
    <span className={`inline-flex items-center gap-2 font-bold ${className}`} data-status={status}>
      <span aria-hidden="true">{icon}</span>
      {words?.[status] ?? word}
    </span>
  );
}
