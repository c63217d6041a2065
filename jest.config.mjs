import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/jest-setup.ts"],
  testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
  testPathIgnorePatterns: ["<rootDir>/tests/e2e/", "<rootDir>/node_modules/", "<rootDir>/.next/"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  // Database tests start PGlite (WebAssembly); give them room on a slow CI machine.
  testTimeout: 60_000,
};

// next/jest ignores node_modules for transforms; the generated Prisma client's runtime ships
// as ESM and must be transformed too.
export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = ["/node_modules/(?!@prisma/client/runtime/|@prisma/schema-engine-wasm/)", "^.+\\.module\\.(css|sass|scss)$"];
  return resolved;
}
