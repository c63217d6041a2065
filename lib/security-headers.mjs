// Security headers for every response, used by next.config.mjs `headers()` (plain ESM, so this
// file is .mjs; its types are in security-headers.d.mts). next.config is read when the app is
// built and started, so NEXTAUTH_URL must be set then for HSTS (see securityHeaderRules).

/** Routes that answer with a PDF shown in the browser (certificates, login cards). */
export const PDF_PATHS = ["/klub/karty", "/klub/certyfikaty/druk", "/moje-certyfikaty/pobierz"];

/**
 * The Content-Security-Policy of the pages.
 * @param {{ development: boolean, https: boolean }} options
 */
export function contentSecurityPolicy({ development, https }) {
  const directives = [
    // Everything not named below: only from this site.
    "default-src 'self'",
    // Next's App Router writes inline <script> tags into every page (the bootstrap and the
    // streamed page data, self.__next_f.push); without a nonce per request they need
    // 'unsafe-inline'. A nonce would make every page dynamic. 'unsafe-eval' never in production;
    // in `next dev` React and Turbopack's dev runtime use eval (call stacks, fast refresh).
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    // Stylesheets are files, but pages have style="" attributes (the progress bar's width) and
    // `next dev` injects <style> tags.
    "style-src 'self' 'unsafe-inline'",
    // No images from elsewhere: QR codes are inline SVG (components/progress/QrCode) and the
    // built CSS has no data: images. data: only in `next dev`, for its error overlay.
    `img-src 'self'${development ? " data:" : ""}`,
    // The Atkinson Hyperlegible font files are served by the app (@fontsource, bundled).
    "font-src 'self'",
    // fetch() only to our own routes (progress merge, club-device activity); in dev also the
    // hot-reload websocket, which 'self' covers.
    "connect-src 'self'",
    // The card scanner shows the camera through srcObject, which CSP does not govern; no media
    // is loaded from anywhere else.
    "media-src 'self'",
    // No plugins (<object>, <embed>).
    "object-src 'none'",
    // No site may show ours in a frame (clickjacking); X-Frame-Options for old browsers.
    "frame-ancestors 'none'",
    // An injected <base> tag cannot send relative links elsewhere.
    "base-uri 'self'",
    // Forms post only to this site (sign-in, next-auth).
    "form-action 'self'",
  ];
  // Behind https, a stray http:// address is fetched over https rather than blocked or sent in clear.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * PDFs shown in the browser: Chrome's PDF viewer wraps the file in a page of its own with inline
 * styles and an <embed> of the same address (crbug.com/271452), which the page policy would
 * block. A PDF runs no script of ours, so nothing but that is allowed.
 */
export const PDF_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'none'";

/**
 * The Permissions-Policy. The camera is for the login-card scanner on /logowanie
 * (components/auth/CardScanner), and for this
 * site only (no embedded page of another site may ask for it). It cannot be allowed on that page
 * alone: the policy belongs to the document, and a learner who opens „Zaloguj się” from the home
 * page gets the sign-in page by client-side navigation in the home page's document, so camera=()
 * there would make the scanner fail with „permission denied”. Everything else is off everywhere.
 */
export function permissionsPolicy() {
  return [
    "camera=(self)",
    "microphone=()",
    "geolocation=()",
    "payment=()",
    "usb=()",
    "serial=()",
    "hid=()",
    "bluetooth=()",
    "midi=()",
    "magnetometer=()",
    "gyroscope=()",
    "accelerometer=()",
    "display-capture=()",
    "browsing-topics=()",
  ].join(", ");
}

/**
 * The `headers()` rules of next.config.mjs: one for every route, then the PDF routes' own CSP
 * (for the same key, a later rule wins).
 * @param {{ NODE_ENV?: string, NEXTAUTH_URL?: string }} env
 */
export function securityHeaderRules(env = process.env) {
  const development = env.NODE_ENV === "development";
  // HSTS only when the site is really served over https: sent on http://localhost it would make
  // the browser refuse http there for a year.
  const https = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const common = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development, https }) },
    { key: "Permissions-Policy", value: permissionsPolicy() },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  if (https) common.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return [
    { source: "/:path*", headers: common },
    ...PDF_PATHS.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: PDF_CONTENT_SECURITY_POLICY }] })),
  ];
}
