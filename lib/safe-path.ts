// Where someone may be sent back to after a form, a sign-in or a settings page: only a plain path
// on this site. One check for the whole app (preferences' safeReturnPath, the sign-in page, the
// next-auth redirect callback), so a bypass cannot live in one copy and not another.

const PLACEHOLDER_BASE = "https://placeholder.invalid";
const PLACEHOLDER_ORIGIN = new URL(PLACEHOLDER_BASE).origin;

/** Control and format characters (tab, CR, LF, NUL, zero-width…), any whitespace or Unicode space. */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\s]/u;

/** A path is at most this long; longer is not a link anyone typed. */
const MAX_LENGTH = 2048;

/** How many layers of percent-encoding are unwrapped and checked (`%252F` → `%2F` → `/`). */
const DECODE_LAYERS = 3;

function plainPathShape(value: string): boolean {
  if (!value.startsWith("/")) return false;
  // "//host" and "/\host" are read by browsers as another host.
  if (value[1] === "/" || value[1] === "\\") return false;
  if (value.includes("\\")) return false;
  return !UNSAFE_CHARACTER.test(value);
}

/**
 * True only for a plain same-origin path: exactly one leading "/", no "/" or "\" right after it,
 * no backslash, control character or whitespace anywhere — neither as written nor after
 * percent-decoding (the browser or Next may decode it) — and it parses to this site's origin.
 */
export function isSafeReturnPath(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return false;
  let layer = value;
  for (let i = 0; i < DECODE_LAYERS; i++) {
    if (!plainPathShape(layer)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return false; // a malformed escape: no guessing what some other decoder makes of it
    }
    if (decoded === layer) break;
    layer = decoded;
  }
  if (!plainPathShape(layer)) return false;
  try {
    return new URL(value, PLACEHOLDER_BASE).origin === PLACEHOLDER_ORIGIN;
  } catch {
    return false;
  }
}

/** The value itself when it is a safe path on this site (see isSafeReturnPath), otherwise `fallback`. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  return isSafeReturnPath(value) ? value : fallback;
}

/**
 * A return address that may be a path or a full address (next-auth passes a full one): a full
 * address counts only when its origin is exactly `siteUrl`'s, and then its path, query and
 * fragment are kept; either way the result passes isSafeReturnPath, or it is `fallback`.
 */
export function returnPathFrom(value: unknown, siteUrl: string | undefined, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  if (value.startsWith("/")) return safeReturnPath(value, fallback);
  if (!siteUrl || !/^https?:\/\//i.test(value)) return fallback;
  try {
    const target = new URL(value);
    if (target.origin !== new URL(siteUrl).origin) return fallback;
    return safeReturnPath(`${target.pathname}${target.search}${target.hash}`, fallback);
  } catch {
    return fallback;
  }
}

/**
 * next-auth's redirect callback: a relative path goes through isSafeReturnPath and is joined to
 * `baseUrl`; a full address is accepted only when its origin equals `baseUrl`'s exactly (so
 * https://klub.example.pl.evil.com is not ours); anything else, or unparsable, is `baseUrl`.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  if (typeof url !== "string") return baseUrl;
  if (url.startsWith("/")) return isSafeReturnPath(url) ? `${baseUrl.replace(/\/+$/, "")}${url}` : baseUrl;
  try {
    const target = new URL(url);
    if (target.origin === "null" || target.origin !== new URL(baseUrl).origin) return baseUrl;
    return target.href;
  } catch {
    return baseUrl;
  }
}
