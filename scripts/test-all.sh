#!/usr/bin/env bash
# npm test: every test — types, components and lib (jest + Testing Library + jest-axe), the
# lesson content, both databases, and the browser tests in Chromium (Playwright + axe).
# PostgreSQL tests run when TEST_DATABASE_URL names a server (.ci/run starts a throwaway one).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "Note: TEST_DATABASE_URL is not set, so the database tests run on the embedded database only."
  echo "      For PostgreSQL as well: TEST_DATABASE_URL=postgresql://user@host:5432/postgres npm test"
fi

echo "== TypeScript"
npx tsc --noEmit

echo "== Jest: components, lib, content and databases"
# --forceExit: Prisma's WebAssembly schema engine leaves a 10-second timer behind.
NODE_OPTIONS=--experimental-vm-modules npx jest --forceExit

echo "== Playwright: browser tests in Chromium"
npx playwright test
