#!/usr/bin/env bash
# First step of the Python SDK's build: Python 3.11 or newer with venv, or a message that says
# what is missing and how to get it. Never a silent skip.
set -euo pipefail
fix="Install Python 3.11+ with venv (Debian: apt-get install python3 python3-venv; or pyenv), or build only the Java parts: ./mvnw -B verify -DjdkOnly"
if ! command -v python3 >/dev/null 2>&1; then
  echo "ERROR: python3 not found on PATH; the Python SDK (client/python) needs it. $fix" >&2
  exit 1
fi
if ! python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "ERROR: $(python3 --version 2>&1) found, the Python SDK (client/python) needs 3.11 or newer. $fix" >&2
  exit 1
fi
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "ERROR: python3 has no venv/ensurepip module; the Python SDK (client/python) needs it. $fix" >&2
  exit 1
fi
echo "client/python: $(python3 --version)"
