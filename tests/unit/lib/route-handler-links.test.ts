/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";

// A next/link <Link> (or LinkButton, which wraps it) to a route handler makes the router prefetch
// it: a CSV or PDF route answers that with a redirect to itself and the page never settles.
// Files are plain <a> links.
const root = path.resolve(__dirname, "../../..");

function files(dir: string, name: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, name) : name.test(entry.name) ? [full] : [];
  });
}

/** URL patterns of every app/**\/route.ts: route groups dropped, dynamic segments as wildcards. */
export function routeHandlerPatterns(appDir: string): RegExp[] {
  return files(appDir, /^route\.tsx?$/).map((file) => {
    const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment));
    const pattern = segments.map((segment) => (segment.startsWith("[...") ? ".+" : segment.startsWith("[") ? "[^/?#]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
    return new RegExp(`^/${pattern}(?:[?#]|$)`);
  });
}

/** The href of every <Link> and <LinkButton> in a file: its literal text up to the first `${`. */
export function linkTargets(source: string): string[] {
  const targets: string[] = [];
  for (const match of source.matchAll(/<(?:Link|LinkButton)\b[^>]*?\bhref=(?:"([^"]*)"|\{`([^`]*)`\}|\{"([^"]*)"\})/gs)) {
    const href = match[1] ?? match[3] ?? match[2]!.split("${")[0]!;
    targets.push(href);
  }
  return targets;
}

describe("links to route handlers", () => {
  const patterns = routeHandlerPatterns(path.join(root, "app"));

  it("knows the route handlers and reads links the way they are written", () => {
    expect(patterns.some((pattern) => pattern.test("/klub/postepy/csv?grupa=1"))).toBe(true);
    expect(patterns.some((pattern) => pattern.test("/api/auth/signout"))).toBe(true);
    expect(patterns.some((pattern) => pattern.test("/klub/postepy"))).toBe(false);
    expect(linkTargets('<Link href={`/klub/zajecia/csv?${params}`} className="x">')).toEqual(["/klub/zajecia/csv?"]);
    expect(linkTargets('<LinkButton\n  variant="secondary"\n  href="/moje-dane/pobierz">')).toEqual(["/moje-dane/pobierz"]);
    expect(linkTargets('<a href="/klub/postepy/csv">')).toEqual([]);
  });

  it("are plain <a> elements, never <Link> or <LinkButton>", () => {
    const offending = ["app", "components"].flatMap((dir) =>
      files(path.join(root, dir), /\.tsx$/).flatMap((file) =>
        linkTargets(fs.readFileSync(file, "utf8"))
          .filter((href) => patterns.some((pattern) => pattern.test(href)))
          .map((href) => `${path.relative(root, file)}: ${href}`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
