import { createHash, randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { databaseOutageContinues } from "./lib/db/outage";
import { RETRY_AFTER_SECONDS } from "./lib/db/unavailable";
import { DEVICE_COOKIE } from "./lib/devices/club-device";
import { outagePage, refusalFor, refusalPage } from "./lib/malformed-request";

// Sends a person's start page to its personal version, and gives the sign-in and sign-out pages
// next-auth's CSRF cookie up front, so their forms work as plain HTML forms (no JavaScript, no
// extra redirect on a slow phone). No other page gets a cookie: public pages are the same
// bytes for everyone and may be cached. Authorisation is not done here: every page and action
// checks access itself (lib/access).
const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
const CSRF_COOKIE = `${secure ? "__Host-" : ""}next-auth.csrf-token`;
const SESSION_COOKIE = `${secure ? "__Secure-" : ""}next-auth.session-token`;
const THIRTY_DAYS = 30 * 24 * 60 * 60;
const ONE_DAY = 24 * 60 * 60;
const pagesWithSignInForms = /^\/(logowanie|wyloguj)(\/|$)/;

// Pages that work without the database (lessons, practice, help; the sign-in form answers an
// outage in its own words), and route handlers, which answer it themselves. Every other page
// is personal or needs the database.
const worksWithoutDatabase = /^\/(lekcje|slowniczek|cwiczenia|pomoc|deklaracja-dostepnosci|prywatnosc|logowanie|api)(\/|$)/;

function needsDatabase(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  if (path === "/") return request.cookies.has(SESSION_COOKIE);
  return !worksWithoutDatabase.test(path);
}

/**
 * At home a session slides: used at least once a day, it lasts 30 days from the last use, so
 * nobody is asked for the PIN every day. Club-device sessions (claim "ds") never slide: their
 * cookie dies with the browser and the database ends them after inactivity.
 */
async function slideSession(request: NextRequest, response: NextResponse, secret: string): Promise<NextResponse> {
  const value = request.cookies.get(SESSION_COOKIE)?.value;
  if (!value) return response;
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token || token.ds || typeof token.iat !== "number" || Date.now() / 1000 - token.iat < ONE_DAY) return response;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const fresh = await encode({ token: claims, secret, maxAge: THIRTY_DAYS });
  response.cookies.set(SESSION_COOKIE, fresh, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: THIRTY_DAYS });
  return response;
}

export async function proxy(request: NextRequest) {
  const refusal = refusalFor(request.method, request.nextUrl.pathname, request.headers);
  if (refusal) {
    return new NextResponse(refusalPage(refusal), {
      status: refusal.status,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
  // During a database outage the app noted, a personal page is a 503 the browser may retry,
  // not a 200 that only says so in words. Probed per request, so recovery shows at once.
  if (request.method === "GET" && needsDatabase(request) && (await databaseOutageContinues())) {
    return new NextResponse(outagePage(), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(RETRY_AFTER_SECONDS) },
    });
  }
  const path = request.nextUrl.pathname;
  // The prerendered start page is for guests; anyone else sees it drawn for them (app/start).
  if (path === "/" && (request.cookies.has(SESSION_COOKIE) || request.cookies.has(DEVICE_COOKIE) || request.nextUrl.searchParams.has("koniec"))) {
    return withSlidingSession(request, NextResponse.rewrite(new URL(`/start${request.nextUrl.search}`, request.url)));
  }
  if (!pagesWithSignInForms.test(path) || request.cookies.has(CSRF_COOKIE)) return withSlidingSession(request, NextResponse.next());
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return NextResponse.next();
  // The same format next-auth writes: token|sha256(token + secret).
  const token = randomBytes(32).toString("hex");
  const value = `${token}|${createHash("sha256").update(`${token}${secret}`).digest("hex")}`;
  request.cookies.set(CSRF_COOKIE, value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(CSRF_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure });
  return slideSession(request, response, secret);
}

function withSlidingSession(request: NextRequest, response: NextResponse): Promise<NextResponse> | NextResponse {
  const secret = process.env.NEXTAUTH_SECRET;
  return secret ? slideSession(request, response, secret) : response;
}

// Not for the progress posts (api/postep): they answer with a redirect or JSON. Running the proxy costs about
// 0.3 ms of server CPU a request, a fifth of a "Dalej" post (npm run bench:progress).
export const config = {
  matcher: ["/((?!_next/static|_next/image|api/health|api/postep|favicon.ico).*)"],
};
