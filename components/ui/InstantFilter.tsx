"use client";

import { useEffect } from "react";
import { nameMatches } from "@/lib/name-search";

/**
 * Filters a list while the search field is typed in, without sending anything: every element
 * with `data-szukaj` inside `#listId` is hidden unless it matches. Without JavaScript the search
 * form is sent instead and the server filters the list (the same `nameMatches`).
 */
export function InstantFilter({ inputId, listId, statusId }: { inputId: string; listId: string; statusId: string }) {
  useEffect(() => {
    const input = document.getElementById(inputId);
    const list = document.getElementById(listId);
    const status = document.getElementById(statusId);
    if (!(input instanceof HTMLInputElement) || !list) return;
    const apply = () => {
      const items = [...list.querySelectorAll<HTMLElement>("[data-szukaj]")];
      let shown = 0;
      for (const item of items) {
        const match = nameMatches(input.value, item.dataset.szukaj ?? "");
        item.hidden = !match;
        if (match) shown += 1;
      }
      if (status) status.textContent = input.value.trim() ? `Pasuje: ${shown} z ${items.length}.` : "";
    };
    input.addEventListener("input", apply);
    return () => input.removeEventListener("input", apply);
  }, [inputId, listId, statusId]);
  return null;
}
