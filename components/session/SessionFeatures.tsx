"use client";

import { useEffect, useState } from "react";
import { InactivityGuard } from "@/components/devices/InactivityGuard";
import { GuestProgressMerge } from "@/components/progress/GuestProgressMerge";
import { sessionState, type SessionState } from "./session-state";

/**
 * The parts of every page that work for a signed-in person: what they did as a guest is added
 * to the account, and on a club computer the session ends after inactivity.
 */
export function SessionFeatures() {
  const [state, setState] = useState<SessionState | null>(null);
  useEffect(() => {
    let cancelled = false;
    void sessionState().then((found) => {
      if (!cancelled) setState(found);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!state?.signedIn) return null;
  return (
    <>
      <GuestProgressMerge />
      {state.device ? <InactivityGuard idleSeconds={state.device.idleSeconds} warnSeconds={state.device.warnSeconds} /> : null}
    </>
  );
}
