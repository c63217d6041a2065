/** @jest-environment node */
import { clientAddress, trustedProxyHops } from "@/scripts/client-ip.mjs";

describe("clientAddress", () => {
  it("uses the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.5", undefined, 0)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", "1.1.1.1", 0)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", "1.1.1.1, 2.2.2.2", 0)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:203.0.113.5", "9.9.9.9", 0)).toBe("203.0.113.5");
  });

  it("rotating X-Forwarded-For does not change the address without trusted proxies", () => {
    const seen = new Set(Array.from({ length: 50 }, (_, i) => clientAddress("198.51.100.1", `10.0.0.${i}`, 0)));
    expect([...seen]).toEqual(["198.51.100.1"]);
  });

  it("behind one trusted proxy takes the address that proxy appended, not the client's own entries", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    const seen = new Set(Array.from({ length: 50 }, (_, i) => clientAddress("10.0.0.2", `7.7.7.${i}, 203.0.113.9`, 1)));
    expect([...seen]).toEqual(["203.0.113.9"]);
  });

  it("behind two trusted proxies takes the second from the right", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["6.6.6.6, 203.0.113.9", "10.0.0.1"], 2)).toBe("203.0.113.9");
  });

  it("falls back to the socket when the chain is shorter than the setting or not an address", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9", 2)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "<script>", 1)).toBe("10.0.0.2");
  });

  it("reads TRUSTED_PROXY_HOPS as 0 unless set, and refuses nonsense", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("one")).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
