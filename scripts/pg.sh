#!/usr/bin/env bash
# scripts/pg.sh — a PostgreSQL of gorae's own for tests, CI and the bench (issue 13).
#
#   scripts/pg.sh install start          # subcommands run in the order given
#
#   install   Debian's `postgresql` package (the server binaries; its own `main` cluster is
#             not used and not touched)                                             (root)
#   start     initdb (once) into $GORAE_PG_DIR/data, then postgres on 127.0.0.1:$GORAE_PG_PORT
#             only (unix socket in $GORAE_PG_DIR/run), PID file $GORAE_PG_DIR/postgres.pid,
#             log $GORAE_PG_DIR/postgres.log; then the role and database for tests
#             (role gorae, password gorae, CREATEDB; database gorae)
#   stop      stops that postgres (pg_ctl stop -m fast on our own data directory only)
#   status    up or not, and the URL
#   url       prints the URL the tests use: postgresql://gorae:gorae@127.0.0.1:PORT/gorae
#
# Every subcommand is idempotent. As root the server runs as the `postgres` user; as any
# other user it runs as that user (then GORAE_PG_DIR must be writable by it).
# Overrides: GORAE_PG_DIR (default /var/lib/gorae-pg), GORAE_PG_PORT (default 55432) — a
# test can start a private cluster of its own with them (tests/pg.py does).
# The tests read the URL from GORAE_TEST_PG_URL, else the default above (tests/pg.py).
set -euo pipefail

PG_DIR=${GORAE_PG_DIR:-/var/lib/gorae-pg}
PG_PORT=${GORAE_PG_PORT:-55432}
PG_HOST=127.0.0.1
PG_ROLE=gorae
PG_PASSWORD=gorae         # a test role on a loopback-only server; never a production secret
PG_DB=gorae
DATA=$PG_DIR/data
RUN=$PG_DIR/run
LOG=$PG_DIR/postgres.log
PIDFILE=$PG_DIR/postgres.pid

say() { printf 'pg: %s\n' "$*"; }
die() { printf 'pg: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# The newest server binaries Debian installed (/usr/lib/postgresql/N/bin).
pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1) || true
  [ -n "$d" ] && [ -x "$d/postgres" ] || return 1
  echo "$d"
}

# as_pg CMD... -> runs CMD as the server's user (postgres when we are root).
as_pg() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_up() {
  local bin
  bin=$(pg_bin) || return 1
  "$bin/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -t 2
}

wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# In a subshell that then starts the server: close every descriptor but 0-2 (fd 255: bash's own script)
close_inherited_fds() {
  local fd me=$BASHPID
  for fd in $(ls "/proc/$me/fd" 2>/dev/null); do
    if [ "$fd" -gt 2 ] && [ "$fd" != 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}

url() { echo "postgresql://$PG_ROLE:$PG_PASSWORD@$PG_HOST:$PG_PORT/$PG_DB"; }

# ---------------------------------------------------------------------------
cmd_install() {
  if pg_bin >/dev/null; then say "server present: $("$(pg_bin)/postgres" --version)"; return; fi
  is_root || die "postgresql not installed: run as root (sudo $0 install)"
  say "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  # Debian's postinst would create and start its `main` cluster on 5432; we use our own.
  mkdir -p /etc/postgresql-common
  [ -f /etc/postgresql-common/createcluster.conf ] ||
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  apt-get update -q
  # confold: keep the createcluster.conf above without asking (there is no terminal under CI)
  apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold postgresql
  pg_bin >/dev/null || die "postgresql installed but no /usr/lib/postgresql/*/bin/postgres"
}

init_cluster() {
  local bin=$1
  [ -f "$DATA/PG_VERSION" ] && return
  say "initdb $DATA"
  mkdir -p "$PG_DIR"
  rm -rf "$DATA"
  mkdir -p "$DATA" "$RUN"
  is_root && chown -R postgres:postgres "$PG_DIR"
  chmod 700 "$DATA"
  as_pg "$bin/initdb" -D "$DATA" --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >/dev/null
  cat >>"$DATA/postgresql.conf" <<EOF

# written by scripts/pg.sh: loopback only, our own socket directory
listen_addresses = '$PG_HOST'
port = $PG_PORT
unix_socket_directories = '$RUN'
max_connections = 200
shared_buffers = 64MB
EOF
}

cmd_start() {
  local bin
  bin=$(pg_bin) || die "postgresql not installed: run '$0 install' first"
  if pg_up; then
    say "already answering on $PG_HOST:$PG_PORT"
  else
    init_cluster "$bin"
    mkdir -p "$RUN"
    is_root && chown postgres:postgres "$RUN" "$PG_DIR"
    touch "$LOG"
    is_root && chown postgres:postgres "$LOG"
    # pg_ctl -w: returns when the server accepts connections (or fails); setsid: a Ctrl-C in
    # the calling terminal does not reach it.
    # close_inherited_fds: the server keeps no descriptor of ours (a `flock` lock, if run under one)
    if ! ( close_inherited_fds; as_pg setsid "$bin/pg_ctl" start -w -t 60 -D "$DATA" -l "$LOG" </dev/null >/dev/null ); then
      tail -n 20 "$LOG" >&2
      die "postgres did not start (log: $LOG)"
    fi
    wait_for 30 pg_up || die "postgres started but does not answer on $PG_HOST:$PG_PORT (log: $LOG)"
  fi
  head -n 1 "$DATA/postmaster.pid" >"$PIDFILE" 2>/dev/null || true
  ensure_role
  say "up on $PG_HOST:$PG_PORT (pid $(cat "$PIDFILE" 2>/dev/null || echo '?'), log $LOG); $(url)"
}

# The test role and database (idempotent), as the cluster's superuser over the unix socket.
ensure_role() {
  local bin super
  bin=$(pg_bin)
  super=$(is_root && echo postgres || id -un)
  as_pg "$bin/psql" -q -h "$RUN" -p "$PG_PORT" -U "$super" -d postgres -v ON_ERROR_STOP=1 >/dev/null <<EOF
SET client_min_messages = warning;
SELECT 'CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD ''$PG_PASSWORD'''
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE') \gexec
SELECT 'CREATE DATABASE $PG_DB OWNER $PG_ROLE ENCODING ''UTF8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$PG_DB') \gexec
-- the tests drop their databases WITH (FORCE): an autovacuum worker on one is not the role's own
-- process, and terminating it needs pg_signal_backend (PostgreSQL 15: TerminateOtherDBBackends)
GRANT pg_signal_backend TO $PG_ROLE;
EOF
  # A data directory initdb'd elsewhere without a UTF-8 locale has SQL_ASCII databases: gorae copes
  # (its connections talk UTF8: bot/state/backend.py CLIENT_ENCODING), but say so
  local enc
  enc=$(as_pg "$bin/psql" -qAt -h "$RUN" -p "$PG_PORT" -U "$super" -d postgres \
    -c "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = '$PG_DB'") || enc=?
  [ "$enc" = UTF8 ] || say "warning: database $PG_DB is $enc, not UTF8 (made before scripts/pg.sh set -E UTF8?)"
}

cmd_stop() {
  local bin
  bin=$(pg_bin) || { say "not installed"; return 0; }
  if [ -f "$DATA/postmaster.pid" ] && as_pg "$bin/pg_ctl" status -D "$DATA" >/dev/null 2>&1; then
    say "stopping postgres of $DATA"
    as_pg "$bin/pg_ctl" stop -w -t 60 -m fast -D "$DATA" >/dev/null
  else
    say "postgres of $DATA not running"
  fi
  rm -f "$PIDFILE"
}

cmd_status() {
  if pg_up; then say "up on $PG_HOST:$PG_PORT; $(url)"; else say "not answering on $PG_HOST:$PG_PORT"; fi
  return 0
}

[ $# -gt 0 ] || { sed -n '2,21p' "$0"; exit 2; }
for arg in "$@"; do
  case "$arg" in
    install | start | stop | status) "cmd_$arg" ;;
    url) url ;;
    -h | --help | help) sed -n '2,21p' "$0" ;;
    *) die "unknown subcommand '$arg' (install start stop status url)" ;;
  esac
done
