#!/usr/bin/env bash
# Posts the spec review as ONE pull-request comment, or updates the one posted before: the comment
# is found by a hidden marker on its first line, so each push edits it instead of adding another.
# Usage: comment.sh <REVIEW.md>; env GH_REPO (owner/name), PR_NUMBER, GH_TOKEN (for gh).
# Needs the GitHub CLI (gh), which GitHub's runners have.
set -euo pipefail

report=${1:?usage: comment.sh <REVIEW.md>}
: "${GH_REPO:?GH_REPO (owner/name) is not set}"
: "${PR_NUMBER:?PR_NUMBER is not set}"
command -v gh >/dev/null 2>&1 || { echo "comment.sh needs the GitHub CLI (gh)" >&2; exit 1; }
[ -f "$report" ] || { echo "No review report at $report" >&2; exit 1; }

marker='<!-- starrocks-spec-review -->'
# GitHub refuses comment bodies over 65,536 characters; the openapi-diff details are the first
# thing to go, so the verdict and the findings stay.
limit=60000
body=$(mktemp)
trap 'rm -f "$body"' EXIT
{
  echo "$marker"
  if [ "$(wc -c < "$report")" -gt "$limit" ]; then
    head -c "$limit" "$report"
    printf '\n\n_(cut at %s characters: the whole report is in the job'"'"'s spec-review artifact)_\n' "$limit"
  else
    cat "$report"
  fi
} > "$body"

# The first comment that carries the marker, over every page of comments.
# (All ids are read, then the first kept: `| head -n 1` could end gh with SIGPIPE under pipefail.)
ids=$(gh api --paginate "repos/$GH_REPO/issues/$PR_NUMBER/comments" \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id")
existing=${ids%%$'\n'*}

if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$GH_REPO/issues/comments/$existing" -F "body=@$body" --jq .html_url
  echo "Updated the review comment $existing"
else
  gh api --method POST "repos/$GH_REPO/issues/$PR_NUMBER/comments" -F "body=@$body" --jq .html_url
  echo "Posted the review comment"
fi
