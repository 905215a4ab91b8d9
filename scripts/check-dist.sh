#!/usr/bin/env bash
# Fails when the committed dist/ is not what the sources build to: builds into a temp
# folder with scripts/build.mjs and compares file by file (extra and missing chunks too).
# Used by .ci/run and scripts/release.sh; .github/workflows/check-dist.yml does the same on
# GitHub by rebuilding in place and `git diff --exit-code dist/`, as actions/typescript-action does.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node scripts/build.mjs "$tmp/dist"
if ! diff -r "$tmp/dist" dist >/dev/null 2>&1; then
  echo "dist/ is stale: run 'npm run build' and commit dist/." >&2
  diff -rq "$tmp/dist" dist >&2 || true
  exit 1
fi
echo "dist/ is up to date"
