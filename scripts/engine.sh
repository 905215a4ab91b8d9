#!/usr/bin/env bash
# The real-engine harness, used by the tests, the demo and .ci/run.
#
#   scripts/engine.sh start   prints shell `export` lines (eval them): DOCKER_HOST, and the
#                             clients for each builder (ISB_DOCKER_CLASSIC, ISB_DOCKER_BUILDKIT).
#                             Uses the engine that `docker info` already reaches (a GitHub
#                             runner); otherwise, as root on Debian, installs docker.io, skopeo,
#                             docker-registry and busybox-static when missing and starts its own
#                             dockerd with its own --data-root, then waits until it answers.
#   scripts/engine.sh base    makes the test base image isb-base:busybox by `docker import` of a
#                             busybox rootfs (nothing is pulled), when it is not there yet.
#   scripts/engine.sh stop    stops the dockerd that this caller's `start` started: `start` exports
#                             ISB_ENGINE_STARTED=<pid> only when it launched one, and `stop` acts
#                             on that variable alone, so a run that reused someone else's engine
#                             (a second test run, the demo) never stops it.
#
# State lives in $ISB_ENGINE_DIR (default: a folder under the system temp dir), kept
# between runs so the layer cache is reused.
set -euo pipefail

dir=${ISB_ENGINE_DIR:-${TMPDIR:-/tmp}/image-size-budget-engine}
sock="$dir/docker.sock"
log() { echo "engine: $*" >&2; }

# A client that does BuildKit builds: one with buildx, or a pre-23 client with DOCKER_BUILDKIT=1 (Debian's 20.10).
buildkit_client() {
  local c major
  for c in $(which -a docker | xargs -n1 readlink -f | awk '!seen[$0]++'); do
    if "$c" buildx version >/dev/null 2>&1; then echo "$c"; return; fi
    major=$("$c" version --format '{{.Client.Version}}' 2>/dev/null | cut -d. -f1 || true)
    if [[ "$major" =~ ^[0-9]+$ ]] && ((major >= 18 && major < 23)); then echo "$c"; return; fi
  done
}

print_env() {
  # Cleared unless this start launched the daemon (echoed after this): an ISB_ENGINE_STARTED
  # inherited from an outer run must not make this caller's stop kill that run's engine.
  echo "export ISB_ENGINE_STARTED="
  echo "export DOCKER_HOST=$1"
  echo "export ISB_DOCKER_CLASSIC=$(command -v docker)"
  local bk
  bk=$(buildkit_client)
  [ -n "$bk" ] && echo "export ISB_DOCKER_BUILDKIT=$bk" || log "no client can do BuildKit builds here: BuildKit tests will fail"
}

install_missing() {
  local need=()
  command -v dockerd >/dev/null || need+=(docker.io)
  command -v skopeo >/dev/null || need+=(skopeo)
  command -v docker-registry >/dev/null || need+=(docker-registry)
  command -v htpasswd >/dev/null || need+=(apache2-utils) # bcrypt htpasswd files for the registry tests
  [ -x /bin/busybox ] || need+=(busybox-static)
  ((${#need[@]})) || return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    log "missing ${need[*]} and cannot install them (needs root on Debian). Install them, or start a Docker engine and set DOCKER_HOST."
    exit 2
  fi
  log "installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends "${need[@]}" >&2
}

start() {
  if docker info >/dev/null 2>&1; then
    log "using the engine docker already reaches"
    print_env "${DOCKER_HOST:-unix:///var/run/docker.sock}"
    return
  fi
  mkdir -p "$dir"
  if DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1; then
    log "reusing the engine at $sock"
    print_env "unix://$sock"
    return
  fi
  install_missing
  rm -f "$sock" "$dir/dockerd.pid"
  log "starting dockerd (data root $dir/data, log $dir/dockerd.log)"
  # No bridge and no iptables rules: builds run with --network none, and the host's network stays untouched.
  setsid dockerd --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/dockerd.pid" \
    -H "unix://$sock" --iptables=false --ip-masq=false --bridge=none \
    >"$dir/dockerd.log" 2>&1 </dev/null &
  local pid=$!
  for _ in $(seq 1 120); do
    if DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1; then
      print_env "unix://$sock"
      echo "export ISB_ENGINE_STARTED=$pid"
      return
    fi
    sleep 0.5
  done
  log "dockerd did not answer within 60 s; last lines of its log:"
  tail -n 20 "$dir/dockerd.log" >&2
  exit 2
}

stop() {
  local pid=${ISB_ENGINE_STARTED:-}
  [ -n "$pid" ] || return 0
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    log "stopped dockerd ($pid)"
  fi
}

base() {
  if docker image inspect isb-base:busybox >/dev/null 2>&1; then return; fi
  local busybox root
  busybox=$(command -v busybox || echo /bin/busybox)
  root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root"
  cp "$busybox" "$root/bin/busybox"
  for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
  chmod 1777 "$root/tmp"
  tar --numeric-owner --owner=0 --group=0 -C "$root" -c . | docker import - isb-base:busybox >/dev/null
  rm -rf "$root"
  log "made isb-base:busybox"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  base) base ;;
  *) echo "usage: $0 start|stop|base" >&2; exit 2 ;;
esac
