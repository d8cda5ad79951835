#!/usr/bin/env bash
# Sourced by build scripts: a throwaway PostgreSQL server owned by the calling script.
#   pg_install_if_missing  installs Debian's postgresql package when no server binaries exist
#   pg_start               initialises a data directory in a temp folder, starts on a free port, sets PG_PORT
#   pg_stop                stops the server and deletes its data (registered as an EXIT trap by pg_start)

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

pg_install_if_missing() {
  if pg_bin_dir >/dev/null; then return 0; fi
  echo "PostgreSQL is not installed; installing Debian's postgresql package..."
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  pg_bin_dir >/dev/null || { echo "PostgreSQL installation failed" >&2; return 1; }
}

pg_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres system user.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local bin; bin=$(pg_bin_dir)
  PG_DIR=$(mktemp -d /tmp/customiseyou-pg.XXXXXX)
  PG_PORT=$(pg_free_port)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  # Durability is pointless for a throwaway test server; speed is not.
  pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  trap pg_stop EXIT
  export PG_PORT PG_DIR PG_BIN="$bin"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

pg_create_database() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE \"$1\"" >/dev/null
}
