/** @jest-environment node */
import { PDF_PATHS, securityHeaderRules } from "@/lib/security-headers.mjs";

function header(rules: ReturnType<typeof securityHeaderRules>, source: string, key: string): string | undefined {
  return rules.find((rule) => rule.source === source)?.headers.find((h) => h.key === key)?.value;
}

const production = securityHeaderRules({ NODE_ENV: "production", NEXTAUTH_URL: "https://klub.example.pl" });
const localHttp = securityHeaderRules({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" });
const development = securityHeaderRules({ NODE_ENV: "development", NEXTAUTH_URL: "http://localhost:3000" });

describe("securityHeaderRules", () => {
  it("puts a strict CSP on every route", () => {
    const csp = header(production, "/:path*", "Content-Security-Policy")!;
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )base-uri 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )form-action 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp).toMatch(/(^|; )img-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*|data:|blob:/); // no other site
  });

  it("never allows eval in production, only in next dev", () => {
    expect(header(production, "/:path*", "Content-Security-Policy")).not.toContain("unsafe-eval");
    expect(header(localHttp, "/:path*", "Content-Security-Policy")).not.toContain("unsafe-eval");
    expect(securityHeaderRules({ NEXTAUTH_URL: "https://klub.example.pl" })[0]!.headers[0]!.value).not.toContain("unsafe-eval");
    expect(header(development, "/:path*", "Content-Security-Policy")).toContain("'unsafe-eval'");
  });

  it("sends HSTS only when the site is served over https", () => {
    expect(header(production, "/:path*", "Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(header(production, "/:path*", "Content-Security-Policy")).toContain("upgrade-insecure-requests");
    expect(header(localHttp, "/:path*", "Strict-Transport-Security")).toBeUndefined();
    expect(header(localHttp, "/:path*", "Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
    expect(header(securityHeaderRules({}), "/:path*", "Strict-Transport-Security")).toBeUndefined();
  });

  it("allows the camera to this site only (the card scanner at /logowanie), nothing else", () => {
    const policy = header(production, "/:path*", "Permissions-Policy")!;
    const camera = policy.split(", ").filter((entry) => entry.startsWith("camera="));
    expect(camera).toEqual(["camera=(self)"]); // no other origin, no *
    for (const feature of ["microphone", "geolocation", "payment", "usb"]) expect(policy).toContain(`${feature}=()`);
    expect(policy).not.toContain("*");
  });

  it("keeps the other headers", () => {
    expect(header(production, "/:path*", "X-Content-Type-Options")).toBe("nosniff");
    expect(header(production, "/:path*", "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(header(production, "/:path*", "X-Frame-Options")).toBe("DENY");
  });

  it("gives PDFs a policy Chrome's viewer works with, still not frameable and without script", () => {
    for (const path of PDF_PATHS) {
      const csp = header(production, path, "Content-Security-Policy")!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("script-src");
    }
    // The PDF rule comes after the general one, so it wins for the same key.
    expect(production.findIndex((rule) => rule.source === PDF_PATHS[0])).toBeGreaterThan(0);
  });
});
