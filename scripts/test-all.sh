#!/usr/bin/env bash
# `npm test`: every test layer, in the order that fails fastest.
#   1 type check + lint   2 unit + component (jest)   3 build weapp + h5, size budget
#   4 server (SQLite; PostgreSQL too when TEST_DATABASE_URL is set)   5 miniprogram-simulate   6 Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s ===\n' "$*"; }

step "system packages"
bash scripts/ensure-system-deps.sh

step "type check"
npx tsc --noEmit -p tsconfig.json
step "lint"
npx eslint . --max-warnings 0

step "unit and component tests"
npx jest --selectProjects unit component

step "build dist/weapp, dist/h5 and the staff console dist/admin"
npx taro build --type weapp > /tmp/yifa-build-weapp.log 2>&1 || { tail -50 /tmp/yifa-build-weapp.log; exit 1; }
npx taro build --type h5 > /tmp/yifa-build-h5.log 2>&1 || { tail -50 /tmp/yifa-build-h5.log; exit 1; }
npx tsx scripts/build-admin.ts
step "package size budget"
npx tsx scripts/size.ts

step "server, miniprogram-simulate and browser tests"
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "PostgreSQL suite skipped: TEST_DATABASE_URL is not set (SQLite runs; .ci/run sets it)"
fi
npx jest --selectProjects server weapp browser --runInBand
