#!/usr/bin/env bash
# scripts/engine.sh — a real, offline Docker world for gorae's tests.
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
#   The second engine (a newer Docker beside the first; tests run the e2e suite on both):
#   install-b    Debian trixie's docker.io (26.1) unpacked into $STATE_DIR/engine-b, from
#                a private apt configuration: the system's apt sources are not touched (root)
#   start-b      its dockerd on unix:///var/run/docker-b.sock, bridge br-b 10.231.0.1/24,
#                own data/exec root, same registry mirror; needs `start` first; ALSO on
#                tcp://127.0.0.1:2376 (GORAE_ENGINE_B_TLS_PORT) with --tlsverify: a CA, a
#                server and a client certificate made with openssl in $STATE_DIR/tls-b
#                (ca.pem cert.pem key.pem for clients, as DOCKER_CERT_PATH), plus wrong/
#                (a client certificate of another CA, which the engine must refuse). A
#                second engine we started earlier without that listener is restarted  (root)
#   images-b     the fixture images on it (pulled through the registry)             (venv)
#   world-b      the fixture world on it                                            (venv)
#   stop-b       stops the second dockerd (by PID file) and removes br-b             (root)
#
#   The ssh:// engine (the first engine reached through ssh, as `docker -H ssh://…` does):
#   start-ssh    openssh-server (apt) and an sshd of its own on 127.0.0.1:2222 only
#                (GORAE_SSH_PORT): its host key, a generated client key, authorized_keys,
#                log in $STATE_DIR/ssh, PID file $STATE_DIR/sshd.pid. Client side:
#                $STATE_DIR/ssh/client_config (Host gorae-ssh: that port and key, its own
#                known_hosts, BatchMode), included from ~/.ssh/config, so `ssh gorae-ssh`,
#                `docker -H ssh://gorae-ssh` and the docker SDK (use_ssh_client) reach
#                the local dockerd through it                                        (root)
#   stop-ssh     stops that sshd (by PID file)                                       (root)
#
#   The swarm engine (a single-node Docker Swarm for the service tests; never the two above):
#   install-s    its binaries: the second engine's (install-b), else the system's dockerd   (root)
#   start-s      its dockerd on unix:///var/run/docker-s.sock, bridge br-s 10.247.0.1/24, own
#                data/exec root, same registry mirror; then `docker swarm init` on it   (root)
#   stop-s       stops it (by PID file) and removes br-s                             (root)
#   status-s     is it up, is the swarm active
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
  ( close_inherited_fds; exec setsid docker-registry serve "$STATE_DIR/registry.yml" \
    </dev/null >>"$STATE_DIR/registry.log" 2>&1 ) &
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
  ( close_inherited_fds; exec setsid dockerd --registry-mirror "http://$REGISTRY_ADDR" --insecure-registry "$REGISTRY_ADDR" \
    </dev/null >>"$STATE_DIR/dockerd.log" 2>&1 ) &
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

# --------------------------------------------------------------------------- the second engine
# Debian trixie's docker.io (Engine 26.1, API 1.45) beside the first engine:
# unpacked, not installed — dpkg and the system's apt sources stay as they are. Its own
# socket, bridge (br-b), data root and exec root (so its own managed containerd); no
# iptables rules; published ports through its docker-proxy; the same registry mirror.
# NOT --default-address-pool (nor default-address-pools in a daemon.json): with it, a
# dockerd that restarts over an existing data root deletes the host's docker0 — the FIRST
# engine's bridge (moby daemon/daemon_unix.go configureNetworking, "Clear stale bridge
# network" -> removeDefaultBridgeInterface). start-b checks that docker0 survives.
B_HOST=unix:///var/run/docker-b.sock
B_DIR=$STATE_DIR/engine-b                     # root/ = the unpacked package, apt/ = private apt state
B_DOCKERD=$B_DIR/root/usr/sbin/dockerd
B_PROXY=$B_DIR/root/usr/sbin/docker-proxy
B_SUITE=trixie
B_VERSION_PREFIX=26.1.                        # what tests/conftest.py expects this engine to report
B_BRIDGE=br-b
B_BRIDGE_CIDR=10.231.0.1/24

B_TLS_PORT=${GORAE_ENGINE_B_TLS_PORT:-2376}
B_TLS_DIR=$STATE_DIR/tls-b

engine_b_up() { docker -H "$B_HOST" info >/dev/null 2>&1; }
engine_b_tls_up() {
  docker -H "tcp://127.0.0.1:$B_TLS_PORT" --tlsverify --tlscacert "$B_TLS_DIR/ca.pem" \
    --tlscert "$B_TLS_DIR/cert.pem" --tlskey "$B_TLS_DIR/key.pem" info >/dev/null 2>&1
}

# The TLS files of the second engine's tcp:// listener (openssl; made once, kept after):
# ca.pem/ca-key.pem, server-cert.pem/server-key.pem (127.0.0.1 and localhost),
# cert.pem/key.pem (the client, signed by ca.pem) and wrong/{ca,cert,key}.pem (another CA's).
tls_certs_b() {
  local d=$B_TLS_DIR
  [ -f "$d/ca.pem" ] && [ -f "$d/server-cert.pem" ] && [ -f "$d/cert.pem" ] && [ -f "$d/wrong/cert.pem" ] && return
  command -v openssl >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q openssl
  rm -rf "$d.new" && mkdir -p "$d.new/wrong" && chmod 700 "$d.new"
  (
    cd "$d.new"
    umask 077
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=gorae test CA (engine b)" \
      -keyout ca-key.pem -out ca.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server-key.pem -out server.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 \
      -extfile server.ext -out server-cert.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=gorae-tests" -keyout key.pem -out client.csr 2>/dev/null
    printf 'extendedKeyUsage=clientAuth\n' >client.ext
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 \
      -extfile client.ext -out cert.pem 2>/dev/null
    cd wrong
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=some other CA" \
      -keyout ca-key.pem -out ca.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=gorae-tests" -keyout key.pem -out client.csr 2>/dev/null
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 \
      -extfile ../client.ext -out cert.pem 2>/dev/null
    rm -f ../*.csr ./*.csr
  ) || die "openssl could not make the TLS files of the second engine"
  rm -rf "$d" && mv "$d.new" "$d"
  say "TLS files for the second engine's tcp:// listener in $d"
}

# apt-get with a private configuration: trixie as its only source, its own lists and cache,
# so nothing the system's apt does changes (no pinning needed, no trixie package installable).
apt_b() {
  apt-get -q -o Dir::Etc::SourceList="$B_DIR/apt/sources.list" -o Dir::Etc::SourceParts=/nonexistent \
    -o Dir::State::Lists="$B_DIR/apt/lists" -o Dir::Cache::Archives="$B_DIR/apt/archives" \
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o APT::Sandbox::User=root "$@"
}

cmd_install_b() {
  if [ -x "$B_DOCKERD" ] && [ -x "$B_PROXY" ]; then
    say "second engine present: $("$B_DOCKERD" --version) in $B_DIR/root"; return
  fi
  is_root || die "second engine not unpacked: run as root (sudo $0 install-b)"
  command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || die "install-b needs apt-get and dpkg-deb (Debian)"
  if ! command -v ip >/dev/null; then     # start-b makes its bridge with ip(8)
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q iproute2
  fi
  mkdir -p "$B_DIR/apt/lists/partial" "$B_DIR/apt/archives/partial"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $B_SUITE main" \
    >"$B_DIR/apt/sources.list"
  say "downloading docker.io from Debian $B_SUITE (private apt state in $B_DIR/apt)"
  apt_b update >/dev/null
  local deb tmp
  tmp=$(mktemp -d "$B_DIR/dl.XXXXXX")
  ( cd "$tmp" && apt_b download "docker.io/$B_SUITE" >/dev/null )
  deb=$(ls "$tmp"/docker.io_*.deb) || die "apt-get download docker.io/$B_SUITE gave no .deb"
  rm -rf "$B_DIR/root.new" && mkdir -p "$B_DIR/root.new"
  dpkg-deb -x "$deb" "$B_DIR/root.new"
  rm -rf "$tmp" "$B_DIR/root" && mv "$B_DIR/root.new" "$B_DIR/root"
  [ -x "$B_DOCKERD" ] && [ -x "$B_PROXY" ] || die "the package has no usr/sbin/dockerd + docker-proxy"
  say "second engine unpacked: $("$B_DOCKERD" --version)"
  "$B_DOCKERD" --version | grep -q "version $B_VERSION_PREFIX" ||
    say "warning: expected Engine ${B_VERSION_PREFIX}x from $B_SUITE; the tests will say so"
}

# Every daemon started here keeps no inherited descriptor: started under `flock /tmp/gorae-e2e.lock`
# (or any flock), it would otherwise hold that lock for as long as it runs.
close_inherited_fds() {   # in a subshell that then execs the daemon (fd 255: bash's own script)
  local fd me=$BASHPID
  for fd in $(ls "/proc/$me/fd" 2>/dev/null); do
    if [ "$fd" -gt 2 ] && [ "$fd" != 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

start_bridge_b() {
  if ! ip link show "$B_BRIDGE" >/dev/null 2>&1; then
    ip link add "$B_BRIDGE" type bridge
    touch "$STATE_DIR/$B_BRIDGE.created"      # stop-b removes only a bridge we made
  fi
  ip -4 addr show dev "$B_BRIDGE" | grep -q "inet $B_BRIDGE_CIDR" || ip addr add "$B_BRIDGE_CIDR" dev "$B_BRIDGE"
  ip link set "$B_BRIDGE" up
}

cmd_start_b() {
  if engine_b_up && [ -f "$B_TLS_DIR/cert.pem" ] && engine_b_tls_up; then
    say "second engine already reachable on $B_HOST and tcp://127.0.0.1:$B_TLS_PORT (TLS) ($(docker -H "$B_HOST" info --format '{{.ServerVersion}}' 2>/dev/null))"
    return
  fi
  is_root || die "no second engine on $B_HOST with its TLS listener, and starting it needs root (sudo $0 start-b)"
  tls_certs_b
  if engine_b_up && ! engine_b_tls_up; then
    pid_alive dockerd-b dockerd >/dev/null ||
      die "a second engine answers on $B_HOST but not on tcp://127.0.0.1:$B_TLS_PORT with TLS, and it is not ours to restart"
    say "the second engine has no TLS listener yet: restarting it with one"
    stop_pid dockerd-b dockerd
  fi
  [ -x "$B_DOCKERD" ] || die "second engine not unpacked: run '$0 install-b' first"
  command -v containerd >/dev/null && command -v runc >/dev/null ||
    die "containerd / runc missing (they come with docker.io: run '$0 install')"
  registry_up || start_registry     # its mirror; the first engine's, started once
  mkdir -p "$STATE_DIR"
  local had_docker0=no
  ip link show docker0 >/dev/null 2>&1 && had_docker0=yes
  start_bridge_b
  # the daemon keeps no inherited descriptor: run under `flock /tmp/gorae-e2e.lock`, it would
  # otherwise hold that lock for as long as it runs (every engineer's tests would wait forever)
  ( close_inherited_fds; exec setsid "$B_DOCKERD" --host "$B_HOST" --data-root /var/lib/docker-b --exec-root /var/run/docker-b \
    --pidfile /var/run/docker-b.pid --bridge "$B_BRIDGE" \
    --iptables=false --ip-masq=false --userland-proxy-path "$B_PROXY" \
    --registry-mirror "http://$REGISTRY_ADDR" --insecure-registry "$REGISTRY_ADDR" \
    --host "tcp://127.0.0.1:$B_TLS_PORT" --tlsverify --tlscacert "$B_TLS_DIR/ca.pem" \
    --tlscert "$B_TLS_DIR/server-cert.pem" --tlskey "$B_TLS_DIR/server-key.pem" \
    </dev/null >>"$STATE_DIR/dockerd-b.log" 2>&1 ) &
  echo $! >"$STATE_DIR/dockerd-b.pid"
  if ! wait_for 60 engine_b_up || ! wait_for 20 engine_b_tls_up; then
    tail -n 30 "$STATE_DIR/dockerd-b.log" >&2
    die "second dockerd did not answer on $B_HOST within 60 s (log: $STATE_DIR/dockerd-b.log)"
  fi
  if [ "$had_docker0" = yes ] && ! ip link show docker0 >/dev/null 2>&1; then
    die "starting the second engine removed docker0, the first engine's bridge (see the note above start-b)"
  fi
  say "second dockerd up on $B_HOST (pid $(cat "$STATE_DIR/dockerd-b.pid"), log $STATE_DIR/dockerd-b.log)"
}

cmd_stop_b() {
  stop_pid dockerd-b dockerd
  if [ -f "$STATE_DIR/$B_BRIDGE.created" ] && ! pid_alive dockerd-b dockerd >/dev/null; then
    ip link delete "$B_BRIDGE" 2>/dev/null && say "removed bridge $B_BRIDGE"
    rm -f "$STATE_DIR/$B_BRIDGE.created"
  fi
  return 0
}

cmd_status_b() {
  local pid
  if engine_b_up; then
    say "second engine up on $B_HOST, $(docker -H "$B_HOST" info --format 'server {{.ServerVersion}}, mirrors {{.RegistryConfig.Mirrors}}')"
    DOCKER_HOST=$B_HOST py status
  else
    say "second engine not reachable on $B_HOST"
  fi
  pid=$(pid_alive dockerd-b dockerd) && say "second dockerd started by this script: pid $pid"
  return 0
}

# --------------------------------------------------------------------------- the ssh:// engine
SSH_DIR=$STATE_DIR/ssh
SSH_PORT=${GORAE_SSH_PORT:-2222}
SSH_ALIAS=gorae-ssh                            # ssh://gorae-ssh in tests/conftest.py and bench/

ssh_engine_up() {
  timeout 20 ssh -F "$SSH_DIR/client_config" "$SSH_ALIAS" docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# ~/.ssh/config includes $SSH_DIR/client_config (one line, first, added once): the ssh program
# that docker and the docker SDK run reads it, as it reads a user's own hosts.
ssh_client_include() {
  local cfg="$HOME/.ssh/config" line="Include $SSH_DIR/client_config"
  mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
  grep -qxF "$line" "$cfg" 2>/dev/null && return
  { echo "$line"; cat "$cfg" 2>/dev/null || true; } >"$cfg.new"
  mv "$cfg.new" "$cfg" && chmod 600 "$cfg"
}

ssh_write_configs() {
  cat >"$SSH_DIR/sshd_config" <<EOF
# written by scripts/engine.sh start-ssh: the ssh:// engine of the tests, 127.0.0.1 only
ListenAddress 127.0.0.1
Port $SSH_PORT
HostKey $SSH_DIR/host_ed25519
PidFile $SSH_DIR/sshd-own.pid
AuthorizedKeysFile $SSH_DIR/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
AllowUsers root
X11Forwarding no
AllowTcpForwarding no
PrintMotd no
EOF
  echo "[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$SSH_DIR/host_ed25519.pub")" >"$SSH_DIR/known_hosts"
  cat >"$SSH_DIR/client_config" <<EOF
# written by scripts/engine.sh start-ssh (included from ~/.ssh/config)
Host $SSH_ALIAS
  HostName 127.0.0.1
  Port $SSH_PORT
  User root
  IdentityFile $SSH_DIR/client_ed25519
  IdentitiesOnly yes
  UserKnownHostsFile $SSH_DIR/known_hosts
  StrictHostKeyChecking yes
  BatchMode yes
  ConnectTimeout 5
EOF
}

cmd_start_ssh() {
  if pid_alive sshd sshd >/dev/null && ssh_engine_up; then
    ssh_client_include
    say "ssh engine already reachable as ssh://$SSH_ALIAS (127.0.0.1:$SSH_PORT)"; return
  fi
  is_root || die "no ssh engine, and starting its sshd needs root (sudo $0 start-ssh)"
  engine_up || die "no engine for the ssh engine to reach: run '$0 start' first"
  if [ ! -x /usr/sbin/sshd ]; then
    say "installing openssh-server"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q openssh-server >/dev/null ||
      { apt-get update -q >/dev/null && apt-get install -y -q openssh-server >/dev/null; } ||
      die "could not install openssh-server"
  fi
  [ -n "$SSH_DIR" ] || die "no state directory"
  mkdir -p "$SSH_DIR" /run/sshd && chmod 700 "$SSH_DIR"
  [ -f "$SSH_DIR/host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C gorae-ssh-host -f "$SSH_DIR/host_ed25519"
  [ -f "$SSH_DIR/client_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C gorae-ssh-client -f "$SSH_DIR/client_ed25519"
  cp "$SSH_DIR/client_ed25519.pub" "$SSH_DIR/authorized_keys" && chmod 600 "$SSH_DIR/authorized_keys"
  ssh_write_configs
  ssh_client_include
  if ! pid_alive sshd sshd >/dev/null; then
    /usr/sbin/sshd -t -f "$SSH_DIR/sshd_config" || die "sshd refuses its config ($SSH_DIR/sshd_config)"
    # -D: sshd stays the process we started (its own session), so the PID file is its PID
    ( close_inherited_fds; exec setsid /usr/sbin/sshd -D -f "$SSH_DIR/sshd_config" -E "$SSH_DIR/sshd.log" \
      </dev/null >/dev/null 2>&1 ) &
    echo $! >"$STATE_DIR/sshd.pid"
  fi
  wait_for 30 ssh_engine_up || { tail -n 20 "$SSH_DIR/sshd.log" >&2; die "the ssh engine did not answer (log: $SSH_DIR/sshd.log)"; }
  say "ssh engine up: ssh://$SSH_ALIAS -> 127.0.0.1:$SSH_PORT (sshd pid $(cat "$STATE_DIR/sshd.pid"), log $SSH_DIR/sshd.log)"
}

cmd_stop_ssh() { stop_pid sshd sshd; }

# --------------------------------------------------------------------------- the swarm engine
# A third dockerd, in swarm mode (a single-node swarm: `docker swarm init --advertise-addr
# 127.0.0.1`), for the Swarm service tests (issue 12). The shared engines (docker.sock,
# docker-b.sock) are never put into swarm mode. It reuses the binaries of the second engine
# (26.1, `install-b`) when they are unpacked, else the system's 20.10 dockerd; its own
# socket, data root, exec root, pidfile and bridge (br-s); the same registry mirror.
# Swarm's ingress (routing mesh) needs iptables/IPVS; this engine runs with
# --iptables=false like the second one, so the tests publish ports in `mode=host`.
S_HOST=unix:///var/run/docker-s.sock
S_BRIDGE=br-s
S_BRIDGE_CIDR=10.247.0.1/24             # not 10.231/10.232: the other engines' networks use them
S_GWBRIDGE_SUBNET=10.248.0.0/24          # swarm's docker_gwbridge, made before init (default: a 172.x the first engine may take)

engine_s_up() { docker -H "$S_HOST" info >/dev/null 2>&1; }
swarm_s_active() { [ "$(docker -H "$S_HOST" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null)" = active ]; }

s_binaries() {   # prints "DOCKERD PROXY"
  if [ -x "$B_DOCKERD" ] && [ -x "$B_PROXY" ]; then echo "$B_DOCKERD $B_PROXY"
  else echo "$(command -v dockerd) $(command -v docker-proxy || echo /usr/sbin/docker-proxy)"; fi
}

cmd_install_s() {
  # nothing of its own to install: the second engine's binaries, or the system's dockerd
  [ -x "$B_DOCKERD" ] || cmd_install_b || cmd_install
  say "swarm engine binaries: $(s_binaries)"
}

cmd_start_s() {
  if engine_s_up; then
    say "swarm engine already reachable on $S_HOST ($(docker -H "$S_HOST" info --format '{{.ServerVersion}}' 2>/dev/null))"
  else
    is_root || die "no swarm engine on $S_HOST, and starting it needs root (sudo $0 start-s)"
    command -v containerd >/dev/null && command -v runc >/dev/null ||
      die "containerd / runc missing (they come with docker.io: run '$0 install')"
    registry_up || start_registry
    mkdir -p "$STATE_DIR"
    local dockerd proxy had_docker0=no
    read -r dockerd proxy < <(s_binaries)
    ip link show docker0 >/dev/null 2>&1 && had_docker0=yes
    if ! ip link show "$S_BRIDGE" >/dev/null 2>&1; then
      ip link add "$S_BRIDGE" type bridge
      touch "$STATE_DIR/$S_BRIDGE.created"
    fi
    ip -4 addr show dev "$S_BRIDGE" | grep -q "inet $S_BRIDGE_CIDR" || ip addr add "$S_BRIDGE_CIDR" dev "$S_BRIDGE"
    ip link set "$S_BRIDGE" up
    ( close_inherited_fds; exec setsid "$dockerd" --host "$S_HOST" --data-root /var/lib/docker-s --exec-root /var/run/docker-s \
      --pidfile /var/run/docker-s.pid --bridge "$S_BRIDGE" \
      --iptables=false --ip-masq=false --userland-proxy-path "$proxy" \
      --registry-mirror "http://$REGISTRY_ADDR" --insecure-registry "$REGISTRY_ADDR" \
      </dev/null >>"$STATE_DIR/dockerd-s.log" 2>&1 ) &
    echo $! >"$STATE_DIR/dockerd-s.pid"
    if ! wait_for 60 engine_s_up; then
      tail -n 30 "$STATE_DIR/dockerd-s.log" >&2
      die "swarm dockerd did not answer on $S_HOST within 60 s (log: $STATE_DIR/dockerd-s.log)"
    fi
    if [ "$had_docker0" = yes ] && ! ip link show docker0 >/dev/null 2>&1; then
      die "starting the swarm engine removed docker0, the first engine's bridge"
    fi
    say "swarm dockerd up on $S_HOST (pid $(cat "$STATE_DIR/dockerd-s.pid"), log $STATE_DIR/dockerd-s.log)"
  fi
  if swarm_s_active; then
    say "swarm already active on $S_HOST"
  else
    docker -H "$S_HOST" network inspect docker_gwbridge >/dev/null 2>&1 ||
      docker -H "$S_HOST" network create --subnet "$S_GWBRIDGE_SUBNET" \
        --opt com.docker.network.bridge.name=docker_gwbridge \
        --opt com.docker.network.bridge.enable_icc=false \
        --opt com.docker.network.bridge.enable_ip_masquerade=false docker_gwbridge >/dev/null
    docker -H "$S_HOST" swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2377 >/dev/null ||
      die "docker swarm init failed on $S_HOST (log: $STATE_DIR/dockerd-s.log)"
    say "single-node swarm initialised on $S_HOST"
  fi
}

cmd_stop_s() {
  stop_pid dockerd-s dockerd
  ip link show docker_gwbridge >/dev/null 2>&1 && ! pid_alive dockerd-s dockerd >/dev/null &&
    ip link delete docker_gwbridge 2>/dev/null && say "removed bridge docker_gwbridge"
  if [ -f "$STATE_DIR/$S_BRIDGE.created" ] && ! pid_alive dockerd-s dockerd >/dev/null; then
    ip link delete "$S_BRIDGE" 2>/dev/null && say "removed bridge $S_BRIDGE"
    rm -f "$STATE_DIR/$S_BRIDGE.created"
  fi
  return 0
}

cmd_status_s() {
  local pid
  if engine_s_up; then
    say "swarm engine up on $S_HOST, $(docker -H "$S_HOST" info --format 'server {{.ServerVersion}}, swarm {{.Swarm.LocalNodeState}}')"
  else
    say "swarm engine not reachable on $S_HOST"
  fi
  pid=$(pid_alive dockerd-s dockerd) && say "swarm dockerd started by this script: pid $pid"
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
cmd_images_b() { engine_b_up || die "no second engine: run '$0 start-b' first"; DOCKER_HOST=$B_HOST py images; }
cmd_world_b() { engine_b_up || die "no second engine: run '$0 start-b' first"; DOCKER_HOST=$B_HOST py world; }

[ $# -gt 0 ] || { sed -n '2,48p' "$0"; exit 2; }
for arg in "$@"; do
  case "$arg" in
    install | start | images | world | stop | status) "cmd_$arg" ;;
    world-clean) cmd_world_clean ;;
    install-b | start-b | images-b | world-b | stop-b | status-b) "cmd_${arg//-/_}" ;;
    start-ssh | stop-ssh) "cmd_${arg//-/_}" ;;
    install-s | start-s | stop-s | status-s) "cmd_${arg//-/_}" ;;
    -h | --help | help) sed -n '2,48p' "$0" ;;
    *) die "unknown subcommand '$arg' (install start images world world-clean stop status; install-b start-b images-b world-b stop-b status-b; start-ssh stop-ssh; install-s start-s stop-s status-s)" ;;
  esac
done
