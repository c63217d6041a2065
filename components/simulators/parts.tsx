import type { ReactNode } from "react";
import { Highlight } from "@/components/lesson/Screen";

// The drawn parts of a practice service: real buttons and fields (usable by keyboard, touch and
// screen readers), in our own plain style so nobody takes them for the real site.

const band = "Ćwiczenie — to nie jest prawdziwa strona. Nic tu nie wyślesz.";

/** The permanent band on every simulator page and inside every drawn service. */
export function PracticeBand({ inside = false }: { inside?: boolean }) {
  return (
    <p
      className={
        inside
          ? "m-0 border-b-2 border-dashed border-ink bg-warning-bg px-3 py-1 text-base font-bold text-ink"
          : "my-4 rounded-md border-4 border-dashed border-warning bg-warning-bg px-4 py-2 text-xl font-bold text-ink"
      }
    >
      {band}
    </p>
  );
}

function Pointed({ highlight, children }: { highlight?: boolean; children: ReactNode }) {
  return highlight ? <Highlight>{children}</Highlight> : <>{children}</>;
}

/** A button on the drawn service. Pressing it sends its value as the choice made. */
export function SimButton({
  value,
  highlight,
  variant = "primary",
  children,
}: {
  value: string;
  highlight?: boolean;
  variant?: "primary" | "secondary" | "plain";
  children: ReactNode;
}) {
  const look = {
    primary: "border-ink bg-primary text-on-primary",
    secondary: "border-ink bg-page text-ink",
    plain: "border-transparent bg-transparent text-primary underline",
  }[variant];
  return (
    <div className="my-2">
      <Pointed highlight={highlight}>
        <button
          type="submit"
          name="wybor"
          value={value}
          className={`inline-flex min-h-12 min-w-11 cursor-pointer items-center rounded-md border-2 px-4 py-1 text-left text-lg font-bold ${look}`}
        >
          {children}
        </button>
      </Pointed>
    </div>
  );
}

/** A field on the drawn service; browsers are asked not to fill in anything saved. */
export function SimInput({
  name,
  label,
  type = "text",
  inputMode,
  highlight,
  hint,
}: {
  name: string;
  label: string;
  type?: "text" | "password";
  inputMode?: "text" | "numeric" | "tel";
  highlight?: boolean;
  hint?: string;
}) {
  const id = `pole-${name}`;
  return (
    <div className="my-3">
      <label htmlFor={id} className="mb-1 block text-lg font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-opis`} className="mb-1 text-base text-muted">
          {hint}
        </p>
      ) : null}
      <Pointed highlight={highlight}>
        <input
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={200}
          data-1p-ignore
          data-lpignore="true"
          aria-describedby={hint ? `${id}-opis` : undefined}
          className="block min-h-12 w-64 max-w-full rounded-md border-2 border-ink bg-page px-3 py-1 text-xl text-ink"
        />
      </Pointed>
    </div>
  );
}

/** A heading of the drawn service (the page's own h1 is the practice's title). */
export function SimHeading({ children }: { children: ReactNode }) {
  return <h2 className="mt-2 mb-3 text-2xl">{children}</h2>;
}

export function SimText({ muted, children }: { muted?: boolean; children: ReactNode }) {
  return <p className={`my-2 text-lg ${muted ? "text-muted" : ""}`}>{children}</p>;
}

/** A framed part of the drawn service: a document, a message, a browser's question. */
export function SimPanel({ title, children, tone = "plain" }: { title?: string; children: ReactNode; tone?: "plain" | "prompt" }) {
  return (
    <div className={`my-3 rounded-lg border-2 p-3 ${tone === "prompt" ? "border-ink bg-surface shadow-[0_4px_0_var(--kc-text)]" : "border-line bg-page"}`}>
      {title ? <p className="mb-2 text-lg font-bold">{title}</p> : null}
      {children}
    </div>
  );
}

/** Label–value rows, e.g. a tax return's figures or a prescription's details. */
export function SimFacts({ rows }: { rows: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="my-2 grid grid-cols-1 gap-x-4 gap-y-1 text-lg sm:grid-cols-[auto_1fr]">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-bold">{row.label}</dt>
          <dd className="m-0 mb-2 sm:mb-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The drawn phone or computer around a practice screen, with "ćwiczenie" in its address bar. */
export function SimDevice({ device, address, children }: { device: "phone" | "computer"; address: string; children: ReactNode }) {
  const phone = device === "phone";
  return (
    <div
      className={
        phone
          ? "mx-auto w-full max-w-[26rem] overflow-hidden rounded-[1.5rem] border-[6px] border-ink bg-page"
          : "w-full max-w-[44rem] overflow-hidden rounded-lg border-[6px] border-ink bg-page"
      }
    >
      <PracticeBand inside />
      <p className="m-0 flex items-center gap-2 border-b-2 border-line bg-surface px-3 py-1 text-base">
        <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-sm border-2 border-ink" />
        <span>
          <span className="sr-only">Adres w ćwiczeniu: </span>
          {address} <span className="font-bold">(ćwiczenie)</span>
        </span>
      </p>
      <div className="px-3 py-3 sm:px-5">{children}</div>
    </div>
  );
}
