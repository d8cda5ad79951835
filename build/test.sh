#!/usr/bin/env bash
# The README's test command: installs PostgreSQL if missing, starts a throwaway server on a free port,
# creates one database per tenant (paypal_test: the integration tests' PayPal region) and one for the scheduler, runs every test in the solution, and stops the server.
# Restores the local .NET tools and installs the npm tools of build/openapi when missing. Extra arguments go to `dotnet test` (for example: ./build/test.sh --filter Category).
# A full run (no arguments) also checks `dotnet format` and runs the README walkthrough (build/readme-walkthrough.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/postgres.sh

pg_install_if_missing
pg_start
for tenant in south_asia europe paypal_test; do pg_create_database "customiseyou_$tenant"; done
export CUSTOMISEYOU_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true"
# The Quartz job store of the test hosts (clustered), separate from the tenant databases as in production.
pg_create_database customiseyou_scheduler
export CUSTOMISEYOU_TEST_SCHEDULER="Host=127.0.0.1;Port=$PG_PORT;Database=customiseyou_scheduler;Username=postgres"

# The local .NET tools of .config/dotnet-tools.json (Kiota, for the C# client's drift test; dotnet-ef), from NuGet.
dotnet tool restore >/dev/null

# The OpenAPI checks' npm tools (Redocly, Spectral, openapi-typescript, tsc: build/openapi/package-lock.json), installed
# once into build/openapi/node_modules (gitignored) and again only when the lock file changes.
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm >/dev/null; }
if [ ! -f build/openapi/node_modules/.package-lock.json ] || [ build/openapi/package-lock.json -nt build/openapi/node_modules/.package-lock.json ]; then
  npm ci --prefix build/openapi --no-audit --no-fund --loglevel=error
fi

# The deployment checks' npm tools (kubernetes-models' schemas, yaml, action-validator: build/deploy/package-lock.json)
# and kubectl, which renders the kustomize overlays offline.
if [ ! -f build/deploy/node_modules/.package-lock.json ] || [ build/deploy/package-lock.json -nt build/deploy/node_modules/.package-lock.json ]; then
  npm ci --prefix build/deploy --no-audit --no-fund --loglevel=error
fi
command -v kubectl >/dev/null || { apt-get update -qq && apt-get install -y -qq kubernetes-client >/dev/null; }
# promtool (Debian's prometheus package) checks and unit-tests deploy/prometheus/alerts.yml.
command -v promtool >/dev/null || { apt-get update -qq && apt-get install -y -qq prometheus >/dev/null; }

log=$(mktemp)
status=0
# The .editorconfig rules (layout, usings, naming): a drift fails the run, after the tests have run too.
# Checked on full runs only (no arguments), so a filtered run while iterating stays quick.
format_status=0
[ "$#" -eq 0 ] && { dotnet format CustomiseYou.sln --verify-no-changes --verbosity quiet || format_status=$?; }
[ "$format_status" -ne 0 ] && echo "dotnet format --verify-no-changes failed: run 'dotnet format CustomiseYou.sln' and commit the result"
dotnet test CustomiseYou.sln --nologo "$@" 2>&1 | tee "$log" || status=$?
# The README's shell blocks, run in order against a fresh Development host (full runs only, on the build just made).
walkthrough_status=0
[ "$#" -eq 0 ] && { build/readme-walkthrough.sh --no-build || walkthrough_status=$?; }
# One closing line for CI, summed over every test project.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' FS='[ ,]+' "$log"
rm -f "$log"
[ "$status" -ne 0 ] && echo "dotnet test exited with $status (a build or test-host failure counts as failed)"
[ "$status" -eq 0 ] && status=$format_status
[ "$status" -eq 0 ] && status=$walkthrough_status
exit "$status"
