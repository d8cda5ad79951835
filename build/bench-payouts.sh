#!/usr/bin/env bash
# The payout benchmark, end to end (not run by the tests or CI; see docs/benchmarks.md, "Payouts"): build/bench.sh with
# 100,000 sellers, a small catalog and --only payouts. Every seller gets one completed order; the API's payout job
# (POST /admin/payouts/run, offline payments) is timed against one SQL statement computing the same payouts, in one run.
#
# Knobs: BENCH_SELLERS (100000), BENCH_PRODUCTS (10000), BENCH_TIMEOUT (2400), BENCH_OUT, BENCH_SCHEDULES (true: the
# other jobs keep their crons, so the 100,000 PayoutSent notifications are dispatched during the run; false: the run alone).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_PRODUCTS=${BENCH_PRODUCTS:-10000} BENCH_SELLERS=${BENCH_SELLERS:-100000} BENCH_TIMEOUT=${BENCH_TIMEOUT:-2400}
exec ./build/bench.sh --only payouts --phase-timeout 600 "$@"
