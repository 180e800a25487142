#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1:5432 for the EF Core store tests, with role and database
# scim/scim (password scim). Installs Debian's postgresql package when missing. Idempotent: when the server
# already answers, it only makes sure the role and database exist. Run as root (CI containers, dev machines).
#   SCIM_PG_DATA   data directory (default /tmp/scim-postgres/data)
#   SCIM_PG_PORT   port (default 5432)
set -euo pipefail

DATA_DIR="${SCIM_PG_DATA:-/tmp/scim-postgres/data}"
PORT="${SCIM_PG_PORT:-5432}"
LOG_FILE="$(dirname "$DATA_DIR")/postgres.log"

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then echo "$dir"; fi
}

as_postgres() { su postgres -s /bin/sh -c "$*"; }

ensure_role_and_database() {
  local psql="$1/psql -h 127.0.0.1 -p $PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq"
  if [[ "$(as_postgres "$psql -c \"SELECT 1 FROM pg_roles WHERE rolname = 'scim'\"")" != "1" ]]; then
    as_postgres "$psql -c \"CREATE ROLE scim LOGIN SUPERUSER PASSWORD 'scim'\""
  fi
  if [[ "$(as_postgres "$psql -c \"SELECT 1 FROM pg_database WHERE datname = 'scim'\"")" != "1" ]]; then
    as_postgres "$psql -c \"CREATE DATABASE scim OWNER scim\""
  fi
}

BIN="$(find_bin)"
if [[ -z "$BIN" ]]; then
  echo "Installing PostgreSQL (Debian package postgresql)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  BIN="$(find_bin)"
  # The package may start its own cluster on 5432; ours replaces it.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version name _; do
      pg_ctlcluster "$version" "$name" stop 2>/dev/null || true
    done
  fi
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  ensure_role_and_database "$BIN"
  echo "PostgreSQL already running on 127.0.0.1:$PORT."
  exit 0
fi

mkdir -p "$(dirname "$DATA_DIR")"
chown postgres:postgres "$(dirname "$DATA_DIR")"
if [[ ! -s "$DATA_DIR/PG_VERSION" ]]; then
  rm -rf "$DATA_DIR"
  as_postgres "$BIN/initdb -D '$DATA_DIR' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null"
fi

# Throwaway cluster: durability off for speed; enough connections for parallel test classes.
as_postgres "$BIN/pg_ctl -D '$DATA_DIR' -l '$LOG_FILE' -w -t 60 start -o \"-h 127.0.0.1 -p $PORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"" >/dev/null
ensure_role_and_database "$BIN"
echo "PostgreSQL started on 127.0.0.1:$PORT (data in $DATA_DIR, log in $LOG_FILE)."
