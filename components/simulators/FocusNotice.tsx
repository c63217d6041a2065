"use client";

import { useEffect, useRef } from "react";

/**
 * After a wrong answer with JavaScript on, the router brings the new screen without the
 * #podpowiedz fragment a plain form post lands on: the notice takes focus here instead, so the
 * page scrolls to it and a screen reader reads it, as it does without JavaScript.
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
