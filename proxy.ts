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

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/health|favicon.ico).*)"],
};
