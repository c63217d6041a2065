import { securityHeaderRules } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages that load WebAssembly or native code at run time must not be bundled:
  // bundled, PGlite resolves its files from the wrong place and every query fails.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "mdx-bundler",
    "esbuild",
    "@node-rs/argon2",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  // CSP, Permissions-Policy, HSTS (only when NEXTAUTH_URL is https) and the rest: lib/security-headers.mjs.
  async headers() {
    return securityHeaderRules(process.env);
  },
};

export default nextConfig;
