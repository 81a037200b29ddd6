#!/usr/bin/env bash
# The benchmark in one command: the stub (full validation) beside plain WireMock and Prism.
#
#   benchmarks/run.sh            # about 17 minutes; writes benchmarks/target/bench/REPORT.md
#   benchmarks/run.sh --quick    # a smoke run of every phase in about 3 minutes (numbers mean little)
#
# Needs Java 17+, Node/npm and, unless wrk is on the PATH, apt-get (as root, or sudo). Builds
# what it needs with Maven (-Pbench), installs wrk from Debian and Prism from npm at a pinned
# version into benchmarks/.tools/ (git-ignored). Other options go to the runner (see RunOptions):
# e.g. --duration 30 --rounds 5 --soak-seconds 300. BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail

PRISM_VERSION=5.16.0

cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/benchmarks/.tools

say() { echo "[bench] $*"; }

command -v java >/dev/null || { echo "Java 17 or newer is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js with npm is required (for Prism)" >&2; exit 1; }

if ! command -v wrk >/dev/null; then
  say "Installing wrk from Debian"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

PRISM=$TOOLS/node_modules/.bin/prism
installed=$(node -p "require('$TOOLS/node_modules/@stoplight/prism-cli/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$PRISM_VERSION" ]; then
  say "Installing Prism $PRISM_VERSION from npm into benchmarks/.tools"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "Building the stub and the benchmarks (./mvnw -Pbench -DskipTests package)"
  ./mvnw -B -q -Pbench -DskipTests -pl benchmarks -am package
fi

exec java -jar benchmarks/target/benchmarks.jar \
  --root "$ROOT" --prism "$PRISM" --prism-version "$PRISM_VERSION" --wrk "$(command -v wrk)" "$@"
