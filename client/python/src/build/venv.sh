#!/usr/bin/env bash
# Creates target/venv and installs requirements.lock into it with pip --require-hashes (every
# package pinned and its hash checked). Skipped when the venv already holds this lock file.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/venv
stamp="$venv/requirements.lock.installed"
if [ -f "$stamp" ] && cmp -s requirements.lock "$stamp"; then
  exit 0
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
  --require-hashes --no-deps -r requirements.lock
cp requirements.lock "$stamp"
