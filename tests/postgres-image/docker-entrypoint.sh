#!/bin/bash
# The official postgres image's start-up contract, for the deploy tests' PostgreSQL image (Dockerfile
# beside this file). `postgres [options]` (or only options): as root, make PGDATA and the socket
# directory the postgres user's and run again as that user; on the first start (no PG_VERSION in
# PGDATA) initdb (UTF8) with POSTGRES_USER (default postgres) and the password of POSTGRES_PASSWORD or the
# file POSTGRES_PASSWORD_FILE names, allow that password from any address (scram-sha-256), create
# POSTGRES_DB (default: the user's name); then run the server on 5432, every address. Any other
# command runs as it is. Not supported (not used by deploy/): /docker-entrypoint-initdb.d,
# POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD other than the default.
set -Eeuo pipefail

if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi
[ "$1" = postgres ] || exec "$@"

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql
  chown postgres:postgres /var/run/postgresql
  chmod 3777 /var/run/postgresql
  [ "$(stat -c %U "$PGDATA")" = postgres ] || chown -R postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [ -n "${POSTGRES_PASSWORD_FILE:-}" ]; then
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    echo "error: both POSTGRES_PASSWORD and POSTGRES_PASSWORD_FILE are set (they are exclusive)" >&2
    exit 1
  fi
  POSTGRES_PASSWORD="$(< "$POSTGRES_PASSWORD_FILE")"
fi
POSTGRES_USER="${POSTGRES_USER:-postgres}"
POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "${POSTGRES_PASSWORD:-}" ]; then
    echo "error: the database is uninitialized and no superuser password is given:" \
         "set POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE" >&2
    exit 1
  fi
  initdb --username="$POSTGRES_USER" --encoding=UTF8 --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
         --auth-local=trust --auth-host=scram-sha-256 -D "$PGDATA" >/dev/null
  printf '\nhost all all all scram-sha-256\n' >> "$PGDATA/pg_hba.conf"
  printf "\nlisten_addresses = '*'\n" >> "$PGDATA/postgresql.conf"
  # a server on the socket only, while the database is made
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  if [ "$POSTGRES_DB" != postgres ]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -q \
         -c "CREATE DATABASE \"$POSTGRES_DB\"" 
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  echo "PostgreSQL init process complete; ready for start up."
fi

exec "$@"
