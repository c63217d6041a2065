"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import { errorSummaryItemId } from "./error-summary-id";

/**
 * After a failed submit: a summary at the top that takes focus and links to each field
 * (GOV.UK pattern). A link focuses its field and keeps the field's label in view.
 */
export function ErrorSummary({ errors }: { errors: { field: string; message: string }[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves here when the list of problems changes, not on every render of the page.
  const key = errors.map((error) => `${error.field}:${error.message}`).join("|");
  useEffect(() => {
    if (key) heading.current?.focus();
  }, [key]);
  if (!errors.length) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    const target = document.getElementById(field);
    if (!target) return;
    event.preventDefault();
    const focusable = target.matches("input, select, textarea") ? target : target.querySelector<HTMLElement>("input, select, textarea");
    (target.closest("fieldset, div") ?? target).scrollIntoView({ block: "start" });
    focusable?.focus({ preventScroll: true });
  }

  return (
    <div className="mb-8 rounded-md border-4 border-error p-4" aria-labelledby="podsumowanie-bledow">
      <div role="alert">
        <h2 id="podsumowanie-bledow" ref={heading} tabIndex={-1} className="mt-0 text-2xl">
          Popraw, proszę, {errors.length === 1 ? "jedną rzecz" : "te rzeczy"}
        </h2>
        <ul className="m-0 list-none p-0">
          {errors.map((error) => (
            <li key={error.field} className="mb-2">
              <a id={errorSummaryItemId(error.field)} href={`#${error.field}`} onClick={(event) => focusField(event, error.field)} className="kc-link-block font-bold text-error">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
