#!/usr/bin/env bash
# Runs the README's walkthrough as a reader would paste it: every ```bash block in order, in one shell with
# `set -euo pipefail`, against the API started the way the README starts it (`dotnet run --project src/WebApi`:
# Development, embedded SQLite, demo data), on a free port and in a scratch folder, so a run always starts fresh.
#   build/readme-walkthrough.sh [--no-build]
# What it checks, besides every command succeeding:
#   - `command   # => text` after a command: what the command prints must be `text`, where `...` stands for anything;
#   - curl runs with --fail-with-body, so an HTTP error stops the run even where the README shows no output.
# A block preceded by `<!-- walkthrough: skip (why) -->` is not run (setup for production, the test suite's own steps).
# The only changes to the text: localhost:5080 becomes the free port; paths such as src/WebApi/data/ point into the
# scratch folder, because the commands run there with the host's data under src/WebApi/data/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ "${1:-}" = "--no-build" ] || dotnet build "$root/src/WebApi" --nologo -v q >/dev/null

work="$(mktemp -d /tmp/customiseyou-walkthrough.XXXXXX)"
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 20000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port" >&2; exit 1; }

# The host's working directory holds its data/ folder, as src/WebApi does for `dotnet run`.
mkdir -p "$work/src/WebApi"
(cd "$work/src/WebApi" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$port" \
  exec dotnet "$root/src/WebApi/bin/Debug/net10.0/CustomiseYou.WebApi.dll" --contentRoot "$root/src/WebApi") >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/health/live" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "the API did not start:" >&2; tail -20 "$work/host.log" >&2; exit 1; }
  sleep 0.5
done

python3 - "$root/README.md" "$port" >"$work/walkthrough.sh" <<'PY'
import re, shlex, sys

readme, port = sys.argv[1], sys.argv[2]
lines = open(readme, encoding="utf-8").read().split("\n")
out = [
    "set -Eeuo pipefail",
    "shopt -s inherit_errexit",
    "curl() { command curl --fail-with-body \"$@\"; }",
    "__line=0",
    "trap 'echo \"README.md:$__line: this command failed\" >&2' ERR",
    # The expected text, with ... for anything: the output must start with the first piece, end with the last and hold the rest in order.
    "__matches() { python3 -c 'import sys\n"
    "p, o = sys.argv[1].split(\"...\"), sys.argv[2]\n"
    "ok = o.startswith(p[0]) and o.endswith(p[-1]) and len(o) >= len(p[0]) + len(p[-1]) if len(p) > 1 else o == p[0]\n"
    "at = len(p[0])\n"
    "for piece in p[1:-1]:\n"
    "    at = o.find(piece, at)\n"
    "    ok = ok and at >= 0 and at + len(piece) <= len(o) - len(p[-1])\n"
    "    at = at + len(piece) if at >= 0 else len(o)\n"
    "sys.exit(0 if ok else 1)' \"$1\" \"$2\"; }",
    # Runs a command whose output the README shows, prints that output (also when the command fails) and compares it.
    "__expect() { local out status=0; out=$(eval \"$2\") || status=$?; printf '%s\\n' \"$out\"; [ \"$status\" -eq 0 ] || return \"$status\";"
    " __matches \"$1\" \"$out\" || { printf 'README.md:%s: expected\\n  %s\\nbut got\\n  %s\\n' \"$__line\" \"$1\" \"$out\" >&2; return 1; }; }",
]
blocks = checked = 0
skip = False
i = 0
while i < len(lines):
    line = lines[i]
    if re.match(r"\s*<!--\s*walkthrough:\s*skip", line):
        skip = True
    elif line.startswith("```bash"):
        start = i + 1
        i += 1
        body = []
        while not lines[i].startswith("```"):
            body.append((i + 1, lines[i]))
            i += 1
        if not skip:
            blocks += 1
            out.append(f"echo '### README.md:{start}'")
            j = 0
            while j < len(body):
                number, text = body[j]
                while text.endswith("\\") and j + 1 < len(body):
                    j += 1
                    text += "\n" + body[j][1]
                text = text.replace("localhost:5080", f"localhost:{port}")
                command, marker, expected = text.partition("  # => ")
                out.append(f"__line={number}")
                if marker and command.strip():
                    checked += 1
                    # The expectation may stand on a line of its own after a continued command: `\` then `# => ...`.
                    command = command.rstrip().removesuffix("\\").rstrip()
                    out.append(f"__expect {shlex.quote(expected.strip())} {shlex.quote(command)}")
                else:
                    out.append(text)
                j += 1
        skip = False
    elif line.strip():
        skip = skip and line.lstrip().startswith("<!--")
    i += 1
out.append(f"echo '### {blocks} blocks, {checked} outputs checked'")
print("\n".join(out))
PY

# The README's commands run from the repository's root: its scripts are reachable as ./build/…, and they talk to this host.
ln -s "$root/build" "$work/build"
export API="http://localhost:$port"
cd "$work"
log="$work/walkthrough.log"
if timeout 120 bash "$work/walkthrough.sh" >"$log" 2>&1; then
  echo "README walkthrough: passed ($(tail -1 "$log" | sed 's/^### //'))"
else
  status=$?
  [ "$status" -eq 124 ] && echo "README walkthrough: timed out after 120 s" >&2
  echo "README walkthrough: failed; its output (the failing command's README line is named at the end):" >&2
  tail -40 "$log" >&2
  echo "--- the API's log:" >&2
  tail -15 "$work/host.log" >&2
  exit 1
fi
