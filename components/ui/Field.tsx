import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

export type FieldError = string | undefined;

/** The look of every <select>: as tall and as legible as a text field. */
export const selectClassName = "block min-h-12 w-full max-w-[30rem] rounded-md border-2 border-ink bg-page px-3 text-xl text-ink";

function describedBy(id: string, hint?: ReactNode, error?: FieldError) {
  return [hint ? `${id}-podpowiedz` : null, error ? `${id}-blad` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-podpowiedz`} className="mb-2 text-muted">
      {children}
    </p>
  ) : null;
}

function ErrorMessage({ id, error }: { id: string; error?: FieldError }) {
  return error ? (
    <p id={`${id}-blad`} className="mb-2 font-bold text-error">
      <span className="sr-only">Błąd: </span>
      {error}
    </p>
  ) : null;
}

/** A field's label, hint and error, with the error marked beside the field. */
function Framed({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: FieldError; children: ReactNode }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block text-xl font-bold">
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/** A text field: a visible label, an optional hint, and the error right next to the field. */
export function TextField({
  id,
  label,
  hint,
  error,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: ReactNode; hint?: ReactNode; error?: FieldError }) {
  return (
    <Framed id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={input.name ?? id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`block min-h-12 w-full max-w-[30rem] rounded-md border-2 border-ink bg-page px-3 py-2 text-xl text-ink ${className}`}
        {...input}
      />
    </Framed>
  );
}

/** A longer text: the same label, hint and error as a text field. */
export function TextArea({
  id,
  label,
  hint,
  error,
  ...input
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: ReactNode; hint?: ReactNode; error?: FieldError }) {
  return (
    <Framed id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={input.name ?? id}
        rows={3}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className="block w-full max-w-[40rem] rounded-md border-2 border-ink bg-page px-3 py-2 text-xl text-ink"
        {...input}
      />
    </Framed>
  );
}

/** Radio buttons or checkboxes in a fieldset; each option's whole row is its target. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  type,
  name,
  options,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  type: "radio" | "checkbox";
  /** For checkboxes each option may carry its own name. */
  name?: string;
  /** `search`: the words a name filter matches this option by (InstantFilter). */
  options: { value: string; label: ReactNode; checked?: boolean; hint?: ReactNode; name?: string; search?: string }[];
}) {
  return (
    <fieldset id={id} className={`mb-8 ${error ? "border-l-4 border-error pl-4" : ""}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
      <div className="flex flex-col gap-3">
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={`${option.name ?? name}-${option.value}`} data-szukaj={option.search} className="rounded-md border-2 border-line has-[:checked]:border-primary has-[:checked]:bg-tip-bg">
              <label htmlFor={optionId} className="flex min-h-12 cursor-pointer items-center gap-3 p-3">
                <input
                  id={optionId}
                  type={type}
                  name={option.name ?? name}
                  value={option.value}
                  defaultChecked={option.checked}
                  className="h-7 w-7 shrink-0 accent-[var(--kc-primary)]"
                />
                <span>
                  {option.label}
                  {option.hint ? <span className="block text-muted">{option.hint}</span> : null}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
