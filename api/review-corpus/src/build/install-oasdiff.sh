#!/usr/bin/env bash
# Installs oasdiff, pinned, from the Go module proxy into target/oasdiff/bin for the corpus
# comparison (CorpusComparisonTest). Run by this module's build (exec-maven-plugin, phase
# generate-test-resources) of api/review-corpus:
#   install-oasdiff.sh <version> <bin-dir> <skipTests> <maven.test.skip> <go-tools.skip (-DjdkOnly)>
# A missing Go fails the build, naming it; nothing is skipped silently. An oasdiff already at the
# pinned version is kept (a rerun costs nothing).
set -euo pipefail
version="$1" bin="$2"
if [ "${3:-}" = true ] || [ "${4:-}" = true ]; then
  echo "[corpus] tests skipped: oasdiff not installed"
  exit 0
fi
if [ "${5:-}" = true ]; then
  echo "[corpus] -DjdkOnly: oasdiff is not installed and CorpusComparisonTest (tag go-tools) does not run; CI runs both"
  exit 0
fi
# The official Go distribution lives in /usr/local/go; a non-interactive shell (CI's) may not have
# it on the PATH when only a login or interactive shell's profile adds it.
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
  PATH="$PATH:/usr/local/go/bin"
fi
# `go install` leaves no version in `oasdiff --version` ("main"); the binary's build info has it.
if [ -x "$bin/oasdiff" ] && command -v go >/dev/null 2>&1 \
    && go version -m "$bin/oasdiff" | grep -qE "^[[:space:]]+mod[[:space:]]+github.com/oasdiff/oasdiff[[:space:]]+${version}[[:space:]]"; then
  echo "[corpus] oasdiff ${version} already in $bin"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "[corpus] ERROR: Go is missing. The breaking-change corpus compares the gate with oasdiff," >&2
  echo "[corpus] which this build installs with 'go install github.com/oasdiff/oasdiff@${version}'." >&2
  echo "[corpus] Install Go 1.26 or newer (oasdiff v1.37.0's go.mod asks for it; Debian's golang-go is older) and put 'go' on the PATH." >&2
  exit 1
fi
mkdir -p "$bin"
start=$(date +%s)
GOBIN="$bin" GOTOOLCHAIN=local go install "github.com/oasdiff/oasdiff@${version}"
echo "[corpus] installed oasdiff ${version} into $bin in $(( $(date +%s) - start )) s"
