import type { CSSProperties } from "react";
import { outageText } from "@/lib/outage-text";

/** The words of the outage page, shared with app/global-error.tsx (which has no site styles). */
export function ServiceUnavailableText({ headingStyle }: { headingStyle?: CSSProperties }) {
  return (
    <>
      <h1 style={headingStyle}>{outageText.heading}</h1>
      <p>{outageText.sorry}</p>
      <p>
        <strong>{outageText.nothingLost}</strong>
        {outageText.nothingLostRest}
      </p>
      <p>{outageText.wait}</p>
    </>
  );
}

/**
 * What a person sees while the database is out of reach: calm, in Polish, that nothing was lost
 * and what to do. Never any technical detail. Works on the server and in error boundaries.
 */
export function ServiceUnavailable({ retry }: { retry?: () => void }) {
  return (
    <div className="kc-prose" data-service-unavailable>
      <ServiceUnavailableText />
      <p>
        {retry ? (
          <button
            type="button"
            onClick={retry}
            className="inline-flex min-h-12 items-center rounded-md border-2 border-primary bg-primary px-6 py-2 text-xl font-bold text-on-primary"
          >
            Spróbuj ponownie
          </button>
        ) : (
          <a
            href=""
            className="inline-flex min-h-12 items-center rounded-md border-2 border-primary bg-primary px-6 py-2 text-xl font-bold text-on-primary no-underline"
          >
            Spróbuj ponownie
          </a>
        )}
      </p>
      <p>Jeśli przerwa się przedłuża, zapytaj osobę prowadzącą zajęcia w klubie.</p>
    </div>
  );
}
