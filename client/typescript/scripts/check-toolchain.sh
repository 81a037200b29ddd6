#!/bin/sh
# First step of the build: Node.js 20 or newer with npm, or a message that names what is
# missing and how to get it (plain sh: it must speak when node itself is missing).
fail() {
  echo "client/typescript: $1" >&2
  echo "  Install Node.js 20 or newer with npm (https://nodejs.org, or your system's package, e.g. 'apt-get install nodejs npm'), or build only the Java parts with -DjdkOnly." >&2
  exit 1
}
command -v node >/dev/null 2>&1 || fail "node is not on the PATH"
command -v npm >/dev/null 2>&1 || fail "npm is not on the PATH"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null) || fail "node does not run"
[ "$major" -ge 20 ] 2>/dev/null || fail "node $(node --version) is too old: the SDK needs 20 or newer (global fetch, AbortSignal.any)"
echo "client/typescript: node $(node --version), npm $(npm --version)"
