/** @jest-environment node */
import { cacheControlFor, PERSONAL_CACHE_CONTROL, PUBLIC_PAGE_CACHE_CONTROL, START_PAGE_CACHE_CONTROL } from "@/scripts/cache-policy.mjs";

const prerendered = "s-maxage=31536000";

describe("the cache policy of the production server", () => {
  it("makes a prerendered page public, for browsers and shared caches", () => {
    expect(cacheControlFor({ method: "GET", path: "/lekcje", status: 200, cacheControl: prerendered, setsCookie: false })).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(cacheControlFor({ method: "HEAD", path: "/lekcje", status: 200, cacheControl: "s-maxage=3600, stale-while-revalidate=60", setsCookie: false })).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  });

  it("lets a browser keep the guest's start page for no time: after sign-in the same address is her own", () => {
    expect(cacheControlFor({ method: "GET", path: "/", status: 200, cacheControl: prerendered, setsCookie: false })).toBe(START_PAGE_CACHE_CONTROL);
    expect(START_PAGE_CACHE_CONTROL).toMatch(/max-age=0/);
  });

  it("never lets a response that sets a cookie be cached", () => {
    expect(cacheControlFor({ method: "GET", path: "/lekcje", status: 200, cacheControl: prerendered, setsCookie: true })).toBe(PERSONAL_CACHE_CONTROL);
    expect(cacheControlFor({ method: "GET", path: "/lekcje", status: 200, cacheControl: "public, max-age=60", setsCookie: true })).toBe(PERSONAL_CACHE_CONTROL);
  });

  it.each([
    ["private, no-cache, no-store, max-age=0, must-revalidate", "GET", 200],
    ["public, max-age=31536000, immutable", "GET", 200],
    [prerendered, "POST", 200],
    [prerendered, "GET", 404],
    ["", "GET", 200],
  ])("keeps Next's own header otherwise (%p, %s, %d)", (cacheControl, method, status) => {
    expect(cacheControlFor({ method, path: "/lekcje", status, cacheControl, setsCookie: false })).toBeNull();
  });
});
