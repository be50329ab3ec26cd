#!/usr/bin/env bash
# The API bench (bench/api): builds the API for production, installs the bench's own packages
# once, compiles the bench and runs it. Knobs: see docs/performance.md (BENCH_SCALE=small|full,
# BENCH_DURATION_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS, BENCH_PORT, ...).
# BENCH_GRAPHQL_DRIVERS=1 also runs the older driver comparison in bench/graphql-drivers.
# BENCH_DELIVERY_ONLY=1 runs only the delivery bench (BENCH_DELIVERY_CUSTOMERS, ..._RATE_PER_SECOND).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$bench_dir/.." && pwd)"
cd "$repo_root"

echo "Building the API for production..."
npx turbo run build --filter=@lagebild/api --output-logs=errors-only

if [ ! -d "$bench_dir/api/node_modules/autocannon" ] || [ ! -d "$bench_dir/api/node_modules/smtp-server" ]; then
  echo "Installing the bench's own packages..."
  npm ci --prefix "$bench_dir/api" --no-audit --no-fund --loglevel=error
fi

rm -rf "$bench_dir/api/dist"
"$repo_root/node_modules/.bin/tsc" -p "$bench_dir/api/tsconfig.json"
if [ "${BENCH_DELIVERY_ONLY:-0}" != "1" ]; then
  node "$bench_dir/api/dist/main.js"
fi
# Customer notices: 10,000 queued by one publish, then sent to a local SMTP sink.
node "$bench_dir/api/dist/delivery-main.js"
# The result files are committed now and then: keep them as the repository's Prettier wants.
"$repo_root/node_modules/.bin/prettier" --write --log-level=warn "$bench_dir/results"

if [ "${BENCH_GRAPHQL_DRIVERS:-0}" = "1" ]; then
  bash "$bench_dir/graphql-drivers/run.sh"
fi
