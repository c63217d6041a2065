"use client";

// What /wyglad.css (lib/appearance.ts) says about the person on this page. The HTML is the same
// for everyone, so scripts learn from the per-person stylesheet whether someone is signed in
// and whether this is a club computer: one source, decided by the server from the session.

export type SessionState = { signedIn: boolean; device: { idleSeconds: number; warnSeconds: number } | null };

const STYLESHEET = 'link[rel="stylesheet"][href^="/wyglad.css"]';
let refreshes = 0;

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

/** The stylesheet in force: the last one loaded and not switched off. */
function currentLink(): HTMLLinkElement | null {
  const links = [...document.querySelectorAll<HTMLLinkElement>(STYLESHEET)].filter((link) => !link.disabled);
  return links.at(-1) ?? null;
}

/** Resolves once the stylesheet has loaded (scripts may run before it has). */
export function sessionState(): Promise<SessionState> {
  const link = currentLink();
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

/**
 * Fetches the per-person stylesheet again and switches the old one off once the new one is in.
 * A page reached without a full load (the router, or a form's redirect after signing up or
 * deleting the account) would otherwise keep the previous person's header.
 */
export function refreshAppearance(): Promise<SessionState> {
  const previous = [...document.querySelectorAll<HTMLLinkElement>(STYLESHEET)];
  const fresh = document.createElement("link");
  fresh.rel = "stylesheet";
  fresh.href = `/wyglad.css?odswiezenie=${++refreshes}`;
  return new Promise((resolve) => {
    const done = () => {
      for (const link of previous) {
        // Our own earlier copies go; the one React placed is only switched off.
        if (link.hasAttribute("data-precedence")) link.disabled = true;
        else link.remove();
      }
      resolve(readState());
    };
    fresh.addEventListener("load", done, { once: true });
    fresh.addEventListener("error", () => resolve(readState()), { once: true });
    document.head.appendChild(fresh);
  });
}
