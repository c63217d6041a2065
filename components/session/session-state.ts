"use client";

// What /wyglad.css (lib/appearance.ts) says about the person on this page. The HTML is the same
// for everyone, so scripts learn from the per-person stylesheet whether someone is signed in
// and whether this is a club computer: one source, decided by the server from the session.

export type SessionState = { signedIn: boolean; device: { idleSeconds: number; warnSeconds: number } | null };

const STYLESHEET = 'link[rel="stylesheet"][href^="/wyglad.css"]';

function readState(): SessionState {
  const style = getComputedStyle(document.documentElement);
  const number = (name: string) => Number.parseInt(style.getPropertyValue(name).trim(), 10);
  const idleSeconds = number("--kc-device-idle");
  const warnSeconds = number("--kc-device-warn");
  return {
    signedIn: style.getPropertyValue("--kc-account").trim() === "1",
    device: Number.isFinite(idleSeconds) && Number.isFinite(warnSeconds) ? { idleSeconds, warnSeconds } : null,
  };
}

/** Resolves once the stylesheet has loaded (scripts may run before it has). */
export function sessionState(): Promise<SessionState> {
  const link = document.querySelector<HTMLLinkElement>(STYLESHEET);
  if (!link || link.sheet) return Promise.resolve(readState());
  return new Promise((resolve) => {
    const done = () => resolve(readState());
    link.addEventListener("load", done, { once: true });
    link.addEventListener("error", done, { once: true });
  });
}

/** Synchronous, for event handlers: by the time a person presses a button the stylesheet is in. */
export function signedInHere(): boolean {
  return readState().signedIn;
}
