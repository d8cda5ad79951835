#!/usr/bin/env bash
# The checkout stress check of issue 16, item 8 (not run by the tests or CI): build/bench.sh with a small catalog and
# --only soak. 16 customers add to cart and check out for SOAK_MINUTES (default 5) against the Release API with
# Production settings on PostgreSQL; fails when a request fails or a connection stays idle in a transaction for 5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_PRODUCTS=${BENCH_PRODUCTS:-10000} BENCH_SELLERS=${BENCH_SELLERS:-1000} BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600}
exec ./build/bench.sh --only soak --soak-minutes "${SOAK_MINUTES:-5}" "$@"
