#!/usr/bin/env bash
# Builds the sdist and, from it, the wheel into target/dist (emptied first, so that only this
# build's files are there), with the pinned setuptools of target/venv (no isolated build env,
# which would fetch an unpinned setuptools).
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf target/dist
target/venv/bin/python -m build --no-isolation --quiet --outdir target/dist target/package
