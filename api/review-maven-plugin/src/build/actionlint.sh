#!/usr/bin/env bash
# Lints the GitHub workflows with actionlint (and, through it, shellcheck when it is installed),
# installed by this script from the Go module proxy at the pinned version into the module's
# target/ (never $GOPATH/bin or ~/go/bin). Go is required: without it the build fails here,
# naming it, instead of skipping the check.
# Usage: actionlint.sh <actionlint-version> <tools-directory> <workflow>...
set -euo pipefail

version=${1:?actionlint version}
tools=${2:?tools directory}
shift 2

command -v go >/dev/null 2>&1 || {
  echo "The workflow check needs Go (to install actionlint $version with 'go install'); install Go 1.22+ and put it on PATH" >&2
  exit 1
}
mkdir -p "$tools"
tools=$(cd "$tools" && pwd)
binary="$tools/actionlint"
# Installed once per clean: target/ keeps it between builds.
if [ ! -x "$binary" ] || [ "$("$binary" -version 2>/dev/null | head -n 1)" != "$version" ]; then
  echo "Installing actionlint $version into $tools"
  GOTOOLCHAIN=local GOBIN="$tools" \
    go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi
echo "actionlint $("$binary" -version | head -n 1) on $*"
"$binary" -no-color "$@"
echo "actionlint: no problem found"
