#!/usr/bin/env bash
# The checkout benchmark, end to end (not run by the tests or CI; see docs/benchmarks.md, "Checkout"): build/bench.sh
# with a small catalog and --only checkout. Checkout through the API with 16 clients on distinct products and on one
# hot product, against the bare reservation UPDATE on that hot row through Npgsql and pgbench, in one run.
# Stops everything it started (bench.sh's cleanup).
#
# Knobs: BENCH_PRODUCTS (10000), BENCH_SELLERS (1000), BENCH_TIMEOUT (1800), BENCH_OUT; extra arguments go to the
# benchmark program, e.g. ./build/bench-checkout.sh --checkout-seconds 20 --rounds 2 --hot-stock 10000000
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_PRODUCTS=${BENCH_PRODUCTS:-10000} BENCH_SELLERS=${BENCH_SELLERS:-1000} BENCH_TIMEOUT=${BENCH_TIMEOUT:-1800}
exec ./build/bench.sh --only checkout "$@"
