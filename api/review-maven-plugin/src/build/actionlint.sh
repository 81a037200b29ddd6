#!/usr/bin/env bash
# Lints the GitHub workflows with actionlint (and, through it, shellcheck when it is installed),
# installed by this script from the Go module proxy at the pinned version into the module's
# target/ (never $GOPATH/bin or ~/go/bin). Go is required: without it the build fails here,
# naming it, instead of skipping the check.
# Usage: actionlint.sh <go-tools.skip (-DjdkOnly)> <actionlint-version> <tools-directory> <workflow>...
set -euo pipefail

if [ "${1:?go-tools.skip}" = true ]; then
  echo "actionlint: -DjdkOnly leaves the workflow check out (it needs Go); CI runs it"
  exit 0
fi
shift
# The official Go distribution lives in /usr/local/go; a non-interactive shell (CI's) may not have
# it on the PATH when only a login or interactive shell's profile adds it.
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  PATH="$PATH:/usr/local/go/bin"
fi

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
