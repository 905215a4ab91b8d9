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
#   scripts/engine.sh newer STORE
#                             a newer engine beside that one (STORE: legacy or containerd, the
#                             image store it uses): Debian sid's docker.io (28.x, the major of
#                             GitHub's runners) in a debootstrap root of its own, cached under
#                             $ISB_ENGINE_DIR/newer-root, run under `unshare --mount` (no mount
#                             leaks to the host) with its own data root, exec root, pidfile and
#                             socket, no bridge and no iptables. Prints `export` lines:
#                             ISB_ENGINE_<STORE>_HOST, and ISB_ENGINE_<STORE>_STARTED=<pid> when
#                             it launched the daemon. If sid's root cannot be made (sid is a moving
#                             target), trixie's (26.1.5) is used and the log says so.
#   scripts/engine.sh podman  podman (Debian's; daemonless) with a storage of its own under
#                             $ISB_ENGINE_DIR/podman and the test base image in it. Prints
#                             ISB_PODMAN_STORAGE_CONF (give it as CONTAINERS_STORAGE_CONF).
#   scripts/engine.sh debian  the real-package test base isb-test/debian:CODENAME in the engine
#                             DOCKER_HOST reaches: a debootstrap --variant=minbase root of the
#                             host's own Debian release (so that the host's `apt-get download`
#                             fetches .deb files that install in it), cached under
#                             $ISB_ENGINE_DIR/debian-root, imported with `docker import` without
#                             apt's sources, lists and binary caches (the tests' builds run with
#                             --network none and use a local repository of downloaded files).
#                             Prints the image's tag.
#   scripts/engine.sh stop    stops the dockerds that this caller's `start`/`newer` started: they
#                             export ISB_ENGINE_STARTED=<pid> (and ISB_ENGINE_<STORE>_STARTED)
#                             only when they launched one, and `stop` acts on those variables
#                             alone, so a run that reused someone else's engine (a second test
#                             run, the demo) never stops it.
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
  local pid
  for pid in ${ISB_ENGINE_STARTED:-} ${ISB_ENGINE_LEGACY_STARTED:-} ${ISB_ENGINE_CONTAINERD_STARTED:-}; do
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      log "stopped dockerd ($pid)"
    fi
  done
}

# The Debian mirror this host's apt uses (deb822 or one-line sources), so that debootstrap
# fetches from where apt already can; empty lets debootstrap use its own default.
debian_mirror() {
  local codename
  codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  {
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v c="$codename" '
      /^URIs:/ { uri = $2 } /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == c) print uri } /^$/ { uri = "" }'
    grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk -v c="$codename" '{ for (i = 2; i <= NF; i++) if ($i == c) { print ($2 ~ /^\[/ ? $3 : $2); break } }'
  } | grep -v -i security | head -n 1
}

# A root of Debian SUITE with docker.io in it, made once and kept (the stamp says it is whole).
newer_root() {
  local root="$dir/newer-root" suite mirror
  if [ -f "$root/.isb-ready" ]; then echo "$root"; return; fi
  command -v debootstrap >/dev/null || {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || { log "debootstrap is missing and cannot be installed (needs root on Debian)"; exit 2; }
    log "installing debootstrap with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2 || {
      apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2
    }
  }
  mirror=$(debian_mirror)
  for suite in ${ISB_NEWER_SUITE:-sid trixie}; do
    rm -rf "$root"
    log "making a $suite root with docker.io in $root (once; kept for later runs)"
    if debootstrap --variant=minbase --include=docker.io,ca-certificates "$suite" "$root" ${mirror:+"$mirror"} >"$dir/debootstrap.log" 2>&1; then
      echo "$suite" >"$root/.isb-ready"
      echo "$root"
      return
    fi
    log "debootstrap of $suite failed (last lines of $dir/debootstrap.log below); trying the next suite"
    tail -n 5 "$dir/debootstrap.log" >&2
  done
  log "no newer engine root could be made"
  exit 2
}

newer() {
  local store=${1:-} upper features root state sock
  case "$store" in
    legacy) features=false ;;
    containerd) features=true ;;
    *) echo "usage: $0 newer legacy|containerd" >&2; exit 2 ;;
  esac
  upper=$(echo "$store" | tr a-z A-Z)
  state="$dir/newer-$store"
  sock="$state/docker.sock"
  mkdir -p "$state"
  echo "export ISB_ENGINE_${upper}_STARTED="
  if DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1; then
    log "reusing the newer $store engine at $sock"
    echo "export ISB_ENGINE_${upper}_HOST=unix://$sock"
    return
  fi
  root=$(newer_root)
  mkdir -p "$root/isb"
  printf '{"features":{"containerd-snapshotter":%s}}\n' "$features" >"$state/daemon.json"
  rm -f "$sock" "$state/dockerd.pid"
  log "starting $(cat "$root/.isb-ready")'s dockerd with the $store image store (state $state)"
  # The root is bind-mounted on itself so that it is a mount point (runc and the builders
  # remount /); every mount is made in the new mount namespace and goes with it.
  setsid unshare --mount --propagation private -- bash -c '
    set -e
    root=$1 state=$2
    mount --bind "$root" "$root"
    mount --bind "$state" "$root/isb"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/run"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/sbin/dockerd --config-file /isb/daemon.json --data-root /isb/data \
      --exec-root /isb/exec --pidfile /isb/dockerd.pid -H unix:///isb/docker.sock \
      --iptables=false --ip-masq=false --bridge=none
  ' bash "$root" "$state" >"$state/dockerd.log" 2>&1 </dev/null &
  local pid=$!
  for _ in $(seq 1 120); do
    if DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1; then
      echo "export ISB_ENGINE_${upper}_HOST=unix://$sock"
      echo "export ISB_ENGINE_${upper}_STARTED=$pid"
      return
    fi
    sleep 0.5
  done
  log "the newer $store dockerd did not answer within 60 s; last lines of its log:"
  tail -n 20 "$state/dockerd.log" >&2
  kill "$pid" 2>/dev/null || true
  exit 2
}

# A minbase root of the host's Debian release, made once and kept (the stamp says it is whole).
debian_root() {
  local root="$dir/debian-root" codename mirror
  codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
  [ -n "$codename" ] || { log "this host's /etc/os-release names no Debian codename"; exit 2; }
  if [ "$(cat "$root/.isb-ready" 2>/dev/null)" = "$codename" ]; then echo "$root"; return; fi
  command -v debootstrap >/dev/null || {
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || { log "debootstrap is missing and cannot be installed (needs root on Debian)"; exit 2; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2
  }
  mirror=$(debian_mirror)
  rm -rf "$root"
  log "making a $codename minbase root in $root (once; kept for later runs)"
  if ! debootstrap --variant=minbase "$codename" "$root" ${mirror:+"$mirror"} >"$dir/debian-debootstrap.log" 2>&1; then
    log "debootstrap of $codename failed; last lines of $dir/debian-debootstrap.log:"
    tail -n 5 "$dir/debian-debootstrap.log" >&2
    exit 2
  fi
  echo "$codename" >"$root/.isb-ready"
  echo "$root"
}

debian() {
  local root tag
  root=$(debian_root)
  tag="isb-test/debian:$(cat "$root/.isb-ready")"
  if ! docker image inspect "$tag" >/dev/null 2>&1; then
    tar --numeric-owner -C "$root" -c \
      --exclude=./etc/apt/sources.list --exclude='./etc/apt/sources.list.d/*' \
      --exclude='./var/lib/apt/lists/*' --exclude='./var/cache/apt/*.bin' \
      --exclude='./var/cache/apt/archives/*.deb' --exclude=./.isb-ready \
      --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' . |
      docker import - "$tag" >/dev/null
    log "made $tag"
  fi
  echo "$tag"
}

# The busybox rootfs of the test base image, as a tar on stdout (nothing is pulled).
base_rootfs() {
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
  tar --numeric-owner --owner=0 --group=0 -C "$root" -c .
  rm -rf "$root"
}

base() {
  if docker image inspect isb-base:busybox >/dev/null 2>&1; then return; fi
  base_rootfs | docker import - isb-base:busybox >/dev/null
  log "made isb-base:busybox"
}

# podman, daemonless: Debian's, installed when missing, with a storage of its own under
# $dir/podman (CONTAINERS_STORAGE_CONF; the host's /var/lib/containers is never touched) and
# the test base image in it.
podman_engine() {
  if ! command -v podman >/dev/null; then
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || { log "podman is missing and cannot be installed (needs root on Debian)"; exit 2; }
    log "installing podman with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends podman >&2 || {
      apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends podman >&2
    }
  fi
  local conf="$dir/podman/storage.conf"
  mkdir -p "$dir/podman"
  printf '[storage]\ndriver = "overlay"\ngraphroot = "%s"\nrunroot = "%s"\n' "$dir/podman/graph" "$dir/podman/run" >"$conf"
  if ! CONTAINERS_STORAGE_CONF=$conf podman image exists isb-base:busybox; then
    base_rootfs | CONTAINERS_STORAGE_CONF=$conf podman import - isb-base:busybox >/dev/null
    log "made isb-base:busybox in podman"
  fi
  echo "export ISB_PODMAN_STORAGE_CONF=$conf"
}

case "${1:-}" in
  start) start ;;
  newer) newer "${2:-}" ;;
  podman) podman_engine ;;
  stop) stop ;;
  base) base ;;
  debian) debian ;;
  *) echo "usage: $0 start|newer legacy|newer containerd|podman|stop|base|debian" >&2; exit 2 ;;
esac
