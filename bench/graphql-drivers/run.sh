#!/usr/bin/env bash
# Measures NestJS + Fastify + Mercurius against NestJS + Express + Apollo on one nested query
# and prints a table. Tunables: BENCH_DURATION_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CONNECTIONS,
# BENCH_REPETITIONS.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$bench_dir/../.." && pwd)"

# @nestjs/apollo 13 pins a landing-page plugin that still declares @apollo/server ^4 as a peer,
# although the driver itself requires ^5: --legacy-peer-deps lets the pinned versions install.
if [ ! -d "$bench_dir/node_modules/@nestjs/apollo" ]; then
  echo "Installing the bench's own packages..."
  npm ci --prefix "$bench_dir" --legacy-peer-deps --no-audit --no-fund --loglevel=error
fi

# Nest's decorators need emitDecoratorMetadata, so the bench is compiled with the root's tsc.
if [ -x "$repo_root/node_modules/.bin/tsc" ]; then
  tsc="$repo_root/node_modules/.bin/tsc"
else
  tsc="npx --yes tsc"
fi
rm -rf "$bench_dir/dist"
$tsc -p "$bench_dir/tsconfig.json"

node "$bench_dir/dist/bench.js"
