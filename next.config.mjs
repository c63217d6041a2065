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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
