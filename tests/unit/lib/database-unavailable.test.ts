/** @jest-environment node */
import { isDatabaseUnavailable, UNAVAILABLE_SIGN_IN_CODE } from "@/lib/db/unavailable";
import { isSafeSignInError, neutralErrorUrl, withNeutralErrorUrls } from "@/lib/auth/error-redirect";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's, the driver's and Node's connection failures", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:55463"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Can't reach database server at `127.0.0.1:55463`"))).toBe(true);
    const adapter = Object.assign(new Error("DatabaseNotReachable"), { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } });
    expect(isDatabaseUnavailable(adapter)).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "57P01" }) }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error(""), { code: "ECONNREFUSED" })]))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("init"), { name: "PrismaClientInitializationError" }))).toBe(true);
  });

  it("leaves bugs and ordinary query errors alone", () => {
    expect(isDatabaseUnavailable(new TypeError("undefined is not a function"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("sign-in error URLs", () => {
  const leak = "Invalid `prisma.user.findUnique()` invocation: Can't reach database server at `127.0.0.1:55463`";

  it("lets next-auth's codes and the lock message through", () => {
    for (const code of ["CredentialsSignin", "AccessDenied", "Configuration", "Verification", "Default", "zablokowane:2026-12-03T12:00:00.000Z"]) {
      expect(isSafeSignInError(code)).toBe(true);
      expect(neutralErrorUrl(`/logowanie?error=${encodeURIComponent(code)}`)).toBe(`/logowanie?error=${encodeURIComponent(code)}`);
    }
    expect(isSafeSignInError(`zablokowane:${leak}`)).toBe(false);
  });

  it("replaces any other message with the neutral code, relative or absolute", () => {
    const relative = neutralErrorUrl(`/api/auth/error?error=${encodeURIComponent(leak)}`);
    expect(relative).toBe(`/api/auth/error?error=${UNAVAILABLE_SIGN_IN_CODE}`);
    const absolute = neutralErrorUrl(`http://localhost:3000/logowanie?callbackUrl=%2F&error=${encodeURIComponent(leak)}`);
    expect(absolute).toBe(`http://localhost:3000/logowanie?callbackUrl=%2F&error=${UNAVAILABLE_SIGN_IN_CODE}`);
    expect(neutralErrorUrl("/logowanie?callbackUrl=%2F")).toBe("/logowanie?callbackUrl=%2F");
  });

  it("cleans the Location header and a JSON url body", async () => {
    const redirect = new Response(null, { status: 302, headers: { Location: `/api/auth/error?error=${encodeURIComponent(leak)}` } });
    redirect.headers.append("Set-Cookie", "a=1; Path=/");
    const cleaned = await withNeutralErrorUrls(redirect);
    expect(cleaned.status).toBe(302);
    expect(cleaned.headers.get("location")).toBe(`/api/auth/error?error=${UNAVAILABLE_SIGN_IN_CODE}`);
    expect(cleaned.headers.get("set-cookie")).toContain("a=1");

    const json = Response.json({ url: `http://localhost:3000/api/auth/error?error=${encodeURIComponent(leak)}` }, { status: 401 });
    const body = (await (await withNeutralErrorUrls(json)).json()) as { url: string };
    expect(body.url).toBe(`http://localhost:3000/api/auth/error?error=${UNAVAILABLE_SIGN_IN_CODE}`);
    expect(body.url).not.toMatch(/database|127\.0\.0\.1|55463/);
  });

  it("words the neutral code in Polish", () => {
    expect(signInErrorMessage(UNAVAILABLE_SIGN_IN_CODE, "learner")).toBe("Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.");
  });
});
