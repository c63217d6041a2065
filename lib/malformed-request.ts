// Requests Next.js itself would answer with a bare English 500 before any page or route of ours
// runs: a malformed percent-escape in the path (its parameter decoding throws) and a server
// action whose Origin is not this host (refused, but as a 500). The proxy refuses them first
// with the right 4xx and a Polish sentence. Pure, so it is tested without a server.

import { outageText } from "./outage-text";

export type Refusal = { status: 400 | 403 | 404 | 413; message: string };

/** Next.js refuses server-action bodies over 1 MB; we refuse them before they are read. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

const notFound: Refusal = { status: 404, message: "Nie ma takiej strony. Sprawdź adres albo wróć na stronę główną." };
const foreignForm: Refusal = {
  status: 403,
  message: "Ten formularz można wysłać tylko z naszej strony. Otwórz stronę jeszcze raz i spróbuj ponownie.",
};
const tooLarge: Refusal = { status: 413, message: "Wysłane dane są za duże. Skróć tekst i spróbuj ponownie." };

function decodes(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return true;
  } catch {
    return false;
  }
}

/** The host this request was sent to, as Next.js's own server-action check sees it. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}

export function refusalFor(method: string, rawPath: string, headers: Headers): Refusal | null {
  if (!decodes(rawPath)) return notFound;
  if (method !== "POST" || !headers.has("next-action")) return null;
  const length = Number(headers.get("content-length") ?? 0);
  if (Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT) return tooLarge;
  const origin = headers.get("origin");
  // No Origin at all: Next.js lets the action through to its own checks (old browsers send none).
  if (origin === null) return null;
  const host = requestHost(headers);
  return host !== null && originHost(origin) === host ? null : foreignForm;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small, calm page in the site's language for answers the proxy gives itself; no scripts. */
export function plainPage(heading: string, paragraphs: string[]): string {
  const body = paragraphs.map((text) => `<p>${text}</p>`).join("");
  return `<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)} — Klub Cyfrowy</title>
<style>body{font:1.25rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}a{color:#0b3d91;display:inline-block;min-height:44px;padding:.5rem 0}</style>
</head><body><main><h1>${escapeHtml(heading)}</h1>${body}<p><a href="/">Wróć na stronę główną</a></p></main></body></html>`;
}

export function refusalPage(refusal: Refusal): string {
  return plainPage("Klub Cyfrowy", [escapeHtml(refusal.message)]);
}

export function outagePage(): string {
  const t = outageText;
  return plainPage(t.heading, [t.sorry, `<strong>${t.nothingLost}</strong>${t.nothingLostRest}`, t.wait]);
}
