/** @jest-environment node */
import { randomToken } from "@/lib/auth/secrets";
import { asBrowserSessionCookies } from "@/lib/auth/session-cookies";
import { deviceIdleSeconds, deviceNameSchema, deviceWarningSeconds, parseDeviceCookie } from "@/lib/devices/club-device";

describe("deviceIdleSeconds", () => {
  it("is 15 minutes when nothing is set", () => {
    expect(deviceIdleSeconds({})).toBe(900);
  });

  it("takes CLUB_DEVICE_IDLE_SECONDS when it is a whole number of at least 20", () => {
    expect(deviceIdleSeconds({ CLUB_DEVICE_IDLE_SECONDS: "120" })).toBe(120);
    expect(deviceIdleSeconds({ CLUB_DEVICE_IDLE_SECONDS: "20" })).toBe(20);
    expect(deviceIdleSeconds({ CLUB_DEVICE_IDLE_SECONDS: "3600" })).toBe(3600);
  });

  it.each(["19", "0", "-120", "45.5", "abc", "", "  ", "1e100x"])("ignores %p", (value) => {
    expect(deviceIdleSeconds({ CLUB_DEVICE_IDLE_SECONDS: value })).toBe(900);
  });

  it("reads process.env by default", () => {
    const saved = process.env.CLUB_DEVICE_IDLE_SECONDS;
    try {
      process.env.CLUB_DEVICE_IDLE_SECONDS = "45";
      expect(deviceIdleSeconds()).toBe(45);
      delete process.env.CLUB_DEVICE_IDLE_SECONDS;
      expect(deviceIdleSeconds()).toBe(900);
    } finally {
      if (saved === undefined) delete process.env.CLUB_DEVICE_IDLE_SECONDS;
      else process.env.CLUB_DEVICE_IDLE_SECONDS = saved;
    }
  });
});

describe("deviceWarningSeconds", () => {
  it("warns a minute before the end of a normal limit", () => {
    expect(deviceWarningSeconds(900)).toBe(60);
    expect(deviceWarningSeconds(180)).toBe(60);
  });

  it("warns a third of the time before the end of a short limit", () => {
    expect(deviceWarningSeconds(179)).toBe(59);
    expect(deviceWarningSeconds(120)).toBe(40);
    expect(deviceWarningSeconds(30)).toBe(10);
    expect(deviceWarningSeconds(20)).toBe(6);
  });
});

describe("parseDeviceCookie", () => {
  const id = "cmabcdefghijklmnopqrstuvw"; // a cuid: 25 lower-case letters and digits
  const token = "AbC-_0123456789abcdefghijklmnopqrstuvwxyz12"; // base64url of 32 bytes: 43 characters

  it("reads <device id>.<token>", () => {
    expect(token).toHaveLength(43);
    expect(parseDeviceCookie(`${id}.${token}`)).toEqual({ id, token });
    expect(parseDeviceCookie(`${id}.${"x".repeat(40)}`)).toEqual({ id, token: "x".repeat(40) });
    expect(parseDeviceCookie(`${id}.${"x".repeat(60)}`)).toEqual({ id, token: "x".repeat(60) });
    expect(parseDeviceCookie(`${"a".repeat(20)}.${token}`)).toEqual({ id: "a".repeat(20), token });
  });

  it("reads what markClubDevice makes: a random 32-byte token", () => {
    for (let i = 0; i < 50; i++) {
      const real = randomToken(32);
      expect(parseDeviceCookie(`${id}.${real}`)).toEqual({ id, token: real });
    }
  });

  it("is no device when the cookie is missing or empty", () => {
    expect(parseDeviceCookie(undefined)).toBeNull();
    expect(parseDeviceCookie("")).toBeNull();
  });

  it.each([
    ["no dot", `${id}${token}`],
    ["nothing but a dot", "."],
    ["a short word", "komputer"],
    ["an upper-case id", `${id.toUpperCase()}.${token}`],
    ["an id too short", `${id.slice(0, 19)}.${token}`],
    ["an id too long", `${"a".repeat(41)}.${token}`],
    ["a token too short", `${id}.${"x".repeat(39)}`],
    ["a token too long", `${id}.${"x".repeat(61)}`],
    ["a token with other characters", `${id}.${token.slice(0, -1)}=`],
    ["a second dot", `${id}.${token}.${token}`],
    ["spaces around", ` ${id}.${token} `],
    ["a line break after", `${id}.${token}\n`],
  ])("is no device for %s", (_what, value) => {
    expect(parseDeviceCookie(value)).toBeNull();
  });
});

describe("deviceNameSchema", () => {
  const message = (name: string) => deviceNameSchema.safeParse({ name }).error?.issues[0]?.message;

  it("asks for a name when there is none or it is one letter", () => {
    expect(message("")).toBe("Nazwij ten komputer, np. „Komputer przy oknie” albo „Tablet 2”.");
    expect(message("   ")).toBe("Nazwij ten komputer, np. „Komputer przy oknie” albo „Tablet 2”.");
    expect(message(" A ")).toBe("Nazwij ten komputer, np. „Komputer przy oknie” albo „Tablet 2”.");
  });

  it("refuses more than 60 characters", () => {
    expect(message("x".repeat(61))).toBe("Nazwa może mieć najwyżej 60 znaków.");
    expect(deviceNameSchema.safeParse({ name: "x".repeat(60) }).success).toBe(true);
  });

  it("accepts a name and trims it", () => {
    expect(deviceNameSchema.parse({ name: "  Komputer przy oknie  " })).toEqual({ name: "Komputer przy oknie" });
    expect(deviceNameSchema.parse({ name: "T2" })).toEqual({ name: "T2" });
  });
});

describe("asBrowserSessionCookies", () => {
  const expires = "Expires=Wed, 02 Dec 2026 10:00:00 GMT";
  const session = `next-auth.session-token=eyJhbGciOi.abc; Path=/; ${expires}; Max-Age=2592000; HttpOnly; SameSite=Lax`;
  // In the order next-auth's serializer (the "cookie" package) writes the attributes.
  const secureSession = `__Secure-next-auth.session-token=eyJzZWN1cmU; Max-Age=2592000; Path=/; ${expires}; HttpOnly; Secure; SameSite=Lax`;
  const chunk = `next-auth.session-token.1=part2; Path=/; Max-Age=2592000; ${expires}; HttpOnly; SameSite=Lax`;
  const removal = "next-auth.session-token.0=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax";
  const csrf = `next-auth.csrf-token=abc%7Cdef; Path=/; HttpOnly; SameSite=Lax; ${expires}; Max-Age=2592000`;
  const callback = "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000; Path=/; HttpOnly; SameSite=Lax";
  const other = `kc-klub=club-1; Path=/; ${expires}; Max-Age=31536000`;

  function response(cookies: string[], init: ResponseInit = {}) {
    const headers = new Headers({ "Content-Type": "application/json", "Cache-Control": "no-store", "X-Extra": "tak" });
    for (const cookie of cookies) headers.append("Set-Cookie", cookie);
    return new Response(JSON.stringify({ url: "/moj-klub" }), { status: 200, statusText: "OK", ...init, headers });
  }

  it("drops Expires and Max-Age from the session cookie and keeps its other attributes", () => {
    const [cookie] = asBrowserSessionCookies(response([session])).headers.getSetCookie();
    expect(cookie).toBe("next-auth.session-token=eyJhbGciOi.abc; Path=/; HttpOnly; SameSite=Lax");
    expect(cookie).not.toMatch(/expires|max-age/i);
  });

  it("does the same for the __Secure- session cookie and its chunks", () => {
    const cookies = asBrowserSessionCookies(response([secureSession, chunk])).headers.getSetCookie();
    expect(cookies).toEqual([
      "__Secure-next-auth.session-token=eyJzZWN1cmU; Path=/; HttpOnly; Secure; SameSite=Lax",
      "next-auth.session-token.1=part2; Path=/; HttpOnly; SameSite=Lax",
    ]);
  });

  it("keeps removals and every other cookie exactly as they were, in order", () => {
    const removalWithExpires = "__Secure-next-auth.session-token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Secure";
    const removalWithoutMaxAge = "next-auth.session-token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly";
    const cookies = asBrowserSessionCookies(response([csrf, session, removal, removalWithExpires, removalWithoutMaxAge, callback, other])).headers.getSetCookie();
    expect(cookies).toEqual([csrf, "next-auth.session-token=eyJhbGciOi.abc; Path=/; HttpOnly; SameSite=Lax", removal, removalWithExpires, removalWithoutMaxAge, callback, other]);
  });

  it("keeps a removal by Max-Age=0 even when the cookie still has a value", () => {
    const removals = [
      `next-auth.session-token=deleted; Path=/; ${expires}; Max-Age=0; HttpOnly`,
      "__Secure-next-auth.session-token=x; Path=/; max-age=0; Secure",
    ];
    expect(asBrowserSessionCookies(response(removals)).headers.getSetCookie()).toEqual(removals);
  });

  it("does not touch cookies whose names only resemble the session cookie", () => {
    const lookalikes = [
      `my-next-auth.session-token=x; Path=/; Max-Age=60`,
      `next-auth.session-token-old=x; Path=/; Max-Age=60`,
      `next-auth.session-tokens=x; Path=/; ${expires}`,
    ];
    expect(asBrowserSessionCookies(response(lookalikes)).headers.getSetCookie()).toEqual(lookalikes);
  });

  it("keeps the status, body and other headers", async () => {
    const result = asBrowserSessionCookies(response([session, csrf], { status: 201, statusText: "Created" }));
    expect(result.status).toBe(201);
    expect(result.statusText).toBe("Created");
    expect(result.headers.get("content-type")).toBe("application/json");
    expect(result.headers.get("cache-control")).toBe("no-store");
    expect(result.headers.get("x-extra")).toBe("tak");
    expect(await result.json()).toEqual({ url: "/moj-klub" });
    expect(result.headers.getSetCookie()).toHaveLength(2);
  });

  it("works on a redirect, whose headers cannot be changed", () => {
    const redirect = Response.redirect("http://localhost:3000/moj-klub", 302);
    expect(() => redirect.headers.append("Set-Cookie", session)).toThrow();
    const result = asBrowserSessionCookies(redirect);
    expect(result.status).toBe(302);
    expect(result.headers.get("location")).toBe("http://localhost:3000/moj-klub");
    // And with cookies on it: a redirect as next-auth sends it after signing in.
    const signedIn = new Response(null, { status: 302, headers: [["Location", "/moj-klub"], ["Set-Cookie", session], ["Set-Cookie", csrf]] });
    const changed = asBrowserSessionCookies(signedIn);
    expect(changed.status).toBe(302);
    expect(changed.headers.get("location")).toBe("/moj-klub");
    expect(changed.headers.getSetCookie()).toEqual(["next-auth.session-token=eyJhbGciOi.abc; Path=/; HttpOnly; SameSite=Lax", csrf]);
    expect(changed.body).toBeNull();
  });

  it("returns a response without cookies unchanged", async () => {
    const result = asBrowserSessionCookies(response([]));
    expect(result.headers.getSetCookie()).toEqual([]);
    expect(await result.text()).toBe(JSON.stringify({ url: "/moj-klub" }));
  });
});
