import type { ReactNode } from "react";
import type { PictogramName } from "@/lib/content/pictograms";
import { appIconFor, Pictogram } from "./Pictogram";

// A drawn, simplified screen: our own shapes, never a screenshot of a real app. The drawing is
// hidden from screen readers; the description below it is the text alternative, shown to all.

/** The dashed frame and "← tutaj" that point at the one thing to press. */
export function Highlight({ children }: { children: ReactNode }) {
  return (
    <span className="relative inline-flex max-w-full flex-wrap items-center gap-2">
      <span className="block min-w-0 max-w-full rounded-md outline-4 outline-offset-2 outline-[#b3001b] outline-dashed">{children}</span>
      <span className="whitespace-nowrap rounded bg-[#b3001b] px-2 py-0.5 text-base font-bold text-white">← tutaj</span>
    </span>
  );
}

/** The drawing inside an app icon: a pictogram for the common ones, else the app's initial. */
function IconFace({ name }: { name: string }) {
  const pictogram = appIconFor(name);
  if (pictogram) return <Pictogram name={pictogram} className="h-8 w-8" />;
  return <span className="text-2xl font-bold leading-none">{name.trim().charAt(0)}</span>;
}

export function ScreenIcon({ highlight, children }: { highlight?: boolean; children: ReactNode }) {
  const name = typeof children === "string" ? children : "";
  const icon = (
    <span className="inline-flex w-24 flex-col items-center gap-1 text-center text-sm">
      <span className="flex h-12 w-12 items-center justify-center rounded-xl border-2 border-ink bg-surface text-ink">
        <IconFace name={name} />
      </span>
      <span className="[overflow-wrap:normal] hyphens-auto">{children}</span>
    </span>
  );
  return <span className="m-1 inline-block">{highlight ? <Highlight>{icon}</Highlight> : icon}</span>;
}

/** A drawn button; `icon` draws the symbol the real button shows (never typed as a character). */
export function ScreenButton({ highlight, icon, children }: { highlight?: boolean; icon?: PictogramName; children: ReactNode }) {
  const button = (
    <span className="inline-flex items-center gap-2 rounded-md border-2 border-ink bg-primary px-4 py-1 text-base font-bold text-on-primary">
      {icon ? <Pictogram name={icon} className="h-5 w-5" /> : null}
      <span>{children}</span>
    </span>
  );
  return <div className="my-2">{highlight ? <Highlight>{button}</Highlight> : button}</div>;
}

export function ScreenField({ label, value, highlight }: { label: string; value?: string; highlight?: boolean }) {
  const field = (
    <span className="block w-48 max-w-full">
      <span className="block text-sm">{label}</span>
      <span className="block min-h-8 rounded border-2 border-ink bg-page px-2 py-0.5 text-base">{value ?? " "}</span>
    </span>
  );
  return <div className="my-2">{highlight ? <Highlight>{field}</Highlight> : field}</div>;
}

export function ScreenText({ muted, children }: { muted?: boolean; children: ReactNode }) {
  return <p className={`my-1 text-base ${muted ? "text-muted" : ""}`}>{children}</p>;
}

export function ScreenMessage({ from, children }: { from?: string; children: ReactNode }) {
  return (
    <div className="my-2 max-w-[90%] rounded-2xl rounded-tl-none border-2 border-line bg-surface px-3 py-2 text-base">
      {from ? <span className="block text-sm font-bold">{from}</span> : null}
      {children}
    </div>
  );
}

export function ScreenAddress({ children }: { children: ReactNode }) {
  return (
    <div className="mb-2 flex items-center gap-2 rounded-full border-2 border-line bg-page px-3 py-0.5 text-sm">
      <span className="inline-block h-3 w-3 rounded-sm border-2 border-ink" />
      {children}
    </div>
  );
}

export function Screen({
  device,
  title,
  description,
  children,
}: {
  device: "phone" | "computer";
  title: string;
  description: string;
  children: ReactNode;
}) {
  const phone = device === "phone";
  return (
    <figure className="my-6">
      <div
        aria-hidden="true"
        className={
          phone
            ? "mx-auto w-full max-w-[18rem] rounded-[2rem] border-[6px] border-ink bg-page p-2"
            : "w-full max-w-[34rem] rounded-lg border-[6px] border-ink bg-page"
        }
      >
        <div className={`flex items-center gap-2 bg-surface px-3 py-1 text-sm font-bold ${phone ? "rounded-t-[1.4rem]" : ""}`}>
          {phone ? null : (
            <span className="flex gap-1">
              <span className="h-3 w-3 rounded-full border-2 border-ink" />
              <span className="h-3 w-3 rounded-full border-2 border-ink" />
            </span>
          )}
          <span>{title}</span>
        </div>
        <div className={`px-3 py-3 ${phone ? "min-h-48" : "min-h-40"}`}>{children}</div>
      </div>
      <figcaption className="mt-2 text-lg text-muted">
        <span className="font-bold">Na ekranie: </span>
        {description}
      </figcaption>
    </figure>
  );
}
