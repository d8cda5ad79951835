#!/usr/bin/env bash
# Regenerates the C# API client (src/ApiClient/Generated) with Kiota from the OpenAPI document the API serves.
#   build/generate-client.sh [DOCUMENT] [OUTPUT]
# DOCUMENT: a URL or a file; by default the API of `dotnet run --project src/WebApi` (http://localhost:5080/openapi/v1.json).
# OUTPUT: by default src/ApiClient/Generated (the drift test, ApiClientDriftTests, generates into a folder of its own).
# Kiota is the local tool of .config/dotnet-tools.json (restored here when missing). The document's `servers` are left
# out: they name the host that served it, and the client takes its base address from its HttpClient instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source="${1:-http://localhost:5080/openapi/v1.json}"
output="$(realpath -m "${2:-$root/src/ApiClient/Generated}")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ "$source" =~ ^https?:// ]]; then
  curl -sSf "$source" -o "$work/served.json" || { echo "could not read $source: is the API running (dotnet run --project src/WebApi)?" >&2; exit 1; }
else
  cp "$source" "$work/served.json"
fi
python3 - "$work/served.json" "$work/openapi.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1], encoding="utf-8"))
document.pop("servers", None)
json.dump(document, open(sys.argv[2], "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY

cd "$root"
dotnet tool restore >/dev/null
# Offline: no update check against the internet; no tutorial hints in the output.
KIOTA_OFFLINE_ENABLED=true KIOTA_TUTORIAL_ENABLED=false dotnet kiota generate --language CSharp \
  --openapi "$work/openapi.json" --class-name CustomiseYouApiClient --namespace-name CustomiseYou.ApiClient \
  --output "$output" --exclude-backward-compatible --clean-output --log-level Error
# The lock file records where the document was read from (a temporary path): nothing to keep.
rm -f "$output/kiota-lock.json"
echo "generated $(find "$output" -name '*.cs' | wc -l) files into ${output#"$root"/}"
