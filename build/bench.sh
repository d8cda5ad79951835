#!/usr/bin/env bash
# The catalog benchmark, end to end (not run by the tests or CI; see docs/benchmarks.md):
#   builds in Release, starts a throwaway PostgreSQL, creates and migrates both tenant databases with the real migrator,
#   seeds europe (build/Seed), starts the real API (Production settings) on a free loopback port, then runs
#   tests/Benchmarks: search and product-by-id through the API versus raw Npgsql running the identical SQL, at the same
#   concurrency, plus EXPLAIN (ANALYZE, BUFFERS) of the search SQL. Stops everything it started.
#
# Knobs (environment): BENCH_PRODUCTS (1000000), BENCH_SELLERS (100000), BENCH_TIMEOUT seconds for the whole run (3600),
# BENCH_OUT (results folder; default a new /tmp/customiseyou-bench.*), BENCH_PG_STATS=1 (write the 30 costliest statements
# of the benchmark phase, from pg_stat_statements, to $BENCH_OUT/pg-statements.txt), BENCH_PG_EXPLAIN_MS=N (also log
# the plans of statements slower than N ms, from auto_explain with ANALYZE, to $BENCH_OUT/slow-plans.log; it times
# every plan node of every statement, so figures from such a run are inflated: use it to read plans, not to measure).
# Extra arguments go to the benchmark program,
# e.g. ./build/bench.sh --concurrency 8 --search-requests 100   (see: dotnet run --project tests/Benchmarks -- --help)
# The checkout benchmark is the same run with --only checkout: build/bench-checkout.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

# Bound the whole run: re-run this script under `timeout`, which signals the script and its children when time is up.
if [ -z "${CUSTOMISEYOU_BENCH_INNER:-}" ]; then
  export CUSTOMISEYOU_BENCH_INNER=1
  exec timeout -k 30 "${BENCH_TIMEOUT:-3600}" "$0" "$@"
fi

source build/postgres.sh
PRODUCTS=${BENCH_PRODUCTS:-1000000}
SELLERS=${BENCH_SELLERS:-100000}
OUT=${BENCH_OUT:-$(mktemp -d /tmp/customiseyou-bench.XXXXXX)}
mkdir -p "$OUT"
API_PID=""

cleanup() {
  local status=$?
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$API_PID" 2>/dev/null || true
  fi
  pg_stop
  echo "Results in $OUT (exit $status)"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

step "Release build"
for project in src/WebApi build/Seed tests/Benchmarks; do
  timeout 900 dotnet build -c Release --nologo -v quiet "$project" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
done
API_DIR=src/WebApi/bin/Release/net10.0

step "PostgreSQL"
pg_install_if_missing
pg_start
trap cleanup EXIT # pg_start registered pg_stop alone; cleanup stops the API first, then calls pg_stop
psql_admin() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
# Memory for a 1.3 GB catalog on a 24 GiB machine, and fewer checkpoints during the bulk load. Planner costs stay default.
psql_admin -d postgres -c "ALTER SYSTEM SET shared_buffers = '4GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'" \
  -c "ALTER SYSTEM SET checkpoint_timeout = '30min'"
if [ -n "${BENCH_PG_EXPLAIN_MS:-}" ]; then BENCH_PG_STATS=1; fi
if [ "${BENCH_PG_STATS:-}" = 1 ]; then
  psql_admin -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements', 'auto_explain'"
fi
pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 restart >/dev/null
if [ -n "${BENCH_PG_EXPLAIN_MS:-}" ]; then # auto_explain's settings exist once the restart has loaded it
  psql_admin -d postgres -c "ALTER SYSTEM SET auto_explain.log_min_duration = '${BENCH_PG_EXPLAIN_MS}ms'" -c "ALTER SYSTEM SET auto_explain.log_analyze = on" \
    -c "ALTER SYSTEM SET auto_explain.log_nested_statements = on" -c "SELECT pg_reload_conf()" >/dev/null
fi
for tenant in south_asia europe; do pg_create_database "customiseyou_$tenant"; done
pg_create_database customiseyou_scheduler
CONN_SCHEDULER="Host=127.0.0.1;Port=$PG_PORT;Database=customiseyou_scheduler;Username=postgres"
# The same connection strings for the API and the raw side; a long command timeout so slow searches are measured, not cut.
CONN_EUROPE="Host=127.0.0.1;Port=$PG_PORT;Database=customiseyou_europe;Username=postgres;Command Timeout=170"
CONN_SOUTH_ASIA="Host=127.0.0.1;Port=$PG_PORT;Database=customiseyou_south_asia;Username=postgres;Command Timeout=170"
# Per-run field-encryption keys: Production refuses a region without keys. (Names with '-' cannot be exported; env takes them.)
KEY_ENV=()
for region in europe south-asia; do
  KEY_ENV+=("Tenants__${region}__Encryption__Keys__bench-1=$(head -c 32 /dev/urandom | base64 -w0)"
    "Tenants__${region}__Encryption__ActiveKeyId=bench-1"
    "Tenants__${region}__Encryption__BlindIndexKey=$(head -c 32 /dev/urandom | base64 -w0)")
done
api_env() {
  env ASPNETCORE_ENVIRONMENT=Production "${KEY_ENV[@]}" \
    "Tenants__europe__Database__ConnectionString=$CONN_EUROPE" \
    "Tenants__south-asia__Database__ConnectionString=$CONN_SOUTH_ASIA" \
    "Jobs__ConnectionString=$CONN_SCHEDULER" "$@"
}

step "Migrate both tenant databases (dotnet CustomiseYou.WebApi.dll migrate)"
(cd "$API_DIR" && api_env timeout 300 dotnet CustomiseYou.WebApi.dll migrate >"$OUT/migrate.log" 2>&1) || { tail -n 20 "$OUT/migrate.log"; exit 1; }

step "Seed europe: $SELLERS sellers, $PRODUCTS products"
timeout 1800 dotnet build/Seed/bin/Release/net10.0/CustomiseYou.Seed.dll \
  --connection "$CONN_EUROPE" --tenant europe --sellers "$SELLERS" --products "$PRODUCTS" | tee "$OUT/seed.log"
# Same starting point for every phase: the catalog tables and their indexes in shared buffers.
psql_admin -d customiseyou_europe -c "CREATE EXTENSION IF NOT EXISTS pg_prewarm" -At -c "
  SELECT sum(pg_prewarm(x.oid)) FROM (
    SELECT unnest(ARRAY['products'::regclass, 'product_images'::regclass, 'categories'::regclass]::oid[]) AS oid
    UNION SELECT i.indexrelid FROM pg_index i WHERE i.indrelid IN ('products'::regclass, 'product_images'::regclass, 'categories'::regclass)
    UNION SELECT reltoastrelid FROM pg_class WHERE oid = 'products'::regclass AND reltoastrelid <> 0
    UNION SELECT i.indexrelid FROM pg_index i JOIN pg_class t ON t.reltoastrelid = i.indrelid WHERE t.oid = 'products'::regclass) x" >"$OUT/prewarm.log"
echo "prewarmed $(cat "$OUT/prewarm.log") blocks"

step "Start the API (Release, Production settings)"
PORT=$(pg_free_port)
# Random per run; the checkout benchmark (--only checkout) mints customer tokens with it (passed in its environment).
JWT_KEY=$(head -c 64 /dev/urandom | base64 -w0)
(cd "$API_DIR" && exec env ASPNETCORE_URLS="http://127.0.0.1:$PORT" "${KEY_ENV[@]}" \
  Jwt__SigningKey="$JWT_KEY" \
  ASPNETCORE_ENVIRONMENT=Production \
  "Tenants__europe__Database__ConnectionString=$CONN_EUROPE" \
  "Tenants__south-asia__Database__ConnectionString=$CONN_SOUTH_ASIA" \
  "Jobs__ConnectionString=$CONN_SCHEDULER" \
  Payments__Offline=true \
  Jobs__Schedules__Enabled="${BENCH_SCHEDULES:-true}" \
  dotnet CustomiseYou.WebApi.dll >"$OUT/api.log" 2>&1) &
API_PID=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$API_PID" 2>/dev/null || { tail -n 20 "$OUT/api.log"; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "API not ready"; tail -n 20 "$OUT/api.log"; exit 1; }
echo "API (pid $API_PID) ready on http://127.0.0.1:$PORT"

step "Benchmark"
if [ "${BENCH_PG_STATS:-}" = 1 ]; then
  psql_admin -d customiseyou_europe -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
fi
status=0
Jwt__SigningKey="$JWT_KEY" timeout 2400 dotnet tests/Benchmarks/bin/Release/net10.0/CustomiseYou.Benchmarks.dll \
  --pgbench "$PG_BIN/pgbench" --api "http://127.0.0.1:$PORT" --connection "$CONN_EUROPE" --tenant europe --currency EUR \
  --api-pid "$API_PID" --output "$OUT/results.md" --explain "$OUT/explain.md" "$@" || status=$?
if [ "${BENCH_PG_STATS:-}" = 1 ]; then
  psql_admin -d customiseyou_europe -c "
    SELECT round(total_exec_time) AS total_ms, calls, round(mean_exec_time::numeric, 3) AS mean_ms, rows,
           left(regexp_replace(query, '\s+', ' ', 'g'), 300) AS query
    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 30" >"$OUT/pg-statements.txt"
  if [ -n "${BENCH_PG_EXPLAIN_MS:-}" ]; then
    grep -A 200 "duration: [0-9.]* ms  plan:" "$PG_DIR/server.log" >"$OUT/slow-plans.log" || echo "no statement over ${BENCH_PG_EXPLAIN_MS} ms" >"$OUT/slow-plans.log"
  fi
fi
exit "$status"
