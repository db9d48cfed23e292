#!/usr/bin/env bash
# Install PostgreSQL from Debian's packages if missing, and start throwaway servers for tests.
#
#   scripts/start_postgres.sh install            install postgresql via apt when initdb is missing (needs root)
#   scripts/start_postgres.sh start DIR PORT     initdb in DIR (if empty) and start on 127.0.0.1:PORT;
#                                                prints the SQLAlchemy URL on stdout
#   scripts/start_postgres.sh stop DIR           stop the server whose data folder is DIR
#   scripts/start_postgres.sh                    install, then start in a new temp dir on a free port
#
# As root, initdb and postgres run as the `postgres` user (PostgreSQL refuses to run as root).
# The cluster trusts local connections: for tests only, never for a deployment.
set -euo pipefail

pg_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

as_pg() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install() {
    if [[ -n "$(pg_bin)" ]]; then return 0; fi
    if [[ $(id -u) -ne 0 ]]; then
        echo "PostgreSQL is not installed and this is not root: run 'sudo apt-get install -y postgresql'." >&2
        exit 1
    fi
    echo "Installing PostgreSQL from Debian's packages..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q postgresql >/dev/null
    [[ -n "$(pg_bin)" ]] || { echo "apt installed postgresql but no initdb was found under /usr/lib/postgresql" >&2; exit 1; }
}

start() {
    local dir=$1 port=$2 bin
    bin=$(pg_bin) || { echo "PostgreSQL binaries not found; run '$0 install' first." >&2; exit 1; }
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        as_pg "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/../initdb.log" 2>&1 \
            || as_pg "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --no-locale >"$dir/../initdb.log" 2>&1 \
            || { cat "$dir/../initdb.log" >&2; exit 1; }
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=on -c max_connections=100" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

stop() {
    local dir=$1 bin
    bin=$(pg_bin) || exit 0
    [[ -f "$dir/postmaster.pid" ]] || exit 0
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "${1:-}" in
    install) install ;;
    start) start "$2" "$3" ;;
    stop) stop "$2" ;;
    "")
        install
        base=$(mktemp -d /tmp/coach-pg-XXXXXX)
        chmod 755 "$base"
        port=$(free_port)
        url=$(start "$base/data" "$port")
        echo "$url"
        echo "stop with: $0 stop $base/data" >&2
        ;;
    *) echo "usage: $0 [install | start DIR PORT | stop DIR]" >&2; exit 2 ;;
esac
