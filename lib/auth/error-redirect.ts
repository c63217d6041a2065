import { UNAVAILABLE_SIGN_IN_CODE } from "../db/unavailable";

/**
 * next-auth puts a failing authorize()'s own message into the redirect (`/api/auth/error?error=…`):
 * during a database outage that is Prisma's text with the database's host and port, in the
 * address bar. Only next-auth's codes and our lock message may pass; anything else becomes a
 * neutral code the sign-in page words in Polish.
 */
const knownCodes = new Set([
  "Configuration",
  "AccessDenied",
  "Verification",
  "Default",
  "CredentialsSignin",
  "SessionRequired",
  "Signin",
  "Callback",
  "OAuthSignin",
  "OAuthCallback",
  "OAuthCreateAccount",
  "OAuthAccountNotLinked",
  "EmailCreateAccount",
  "EmailSignin",
  UNAVAILABLE_SIGN_IN_CODE,
]);
const lockCode = /^zablokowane:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function isSafeSignInError(code: string): boolean {
  return knownCodes.has(code) || lockCode.test(code);
}

/** The same address with any unknown `error=` replaced by the neutral code; others untouched. */
export function neutralErrorUrl(address: string): string {
  if (!/[?&]error=/.test(address)) return address;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(address);
  let url: URL;
  try {
    url = new URL(address, "http://relative.invalid");
  } catch {
    return address;
  }
  const values = url.searchParams.getAll("error");
  if (values.every(isSafeSignInError)) return address;
  url.searchParams.set("error", UNAVAILABLE_SIGN_IN_CODE);
  return absolute ? url.toString() : `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's answer with no internal message left in its Location header or JSON `url`. */
export async function withNeutralErrorUrls(response: Response): Promise<Response> {
  const location = response.headers.get("location");
  let changed: Response = response;
  if (location && neutralErrorUrl(location) !== location) {
    const headers = new Headers(response.headers);
    headers.set("location", neutralErrorUrl(location));
    changed = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  if (!(changed.headers.get("content-type") ?? "").includes("application/json")) return changed;
  const text = await changed.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return changed;
  }
  if (!body || typeof body !== "object" || typeof (body as { url?: unknown }).url !== "string") return changed;
  const url = (body as { url: string }).url;
  const safe = neutralErrorUrl(url);
  if (safe === url) return changed;
  const headers = new Headers(changed.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify({ ...body, url: safe }), { status: changed.status, statusText: changed.statusText, headers });
}
