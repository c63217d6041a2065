import { cookies } from "next/headers";
import { ACTIVE_CLUB_COOKIE } from "./actor";
import { LAST_LOGIN_COOKIE } from "./sign-in";

// next-auth 4 names its session cookie "next-auth.session-token", with the "__Secure-" prefix
// over HTTPS, and splits a large one into ".0", ".1", … parts.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Signs the browser out without next-auth's sign-out form (e.g. after deleting the account). */
export async function expireSessionCookies(): Promise<void> {
  const store = await cookies();
  for (const { name } of store.getAll()) {
    if (SESSION_COOKIE.test(name)) {
      // A "__Secure-" cookie is only replaced by one that is itself marked secure.
      store.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
  }
  store.set(ACTIVE_CLUB_COOKIE, "", { path: "/", maxAge: 0 });
  store.set(LAST_LOGIN_COOKIE, "", { path: "/logowanie", maxAge: 0, httpOnly: true, sameSite: "lax" });
}

/**
 * The same response with the session cookie turned into a browser-session cookie (no Expires,
 * no Max-Age): on a club device, closing the browser signs the person out. Removals (Max-Age=0
 * on sign-out) are kept as they are.
 */
export function asBrowserSessionCookies(response: Response): Response {
  const headers = new Headers();
  for (const [name, value] of response.headers) if (name !== "set-cookie") headers.append(name, value);
  for (const cookie of response.headers.getSetCookie()) {
    const name = cookie.slice(0, cookie.indexOf("="));
    const removal = /;\s*Max-Age=0/i.test(cookie) || /=;/.test(cookie.slice(0, name.length + 2));
    headers.append("set-cookie", SESSION_COOKIE.test(name) && !removal ? cookie.replace(/;\s*(Expires|Max-Age)=[^;]*/gi, "") : cookie);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
