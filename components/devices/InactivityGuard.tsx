"use client";

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/Button";

const PING_EVERY_MS = 60_000;

/**
 * On a club device: ends the session after `idleSeconds` without activity, so the next person at
 * the computer never sees this one's pages. `warnSeconds` before the end a dialog says so, takes
 * focus and offers "Jestem tutaj". Reading counts too: any key, tap, click or scroll tells the
 * server (at most once a minute) that the person is still here. What they did is already saved
 * (every "Dalej" is recorded), so signing out loses nothing.
 */
export function InactivityGuard({ idleSeconds, warnSeconds }: { idleSeconds: number; warnSeconds: number }) {
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const secondsLeftRef = useRef<number | null>(null);
  secondsLeftRef.current = secondsLeft;
  const dialog = useRef<HTMLDivElement>(null);
  const ended = useRef(false);

  const ping = useCallback(async () => {
    lastPing.current = Date.now();
    const response = await fetch("/api/urzadzenie/aktywnosc", { method: "POST" }).catch(() => null);
    // The session already ended on the server (e.g. another tab signed out): show the start page.
    if (response?.status === 401) window.location.replace("/?koniec=czas");
  }, []);

  const end = useCallback(async (reason: "idle" | "sign-out") => {
    if (ended.current) return;
    ended.current = true;
    await fetch(`/api/urzadzenie/koniec?powod=${reason}`, { method: "POST" }).catch(() => null);
    window.location.replace(reason === "idle" ? "/?koniec=czas" : "/?koniec=wylogowano");
  }, []);

  useEffect(() => {
    function activity() {
      if (secondsLeftRef.current !== null) return; // only "Jestem tutaj" answers the warning
      lastActivity.current = Date.now();
      if (Date.now() - lastPing.current > PING_EVERY_MS) void ping();
    }
    const events = ["pointerdown", "keydown", "scroll", "touchstart"] as const;
    for (const name of events) window.addEventListener(name, activity, { passive: true });
    const timer = window.setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      if (idle >= idleSeconds) void end("idle");
      else if (idle >= idleSeconds - warnSeconds) setSecondsLeft(Math.max(0, Math.ceil(idleSeconds - idle)));
    }, 1000);
    return () => {
      for (const name of events) window.removeEventListener(name, activity);
      window.clearInterval(timer);
    };
  }, [idleSeconds, warnSeconds, ping, end]);

  const warning = secondsLeft !== null;
  useEffect(() => {
    if (warning) dialog.current?.querySelector("button")?.focus();
  }, [warning]);

  /** Tab stays inside the dialog while it is open. */
  function keepFocus(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Tab") return;
    const buttons = [...(dialog.current?.querySelectorAll("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
    event.preventDefault();
    next?.focus();
  }

  function stay() {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
    void ping();
  }

  if (!warning) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-[rgba(0,0,0,0.6)] p-4">
      <div
        ref={dialog}
        onKeyDown={keepFocus}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="bezczynnosc-tytul"
        aria-describedby="bezczynnosc-opis"
        className="max-w-xl rounded-md border-4 border-primary bg-page p-6 text-ink"
      >
        <h2 id="bezczynnosc-tytul" className="mt-0">
          Czy nadal tu jesteś?
        </h2>
        <p id="bezczynnosc-opis" className="text-xl">
          To komputer klubu. Za {secondsLeft} s wylogujemy Cię, żeby następna osoba nie zobaczyła Twoich danych. Twoje postępy
          są zapisane.
        </p>
        <div className="flex flex-wrap gap-4">
          <Button onClick={stay} className="text-2xl">
            Jestem tutaj
          </Button>
          <Button variant="secondary" onClick={() => void end("sign-out")}>
            Zakończ i wyloguj
          </Button>
        </div>
      </div>
    </div>
  );
}
