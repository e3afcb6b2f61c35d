# Sourced by ./test: gives the PostgreSQL tests a server in MANDAAT_TEST_PG.
# When MANDAAT_TEST_PG is set already, that server is used as it is. Otherwise a throwaway server is
# started: postgresql installed from the OS packages when missing, initdb into a temporary folder as a
# non-root user (initdb refuses root), pg_ctl start on a free loopback port, stopped and removed on exit.
# Small settings on purpose: CI machines have two cores, and fsync is pointless for a throwaway cluster.

mandaat_pg_bin() {
  local dir
  for dir in "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

mandaat_pg_install() {
  echo "Installing PostgreSQL from the OS packages…" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  $sudo apt-get update -qq >/dev/null 2>&1 &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null 2>&1
}

mandaat_pg_free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

mandaat_pg_start() {
  local bin port user run
  bin="$(mandaat_pg_bin)" || { mandaat_pg_install && bin="$(mandaat_pg_bin)"; } || {
    echo "error: PostgreSQL is not installed and could not be installed (apt-get install postgresql); set MANDAAT_TEST_PG to a server" >&2
    return 1
  }
  port="$(mandaat_pg_free_port)" || { echo "error: no free loopback port for the test PostgreSQL server" >&2; return 1; }
  MANDAAT_PG_DIR="$(mktemp -d /tmp/mandaat-pg.XXXXXX)"
  run=()
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id -u "$user" >/dev/null 2>&1 || user=nobody
    chown "$user" "$MANDAAT_PG_DIR"
    run=(runuser -u "$user" --)
  fi
  chmod 700 "$MANDAAT_PG_DIR"
  MANDAAT_PG_RUN=("${run[@]}")
  MANDAAT_PG_CTL="$bin/pg_ctl"
  if ! "${run[@]}" "$bin/initdb" -D "$MANDAAT_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$MANDAAT_PG_DIR/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2
    tail -5 "$MANDAAT_PG_DIR/initdb.log" >&2
    return 1
  fi
  local options="-c listen_addresses=127.0.0.1 -p $port -k $MANDAAT_PG_DIR -c shared_buffers=32MB -c max_connections=50 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if ! "${run[@]}" "$bin/pg_ctl" -D "$MANDAAT_PG_DIR/data" -l "$MANDAAT_PG_DIR/server.log" -o "$options" -w -t 60 start >/dev/null 2>&1; then
    echo "error: the test PostgreSQL server did not start:" >&2
    tail -5 "$MANDAAT_PG_DIR/server.log" >&2
    return 1
  fi
  export MANDAAT_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL test server on 127.0.0.1:$port ($MANDAAT_PG_DIR)" >&2
}

mandaat_pg_stop() {
  if [ -n "${MANDAAT_PG_DIR:-}" ] && [ -d "$MANDAAT_PG_DIR" ]; then
    "${MANDAAT_PG_RUN[@]}" "$MANDAAT_PG_CTL" -D "$MANDAAT_PG_DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$MANDAAT_PG_DIR"
  fi
}

if [ -z "${MANDAAT_TEST_PG:-}" ]; then
  MANDAAT_PG_RUN=()
  # Keep whatever exit trap another setup script installed, and add ours.
  mandaat_pg_previous_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
  trap "mandaat_pg_stop; ${mandaat_pg_previous_trap:-:}" EXIT
  mandaat_pg_start
fi
