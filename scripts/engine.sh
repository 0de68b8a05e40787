#!/usr/bin/env bash
# scripts/engine.sh — a real, offline Docker world for gorae's tests (design.md §4).
#
#   scripts/engine.sh install start images world     # subcommands run in the order given
#
#   install      apt packages: docker.io docker-registry busybox-static tmux debootstrap docker-compose (root)
#   start        a local registry on 127.0.0.1:5000 and dockerd using it as Docker Hub
#                mirror, both in the background with PID files and logs           (root)
#   images       fixture images (nginx, httpd, redis, mysql:5.7, ...) built from
#                busybox-static, no download; pushed to the registry              (venv)
#   world        the fixture world of tests/corpus/dev.yaml: web, my-nginx, cache,
#                db, my-volume, data; network backend; volumes db, pgdata          (venv)
#   world-clean  removes exactly what `world` made (label gorae.fixture=1)         (venv)
#   stop         stops only the processes that `start` started (by PID file)      (root)
#   status       what is running and what exists
#
# Every subcommand is idempotent: it checks first and does only what is missing.
# `start` does nothing when an engine already answers `docker info` (no systemd needed).
# State: PID files, logs and registry.yml in /var/lib/gorae-engine, the registry's
# blobs in /var/lib/gorae-registry (override: GORAE_ENGINE_DIR, GORAE_REGISTRY_ROOT).
# The image and world logic lives in tests/fixtures_engine.py (docker SDK), which
# the tests' `world` fixture calls too.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE_DIR=${GORAE_ENGINE_DIR:-/var/lib/gorae-engine}          # PID files, logs, registry config
REGISTRY_ROOT=${GORAE_REGISTRY_ROOT:-/var/lib/gorae-registry}  # the registry's blobs
REGISTRY_ADDR=127.0.0.1:5000
APT_PACKAGES=(docker.io docker-registry busybox-static tmux debootstrap docker-compose)
# tmux: terminal tests of `gorae shell`; debootstrap + docker-compose: the deploy image test (tests/test_deploy_image.py)

say() { printf 'engine: %s\n' "$*"; }
die() { printf 'engine: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

engine_up() { docker info >/dev/null 2>&1; }

# The registry answers GET /v2/ with 200 (plain HTTP over bash's /dev/tcp: no curl needed,
# no proxy variables in the way).
registry_up() {
  ( exec 3<>"/dev/tcp/${REGISTRY_ADDR%:*}/${REGISTRY_ADDR#*:}" &&
    printf 'GET /v2/ HTTP/1.0\r\nHost: %s\r\n\r\n' "$REGISTRY_ADDR" >&3 &&
    head -n 1 <&3 | grep -q ' 200 ' ) 2>/dev/null
}

# pid_alive NAME -> prints the PID from $STATE_DIR/NAME.pid if that process is alive
# and still runs the binary we started (guards against a recycled PID).
pid_alive() {
  local file="$STATE_DIR/$1.pid" pid exe
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
  case "$exe" in */"$2") echo "$pid" ;; *) return 1 ;; esac
}

# wait_for SECONDS CHECK... -> polls CHECK every 0.2 s
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# ---------------------------------------------------------------------------
cmd_install() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then say "packages present: ${APT_PACKAGES[*]}"; return; fi
  is_root || die "missing packages ${missing[*]}: run as root (sudo $0 install)"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
}

start_registry() {
  if registry_up; then say "registry already answering on $REGISTRY_ADDR"; return; fi
  mkdir -p "$STATE_DIR" "$REGISTRY_ROOT"
  cat >"$STATE_DIR/registry.yml" <<EOF
# written by scripts/engine.sh
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $REGISTRY_ROOT
  delete:
    enabled: true
http:
  addr: $REGISTRY_ADDR
EOF
  # setsid: its own session, so a Ctrl-C in the calling terminal does not reach it.
  setsid docker-registry serve "$STATE_DIR/registry.yml" \
    </dev/null >>"$STATE_DIR/registry.log" 2>&1 &
  echo $! >"$STATE_DIR/registry.pid"
  wait_for 20 registry_up || { tail -n 20 "$STATE_DIR/registry.log" >&2; die "registry did not start"; }
  say "registry up on $REGISTRY_ADDR (pid $(cat "$STATE_DIR/registry.pid"), log $STATE_DIR/registry.log)"
}

start_dockerd() {
  if engine_up; then
    say "engine already reachable ($(docker info --format '{{.ServerVersion}}' 2>/dev/null))"
    docker info --format '{{.RegistryConfig.Mirrors}}' 2>/dev/null | grep -q "$REGISTRY_ADDR" ||
      say "warning: that engine does not use http://$REGISTRY_ADDR as mirror; 'docker pull nginx' will not work offline"
    return
  fi
  mkdir -p "$STATE_DIR"
  setsid dockerd --registry-mirror "http://$REGISTRY_ADDR" --insecure-registry "$REGISTRY_ADDR" \
    </dev/null >>"$STATE_DIR/dockerd.log" 2>&1 &
  echo $! >"$STATE_DIR/dockerd.pid"
  if ! wait_for 60 engine_up; then
    tail -n 30 "$STATE_DIR/dockerd.log" >&2
    die "dockerd did not answer 'docker info' within 60 s (log: $STATE_DIR/dockerd.log)"
  fi
  say "dockerd up (pid $(cat "$STATE_DIR/dockerd.pid"), log $STATE_DIR/dockerd.log)"
}

cmd_start() {
  if ! is_root; then
    engine_up && registry_up && { say "engine and registry already running"; return; }
    die "no engine or registry running, and starting them needs root (sudo $0 start)"
  fi
  command -v dockerd >/dev/null && command -v docker-registry >/dev/null ||
    die "dockerd / docker-registry not installed: run '$0 install' first"
  start_registry   # first: dockerd's mirror should be there when it starts
  start_dockerd
}

gone() { ! kill -0 "$1" 2>/dev/null; }

# stop_pid NAME BINARY: TERM, wait up to 30 s, then KILL — only our own PID file's process.
stop_pid() {
  local pid
  if pid=$(pid_alive "$1" "$2"); then
    say "stopping $1 (pid $pid)"
    kill -TERM "$pid"
    wait_for 30 gone "$pid" || { say "$1 still alive: KILL"; kill -KILL "$pid" || true; }
  else
    say "$1: not started by this script (or already stopped)"
  fi
  rm -f "$STATE_DIR/$1.pid"
}

cmd_stop() {
  stop_pid dockerd dockerd
  stop_pid registry docker-registry
}

cmd_status() {
  local pid
  if engine_up; then
    say "up, $(docker info --format 'server {{.ServerVersion}}, mirrors {{.RegistryConfig.Mirrors}}')"
  else
    say "not reachable"
  fi
  if registry_up; then say "registry up on $REGISTRY_ADDR"; else say "registry not answering on $REGISTRY_ADDR"; fi
  pid=$(pid_alive dockerd dockerd) && say "dockerd started by this script: pid $pid"
  pid=$(pid_alive registry docker-registry) && say "registry started by this script: pid $pid"
  engine_up && py status
  return 0
}

# The Python side: the project's venv (make venv), else a python3 that has the docker SDK.
py() {
  local python="$ROOT/.venv/bin/python"
  [ -x "$python" ] || python=python3
  "$python" -c 'import docker' 2>/dev/null || die "no python with the docker SDK: run 'make venv' first"
  "$python" "$ROOT/tests/fixtures_engine.py" "$@"
}

cmd_images() { engine_up || die "no engine: run '$0 start' first"; py images; }
cmd_world() { engine_up || die "no engine: run '$0 start' first"; py world; }
cmd_world_clean() { engine_up || die "no engine: run '$0 start' first"; py world-clean; }

[ $# -gt 0 ] || { sed -n '2,22p' "$0"; exit 2; }
for arg in "$@"; do
  case "$arg" in
    install | start | images | world | stop | status) "cmd_$arg" ;;
    world-clean) cmd_world_clean ;;
    -h | --help | help) sed -n '2,22p' "$0" ;;
    *) die "unknown subcommand '$arg' (install start images world world-clean stop status)" ;;
  esac
done
