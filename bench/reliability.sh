#!/usr/bin/env bash
# `npm run test:reliability`: builds the API for production, compiles the harness (bench/api)
# and runs it. RELIABILITY_SCALE=short (the default, CI: under 3 minutes) or full (see
# docs/operations.md); RELIABILITY_PORT (default 4200).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$bench_dir/.." && pwd)"
cd "$repo_root"

npx turbo run build --filter=@lagebild/api --output-logs=errors-only
if [ ! -d "$bench_dir/api/node_modules/autocannon" ]; then
  npm ci --prefix "$bench_dir/api" --no-audit --no-fund --loglevel=error
fi
rm -rf "$bench_dir/api/dist"
"$repo_root/node_modules/.bin/tsc" -p "$bench_dir/api/tsconfig.json"
node "$bench_dir/api/dist/reliability.js"
"$repo_root/node_modules/.bin/prettier" --write --log-level=warn "$bench_dir/results"
