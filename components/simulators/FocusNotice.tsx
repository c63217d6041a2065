"use client";

import { useEffect, useRef } from "react";

/**
 * A new hint, warning or „Pokaż mi” takes focus, so the page scrolls to it and a screen reader
 * reads it. Without JavaScript the #podpowiedz fragment does that; with it the router brings
 * the screen after a wrong answer without the fragment, so the fragment cannot be relied on.
 */
export function FocusNotice({ id, notice }: { id: string; notice: string }) {
  const focused = useRef("");
  useEffect(() => {
    if (notice && notice !== focused.current) {
      const target = document.getElementById(id);
      if (target && !target.contains(document.activeElement)) target.focus();
    }
    focused.current = notice;
  }, [id, notice]);
  return null;
}
