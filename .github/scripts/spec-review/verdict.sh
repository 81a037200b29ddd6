#!/usr/bin/env bash
# The spec review's verdict in a GitHub Actions job: prints the workflow commands the review wrote
# (each finding becomes an annotation on its line), adds the report to the job summary, and exits
# 1 when there is an error finding (a breaking change, an invalid document or a broken house rule).
# Usage: verdict.sh <review-output-directory>
set -euo pipefail

out=${1:?usage: verdict.sh <review-output-directory>}
annotations="$out/github-annotations.txt"
report="$out/REVIEW.md"
[ -f "$annotations" ] || { echo "No annotations at $annotations: did the review run?" >&2; exit 1; }

cat "$annotations"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -f "$report" ]; then
  cat "$report" >> "$GITHUB_STEP_SUMMARY"
fi

errors=$(grep -c '^::error ' "$annotations" || true)
notices=$(grep -c '^::notice ' "$annotations" || true)
if [ "$errors" -gt 0 ]; then
  echo "Spec review: $errors finding(s) fail the check (breaking changes or document errors), $notices compatible change(s)" >&2
  exit 1
fi
echo "Spec review: passes, $notices compatible change(s)"
