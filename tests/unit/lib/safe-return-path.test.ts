/** @jest-environment node */
import { safeReturnPath as fromPreferences } from "@/lib/preferences";
import { isSafeReturnPath, returnPathFrom, safeRedirectUrl, safeReturnPath } from "@/lib/safe-path";

const SITE = "https://klub.example.pl";

// Every one of these, given as a "return to" value, must never leave the site.
const hostile: [string, unknown][] = [
  ["tab at the start", "\t/evil"],
  ["tab after the slash", "/\t/evil.com"],
  ["newline after the slash", "/\n/evil.com"],
  ["CR after the slash", "/\r/evil.com"],
  ["tab inside", "/lekcje\t"],
  ["encoded tab then host", "/%09/other.host/x"],
  ["encoded newline then host", "/%0a/evil.com"],
  ["encoded CR LF header injection", "/%0d%0aSet-Cookie:x"],
  ["raw CR LF header injection", "/x\r\nSet-Cookie:x=1"],
  ["protocol-relative", "//evil.com"],
  ["three slashes", "///evil"],
  ["slash backslash", "/\\evil.com"],
  ["backslash later", "/lekcje\\..\\evil"],
  ["two backslashes", "\\\\evil.com"],
  ["one backslash", "\\evil.com"],
  ["encoded slash after the slash", "/%2F/evil.com"],
  ["encoded slash, lower case", "/%2f%2fevil.com"],
  ["encoded backslash", "/%5Cevil.com"],
  ["double-encoded slash", "/%252F/evil.com"],
  ["double-encoded tab", "/%2509/evil.com"],
  ["javascript:", "javascript:alert(1)"],
  ["javascript: mixed case", "JaVaScRiPt:alert(1)"],
  ["javascript: after a slash-less space", " javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["vbscript:", "vbscript:msgbox(1)"],
  ["full https address", "https://evil.com"],
  ["full http address", "http://evil.com/x"],
  ["our host as a prefix of another", "http://localhost:3000.evil.com/x"],
  ["scheme-relative with credentials", "//klub.example.pl@evil.com"],
  ["leading space", " /x"],
  ["space inside", "/x y"],
  ["trailing space", "/x "],
  ["encoded space", "/x%20y"],
  ["NUL raw", "/x\u0000"],
  ["NUL encoded", "/x%00"],
  ["NUL encoded after the slash", "/%00/evil.com"],
  ["no-break space", "/\u00a0/evil.com"],
  ["ideographic space", "/x\u3000y"],
  ["line separator", "/x\u2028y"],
  ["paragraph separator", "/\u2029/evil.com"],
  ["zero-width space", "/\u200b/evil.com"],
  ["byte order mark", "\ufeff/x"],
  ["right-to-left override", "/x\u202e"],
  ["encoded no-break space", "/%C2%A0/evil.com"],
  ["vertical tab", "/\u000b/evil.com"],
  ["form feed", "/\f/evil.com"],
  ["DEL", "/x\u007f"],
  ["malformed escape", "/%E0%A4%A"],
  ["relative without slash", "lekcje/ikp"],
  ["dot-relative", "./evil"],
  ["query only", "?x=1"],
  ["empty", ""],
  ["undefined", undefined],
  ["null", null],
  ["number", 42],
  ["array", ["/lekcje"]],
  ["far too long", `/${"a".repeat(5000)}`],
];

const good = ["/", "/lekcje/a/b?x=1#k", "/klub/postepy?grupa=1", "/lekcje/ikp", "/wyglad?wroc=%2Flekcje", "/moje-dane/usun", "/lekcje/żółw"];

describe("safe return path", () => {
  it.each(hostile)("refuses %s", (_label, value) => {
    expect(isSafeReturnPath(value)).toBe(false);
    expect(safeReturnPath(value)).toBe("/");
    expect(safeReturnPath(value, "/klub")).toBe("/klub");
    expect(fromPreferences(value)).toBe("/");
  });

  it.each(good)("keeps %p unchanged", (value) => {
    expect(isSafeReturnPath(value)).toBe(true);
    expect(safeReturnPath(value)).toBe(value);
    expect(fromPreferences(value)).toBe(value);
  });

  it("has at least 25 hostile forms", () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
  });
});

describe("sign-in callbackUrl", () => {
  it.each([
    [`${SITE}/klub/postepy?grupa=1#lista`, "/klub/postepy?grupa=1#lista"],
    [`${SITE}`, "/"],
    ["/lekcje/ikp", "/lekcje/ikp"],
  ])("keeps the path of %p", (value, expected) => {
    expect(returnPathFrom(value, SITE, "/klub")).toBe(expected);
  });

  it.each([
    "https://evil.com/klub",
    "https://klub.example.pl.evil.com/klub",
    "https://klub.example.pl@evil.com/klub",
    "http://klub.example.pl/klub", // another scheme is another origin
    "https://klub.example.pl:8443/klub",
    `${SITE}//evil.com`,
    `${SITE}/%2F/evil.com`,
    "javascript:alert(1)",
    "//evil.com",
    "/%09/other.host/x",
    "https://",
    ...hostile.map(([, value]) => value),
  ])("falls back for %p", (value) => {
    expect(returnPathFrom(value, SITE, "/klub")).toBe("/klub");
  });

  it("falls back when the site address is not known", () => {
    expect(returnPathFrom(`${SITE}/klub`, undefined, "/")).toBe("/");
  });
});

describe("next-auth redirect callback", () => {
  it.each([
    ["/klub", `${SITE}/klub`],
    ["/lekcje/a/b?x=1#k", `${SITE}/lekcje/a/b?x=1#k`],
    [`${SITE}/klub/postepy?grupa=1`, `${SITE}/klub/postepy?grupa=1`],
    [`${SITE}/`, `${SITE}/`],
  ])("follows %p on this site", (url, expected) => {
    expect(safeRedirectUrl(url, SITE)).toBe(expected);
  });

  it.each([
    "https://klub.example.pl.evil.com",
    "https://klub.example.pl.evil.com/klub",
    "https://klub.example.plx/klub",
    "https://klub.example.pl@evil.com/",
    "http://klub.example.pl/klub",
    "https://klub.example.pl:444/klub",
    "https://evil.com",
    "//evil.com",
    "//evil.com/klub",
    "/\\evil.com",
    "/%09/other.host/x",
    "/%2F/evil.com",
    "javascript:alert(1)",
    "data:text/html,x",
    "not a url",
    "",
  ])("refuses %p", (url) => {
    expect(safeRedirectUrl(url, SITE)).toBe(SITE);
  });

  it("is what next-auth's options use", async () => {
    const { authOptionsFor } = await import("@/lib/auth/options");
    const redirect = authOptionsFor(null).callbacks?.redirect;
    expect(redirect).toBeDefined();
    expect(await redirect!({ url: "/klub", baseUrl: SITE })).toBe(`${SITE}/klub`);
    expect(await redirect!({ url: "https://klub.example.pl.evil.com/x", baseUrl: SITE })).toBe(SITE);
    expect(await redirect!({ url: "//evil.com", baseUrl: SITE })).toBe(SITE);
    expect(await redirect!({ url: `${SITE}/lekcje`, baseUrl: SITE })).toBe(`${SITE}/lekcje`);
  });
});
