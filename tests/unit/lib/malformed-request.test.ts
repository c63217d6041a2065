/** @jest-environment node */
import { refusalFor, refusalPage, SERVER_ACTION_BODY_LIMIT } from "@/lib/malformed-request";

const host = "klub.example.pl";
const headers = (extra: Record<string, string>) => new Headers({ host, ...extra });
const action = (extra: Record<string, string> = {}) => headers({ "next-action": "0".repeat(42), ...extra });

describe("requests Next.js would answer with a 500 are refused first", () => {
  it.each([
    ["/lekcje/%FF", 404],
    ["/lekcje/modul/%E0%A4%A", 404],
    ["/klub/uczestnicy/%", 404],
    ["/%C5", 404],
  ])("a malformed escape in %s is a %i", (path, status) => {
    expect(refusalFor("GET", path, headers({}))?.status).toBe(status);
    expect(refusalFor("POST", path, headers({}))?.status).toBe(status);
  });

  it.each(["/", "/lekcje/modul/lekcja", "/lekcje/%C5%BC%C3%B3%C5%82w", "/a%20b", "/%2F"])("a well-formed path %s passes", (path) => {
    expect(refusalFor("GET", path, headers({}))).toBeNull();
  });

  it.each([
    ["null", 403],
    ["http://[garbage", 403],
    ["https://evil.example", 403],
    [`https://${host}.evil.example`, 403],
    [`javascript://${host}`, 403],
    [`https://evil.example/${host}`, 403],
    ["", 403],
  ])("a server action with Origin %j is a %i", (origin, status) => {
    expect(refusalFor("POST", "/logowanie", action({ origin }))?.status).toBe(status);
  });

  it("lets a same-origin server action through, also behind a proxy that forwards the host", () => {
    expect(refusalFor("POST", "/logowanie", action({ origin: `https://${host}` }))).toBeNull();
    expect(refusalFor("POST", "/logowanie", action({ origin: "http://localhost:3100", host: "localhost:3100" }))).toBeNull();
    expect(refusalFor("POST", "/", new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": host, origin: `https://${host}`, "next-action": "x" }))).toBeNull();
  });

  it("leaves a server action without Origin and every other POST to the app's own checks", () => {
    expect(refusalFor("POST", "/logowanie", action())).toBeNull();
    expect(refusalFor("POST", "/api/postep/krok", headers({ origin: "null" }))).toBeNull();
    expect(refusalFor("GET", "/logowanie", headers({ origin: "https://evil.example", "next-action": "x" }))).toBeNull();
  });

  it("refuses a server-action body over 1 MB before it is read", () => {
    const big = action({ origin: `https://${host}`, "content-length": String(SERVER_ACTION_BODY_LIMIT + 1) });
    expect(refusalFor("POST", "/logowanie", big)?.status).toBe(413);
    const fits = action({ origin: `https://${host}`, "content-length": String(SERVER_ACTION_BODY_LIMIT) });
    expect(refusalFor("POST", "/logowanie", fits)).toBeNull();
  });

  it("answers with a small Polish page that shows nothing internal", () => {
    const page = refusalPage(refusalFor("GET", "/%FF", headers({}))!);
    expect(page).toContain('<html lang="pl">');
    expect(page).toContain("Nie ma takiej strony.");
    expect(page).toContain('<a href="/">Wróć na stronę główną</a>');
    expect(page).not.toMatch(/<script|Error|at /);
  });
});
