import { createHash, randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";

// Gives every visitor next-auth's CSRF cookie up front, so the sign-in and sign-out forms work
// as plain HTML forms (no JavaScript, no extra redirect on a slow phone). Authorisation is not
// done here: every page and action checks access itself (lib/access).
const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
const CSRF_COOKIE = `${secure ? "__Host-" : ""}next-auth.csrf-token`;

export function proxy(request: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || request.cookies.has(CSRF_COOKIE)) return NextResponse.next();
  // The same format next-auth writes: token|sha256(token + secret).
  const token = randomBytes(32).toString("hex");
  const value = `${token}|${createHash("sha256").update(`${token}${secret}`).digest("hex")}`;
  request.cookies.set(CSRF_COOKIE, value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(CSRF_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure });
  return response;
}

// Not for the progress posts (api/postep): they answer with a redirect or JSON, never a page
// with a form, and the page they lead to gets the cookie here. Running the proxy costs about
// 0.3 ms of server CPU a request, a fifth of a "Dalej" post (npm run bench:progress).
export const config = {
  matcher: ["/((?!_next/static|_next/image|api/health|api/postep|favicon.ico).*)"],
};
