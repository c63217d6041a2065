/** @jest-environment node */
import { cleanParam, cleanText, hasControlCharacters, isSameOrigin, readForm } from "@/lib/forms";

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://localhost:3000/klub/karty", { method: "POST", headers: { host: "localhost:3000", ...headers }, body });

describe("isSameOrigin", () => {
  it("accepts this site's origin", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000" }))).toBe(true);
  });

  it("refuses another site, a null origin and an origin that cannot be read (never throws)", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://[garbage" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "%%%" }))).toBe(false);
  });

  it("refuses a cross-site fetch and a post with neither origin nor fetch metadata", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(post({}))).toBe(false);
    expect(isSameOrigin(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });
});

describe("readForm", () => {
  it("reads a form", async () => {
    const form = await readForm(post({ "content-type": "application/x-www-form-urlencoded" }, "learnerId=abc"));
    expect(form?.get("learnerId")).toBe("abc");
  });

  it("is null for a body that is not a form", async () => {
    expect(await readForm(post({ "content-type": "application/json" }, '{"a":1}'))).toBeNull();
    expect(await readForm(post({ "content-type": "multipart/form-data; boundary=x" }, "--x\r\nbroken"))).toBeNull();
  });
});

describe("control characters", () => {
  it("finds NUL, CR, LF and DEL, not Polish letters", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true);
    expect(hasControlCharacters("a\r\nb")).toBe(true);
    expect(hasControlCharacters("\u007f")).toBe(true);
    expect(hasControlCharacters("zażółć.gęślą")).toBe(false);
  });

  it("cleanParam keeps a clean string and drops the rest before any database query", () => {
    expect(cleanParam("zofia.kowalska")).toBe("zofia.kowalska");
    expect(cleanParam("a\u0000b")).toBeNull();
    expect(cleanParam(["a", "b"])).toBeNull();
    expect(cleanParam(undefined)).toBeNull();
    expect(cleanParam("a".repeat(201))).toBeNull();
    expect(cleanParam("a".repeat(120), 120)).toBe("a".repeat(120));
  });

  it("cleanText refuses control characters with a Polish message", () => {
    const result = cleanText(50).safeParse("x\u0000");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Ten tekst zawiera niedozwolone znaki.");
  });
});
