#!/usr/bin/env bash
# Schemathesis, an independent tool, judges the standalone stub and the reference server against
# the bundled document: examples, coverage and fuzzing phases, every check but those listed with a
# reason in schemathesis.toml, once per credential form of the document (IAM token; AK/SK headers).
# Zero failures or this script fails.
#
# Needs the jars `./mvnw -B verify` (or `package`) builds:
#   server-stub/stub/target/starrocks-sync-stub.jar
#   server-stub/server/target/starrocks-sync-server-standalone.jar
#   api/spec/target/classes/openapi/starrocks-sync.bundled.json
# and python3 with venv and pip (Schemathesis comes from PyPI, pinned with hashes in
# requirements.lock, into a venv under contract-tests/target).
#
# `run.sh --install-only` only installs Schemathesis (.ci/run does so before the build, so a machine
# without python3 or pip fails in seconds, not after the build).
#
# Environment: SCHEMATHESIS_SEED (default below; every run prints it, set it to replay a run),
# SCHEMATHESIS_MAX_EXAMPLES (default in schemathesis.toml), SCHEMATHESIS_VENV (venv directory).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

seed="${SCHEMATHESIS_SEED:-20261130}"
venv="${SCHEMATHESIS_VENV:-$root/contract-tests/target/schemathesis-venv}"
work="$root/contract-tests/target/schemathesis"
document="$root/api/spec/target/classes/openapi/starrocks-sync.bundled.json"
stub_jar="$root/server-stub/stub/target/starrocks-sync-stub.jar"
server_jar="$root/server-stub/server/target/starrocks-sync-server-standalone.jar"

fail() { echo "schemathesis: $*" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || fail "needs curl"

# --- Schemathesis, pinned, in its own venv (reinstalled only when requirements.lock changes) ---
command -v python3 >/dev/null 2>&1 || fail "needs python3 (3.11; Debian: python3 python3-venv python3-pip)"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || fail "needs python3 3.10 or newer (requirements.lock was compiled with 3.11), found $(python3 --version 2>&1)"
python3 -c 'import venv, ensurepip' 2>/dev/null \
  || fail "needs python3's venv and ensurepip modules (Debian: python3-venv)"
lock_sum="$(sha256sum "$here/requirements.lock" | cut -d' ' -f1)"
if [ "$(cat "$venv/.requirements-lock-sha256" 2>/dev/null)" != "$lock_sum" ]; then
  echo "Installing Schemathesis from PyPI into $venv (requirements.lock, hashes required)"
  rm -rf "$venv"
  python3 -m venv "$venv" || fail "python3 -m venv $venv failed"
  "$venv/bin/python" -m pip --version >/dev/null 2>&1 || fail "the venv has no pip (Debian: python3-pip)"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps --require-hashes \
    -r "$here/requirements.lock" || fail "pip could not install requirements.lock from PyPI"
  echo "$lock_sum" > "$venv/.requirements-lock-sha256"
fi
"$venv/bin/schemathesis" --version >/dev/null || fail "the venv at $venv has no working schemathesis"
[ "${1:-}" = "--install-only" ] && { echo "$("$venv/bin/schemathesis" --version) in $venv"; exit 0; }

for built in "$document" "$stub_jar" "$server_jar"; do
  [ -f "$built" ] || fail "$built is missing; build first: ./mvnw -B verify (or package -DskipTests)"
done

# --- One credential form per security alternative of the document, values well-formed ---
# Each line: the form's name (its schemes joined by +), then its headers, tab-separated. A scheme
# with an x-value-pattern (AK/SK's signature and date) gets a value drawn from that pattern:
# Schemathesis cannot know this vendor extension, and the stub and the server check only a
# credential's form, so a matching value is accepted. Hypothesis (a Schemathesis dependency) draws
# the simplest such value, the same on every run. A scheme without one (the IAM token, any
# non-blank value) gets a fixed token.
credential_forms="$("$venv/bin/python" - "$document" <<'PY'
import json, sys
from hypothesis import find, strategies

document = json.load(open(sys.argv[1]))
schemes = document["components"]["securitySchemes"]
alternatives = list(document.get("security", []))
for item in document["paths"].values():
    for operation in item.values():
        if isinstance(operation, dict):
            alternatives += operation.get("security", [])
seen = []
for alternative in alternatives:
    if not alternative or sorted(alternative) in seen:
        continue
    seen.append(sorted(alternative))
    headers = []
    for name in alternative:
        scheme = schemes[name]
        if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
            sys.exit(f"security scheme {name}: only apiKey headers are supported here")
        pattern = scheme.get("x-value-pattern")
        value = (find(strategies.from_regex(pattern, fullmatch=True), lambda _: True)
                 if pattern else "schemathesis-credential")
        headers.append(f"{scheme['name']}: {value}")
    print("\t".join(["+".join(alternative)] + headers))
PY
)" && [ -n "$credential_forms" ] || fail "could not derive credential headers from the document's security schemes"

# --- The two targets, on free ports, stopped whatever happens ---
mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # name jar -> sets $url to the base URL the target printed
  local name="$1" jar="$2" log="$work/$1.log"
  java -jar "$jar" --port 0 > "$log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  url=""
  for _ in $(seq 1 600); do
    url="$(grep -m1 -oE 'listening on http://[^ ]+' "$log" | cut -d' ' -f3 || true)"
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the $name stopped before it listened"; }
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$log" >&2; fail "the $name printed no URL within 60 s"; }
  # A first answer (a 404 in the document's format) warms the target up, so a slow first request
  # on a busy machine does not count against Schemathesis's request timeout.
  curl -s -o /dev/null --max-time 60 "$url/" || fail "the $name at $url did not answer within 60 s"
}

began=$(date +%s)
start stub "$stub_jar"; stub_url="$url"
start server "$server_jar"; server_url="$url"
echo "Schemathesis $("$venv/bin/schemathesis" --version | awk '{print $NF}') judges the stub at $stub_url and the reference server at $server_url"
echo "Credential forms (one run each per target):"
printf '%s\n' "$credential_forms" | sed 's/^/  /; s/\t/  |  /g'
echo "Seed: $seed (replay: SCHEMATHESIS_SEED=$seed contract-tests/schemathesis/run.sh)"

judge() { # target url credential-name header... ; its output on stdout, status 1 on a failure
  local target="$1" url="$2" credential="$3"; shift 3
  local headers=() run="$target-$credential" t0
  for header in "$@"; do headers+=(-H "$header"); done
  echo
  echo "=== Schemathesis: $target, $credential ==="
  t0=$(date +%s)
  # The document's servers URL is the provider's; --url points the same document at the target.
  if (cd "$work" && "$venv/bin/schemathesis" --config-file "$here/schemathesis.toml" run "$document" \
      --url "$url" --seed "$seed" ${SCHEMATHESIS_MAX_EXAMPLES:+--max-examples "$SCHEMATHESIS_MAX_EXAMPLES"} \
      "${headers[@]}" --report junit --report-junit-path "$work/$run.junit.xml" < /dev/null); then
    echo "=== $target, $credential: passed in $(( $(date +%s) - t0 )) s ==="
  else
    echo "=== $target, $credential: FAILED in $(( $(date +%s) - t0 )) s ==="
    return 1
  fi
}

judge_target() { # target url: every credential form, one after the other
  local status=0 form
  while IFS=$'\t' read -r -a form; do
    judge "$1" "$2" "${form[@]}" || status=1
  done <<< "$credential_forms"
  return $status
}

# The two targets side by side (2 cores: most of a run is waiting for answers); each one's output
# is printed whole when both are done, so the summaries read in order.
judge_target stub "$stub_url" > "$work/stub.out" 2>&1 &
stub_job=$!
judge_target server "$server_url" > "$work/server.out" 2>&1 &
server_job=$!
failed=()
wait "$stub_job" || failed+=(stub)
wait "$server_job" || failed+=(server)
cat "$work/stub.out" "$work/server.out"

# CPU time besides wall time: on a shared machine the wall time says little, the CPU time is the
# work (Schemathesis and Python: this shell's children; the targets: their JVMs).
times > "$work/times.txt" # the builtin, in this shell: its second line is its children's time
client_cpu="$(tail -1 "$work/times.txt" | awk '{ for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] } } END { printf "%.0f", s }')"
target_cpu="$(for pid in "${pids[@]}"; do ps -o times= -p "$pid" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }')"
echo
echo "Schemathesis took $(( $(date +%s) - began )) s for both targets (seed $seed);" \
  "CPU: ${client_cpu} s Schemathesis, ${target_cpu} s the two targets"
[ ${#failed[@]} -eq 0 ] || fail "failures in: ${failed[*]} (reports in $work; replay with SCHEMATHESIS_SEED=$seed)"
