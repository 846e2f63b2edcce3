#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: Debian's postgresql, own folder, loopback, free port.
#   eval "$(scripts/pg-cluster.sh start)"   exports TEST_DATABASE_URL and PG_CLUSTER_DIR
#   scripts/pg-cluster.sh stop "$PG_CLUSTER_DIR"
#   PG_DURABLE=1 keeps fsync and full-page writes on (benchmarks: commits cost what they cost in production).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "pg-cluster: no PostgreSQL server found; apt-get install postgresql" >&2; exit 1; }
# From /: the postgres user may not enter the caller's folder (mktemp -d is private).
as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/kultur-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Durability off unless asked for: a test cluster is thrown away, and fsync dominates its run time.
    durability="-c fsync=off -c full_page_writes=off"
    [ "${PG_DURABLE:-}" = 1 ] && durability="-c fsync=on -c full_page_writes=on"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=200" start >/dev/null \
      || { cat "$dir/log" >&2; exit 1; }
    echo "export PG_CLUSTER_DIR=$dir"
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=${2:?usage: pg-cluster.sh stop DIR}
    case "$dir" in /tmp/kultur-pg.*) ;; *) echo "pg-cluster: refusing to remove $dir" >&2; exit 1 ;; esac
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: pg-cluster.sh start | stop DIR" >&2; exit 2 ;;
esac
