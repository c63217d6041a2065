/** @jest-environment node */
import { isSameOrigin } from "@/lib/forms";

// Server actions have no Request, only next/headers' read-only headers: the same check must hold.
describe("isSameOrigin on a request's headers", () => {
  const same = { host: "klub.example.pl", origin: "https://klub.example.pl", "sec-fetch-site": "same-origin" };

  it("accepts the site's own post and refuses another site's, from a Request or from its headers", () => {
    expect(isSameOrigin(new Headers(same))).toBe(true);
    expect(isSameOrigin(new Request("https://klub.example.pl/x", { method: "POST", headers: same }))).toBe(true);
    expect(isSameOrigin(new Headers({ ...same, origin: "https://zly.example.com", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "klub.example.pl", origin: "null" }))).toBe(false);
  });

  it("reads headers that also claim a `headers` property (as next/headers' proxy does)", () => {
    const inner = new Headers(same);
    const proxied = new Proxy(inner, {
      has: () => true,
      get: (target, key) => {
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    expect(isSameOrigin(proxied)).toBe(true);
  });
});
