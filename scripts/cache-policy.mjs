// What a shared cache (nginx, a CDN) and a browser may keep. Next marks a prerendered page with
// `s-maxage=…` and nothing private; such a page is the same bytes for everyone, so it is given
// the public policy below. Anything that sets a cookie is never cacheable, whatever it says.
//
// - max-age=300: a browser reuses a lesson page for 5 minutes without asking; a corrected lesson
//   reaches everyone within that time.
// - s-maxage=3600: the proxy asks the app at most once an hour per page (a deploy purges it).
// - stale-while-revalidate=86400: for a day the proxy answers at once with what it has while it
//   fetches a fresh copy, so a restarting app or a slow moment never keeps a senior waiting.
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
// The start page is the guest's only when no session or club-computer mark comes with it (a
// rewrite in proxy.ts draws anyone else's): a browser must ask again each time, or right after
// signing in it would show its stored guest page. The shared cache is told apart by the cookie
// (deploy/nginx.conf bypasses it for those).
export const START_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=3600, stale-while-revalidate=86400";
export const PERSONAL_CACHE_CONTROL = "private, no-store";

/**
 * The Cache-Control to send instead of Next's, or null to keep Next's.
 * @param {{ method: string | undefined, path: string, status: number, cacheControl: string | undefined, setsCookie: boolean }} response
 */
export function cacheControlFor({ method, path, status, cacheControl, setsCookie }) {
  const value = (cacheControl ?? "").toLowerCase();
  const sharedCacheable = /(^|[\s,])s-maxage=\d+/.test(value) && !/private|no-store|no-cache/.test(value);
  if (setsCookie) return sharedCacheable || /public/.test(value) ? PERSONAL_CACHE_CONTROL : null;
  if (!sharedCacheable || status !== 200 || (method !== "GET" && method !== "HEAD")) return null;
  return path === "/" ? START_PAGE_CACHE_CONTROL : PUBLIC_PAGE_CACHE_CONTROL;
}

/** Applies cacheControlFor to a Node response just before its headers go out. */
export function applyCachePolicy(request, response) {
  const writeHead = response.writeHead;
  response.writeHead = function (...args) {
    const setCookie = response.getHeader("set-cookie");
    const replacement = cacheControlFor({
      method: request.method,
      path: (request.url ?? "/").split("?")[0],
      status: typeof args[0] === "number" ? args[0] : response.statusCode,
      cacheControl: String(response.getHeader("cache-control") ?? ""),
      setsCookie: Array.isArray(setCookie) ? setCookie.length > 0 : Boolean(setCookie),
    });
    if (replacement) response.setHeader("cache-control", replacement);
    return writeHead.apply(this, args);
  };
}
