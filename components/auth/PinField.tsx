import type { ReactNode } from "react";

/**
 * Six digits in one field that looks like six boxes: the phone shows its number pad
 * (inputmode numeric), nothing jumps between boxes, and the browser neither suggests nor
 * saves the PIN.
 */
export function PinField({
  id,
  label,
  hint,
  error,
  errorShownAt,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The id of the message said elsewhere (the error summary): the field points at it instead of repeating it. */
  errorShownAt?: string;
}) {
  const described = [hint ? `${id}-podpowiedz` : null, error ? `${id}-blad` : null, errorShownAt ?? null].filter(Boolean).join(" ") || undefined;
  const invalid = Boolean(error || errorShownAt);
  return (
    <div className={`mb-6 ${invalid ? "border-l-4 border-error pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block text-xl font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-podpowiedz`} className="mb-2 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-blad`} className="mb-2 font-bold text-error">
          <span className="sr-only">Błąd: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        type="password"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={6}
        autoComplete="off"
        aria-describedby={described}
        aria-invalid={invalid ? true : undefined}
        className="kc-pin block min-h-16 rounded-md border-2 border-ink bg-page py-2 text-ink"
      />
    </div>
  );
}
