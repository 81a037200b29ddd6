#!/usr/bin/env bash
# Fails the build, naming the tool and the way out, when Go is missing or older than the SDK needs.
set -euo pipefail
needed_major=1
needed_minor=${1:?minimum Go minor version}
hint="install Go ${needed_major}.${needed_minor} or newer (Debian: apt-get install golang-go, if its version is new enough; otherwise the official Go release), or build only the Java parts with ./mvnw -B verify -DjdkOnly"
if ! command -v go >/dev/null 2>&1; then
  echo "client/go: the Go toolchain ('go') is not on the PATH: ${hint}" >&2
  exit 1
fi
version=$(GOTOOLCHAIN=local go env GOVERSION)
if [[ ! ${version} =~ ^go([0-9]+)\.([0-9]+) ]]; then
  echo "client/go: cannot read the Go version from '${version}': ${hint}" >&2
  exit 1
fi
major=${BASH_REMATCH[1]}
minor=${BASH_REMATCH[2]}
if (( major != needed_major || minor < needed_minor )); then
  echo "client/go: found ${version}, need go${needed_major}.${needed_minor} or newer: ${hint}" >&2
  exit 1
fi
echo "client/go: using ${version} ($(command -v go))"
