"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { InactivityGuard } from "@/components/devices/InactivityGuard";
import { GuestProgressMerge } from "@/components/progress/GuestProgressMerge";
import { refreshAppearance, sessionState, type SessionState } from "./session-state";

/**
 * The parts of every page that work for a signed-in person: what they did as a guest is added
 * to the account, and on a club computer the session ends after inactivity. After a move to
 * another page without a full load the per-person stylesheet is fetched again, so the header
 * and these parts follow a sign-in or sign-out that happened on the way.
 */
export function SessionFeatures() {
  const pathname = usePathname();
  const firstPage = useRef(true);
  const [state, setState] = useState<SessionState | null>(null);
  useEffect(() => {
    let cancelled = false;
    const found = firstPage.current ? sessionState() : refreshAppearance();
    firstPage.current = false;
    void found.then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  if (!state?.signedIn) return null;
  return (
    <>
      <GuestProgressMerge />
      {state.device ? <InactivityGuard idleSeconds={state.device.idleSeconds} warnSeconds={state.device.warnSeconds} /> : null}
    </>
  );
}
