/** A progress bar that always says its value in words too (never colour or length alone). */
export function ProgressBar({ value, max, label, name = "Postęp w lekcji" }: { value: number; max: number; label: string; name?: string }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="my-2">
      <p className="mb-1 text-xl font-bold" aria-hidden="true">
        {label}
      </p>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={label}
        aria-label={name}
        className="h-4 w-full max-w-[38rem] overflow-hidden rounded-full border-2 border-ink bg-page"
      >
        <div className="kc-progress-fill h-full bg-primary" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
