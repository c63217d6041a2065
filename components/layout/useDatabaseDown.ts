"use client";

import { useEffect, useState } from "react";

/**
 * In production the browser never gets the server's error message (only its digest), so an
 * error boundary asks /api/health whether the database is down: it answers 503 then.
 */
export function useDatabaseDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((response) => {
        if (live && response.status === 503) setDown(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return down;
}
