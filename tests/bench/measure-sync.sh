#!/usr/bin/env bash
# The sync benchmark: a durable PostgreSQL 15 cluster on this machine, one desk uploading N requests with their
# events, a second pulling them.   usage: tests/bench/measure-sync.sh BENCH_SYNC [N] [BATCH]
set -euo pipefail
bench=${1:?path of bench_sync}
requests=${2:-100000}
batch=${3:-2000}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap '"$source_dir/scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
if [ "${KENSE_PROFILE:-0}" = 1 ]; then
    export PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c track_functions=pl"
fi
"$source_dir/scripts/pg-test-cluster.sh" start "$work/pg" --durable
export PGSSLROOTCERT=$work/pg/ca.crt # the cluster takes TLS only, checked against its own CA
export PGPASSWORD
PGPASSWORD=$(cat "$work/pg/password")
server=$(cat "$work/pg/url")
psql -q "$server" -c "CREATE DATABASE central"
[ "${KENSE_PROFILE:-0}" = 1 ] && psql -q "${server%/postgres}/central" -c "CREATE EXTENSION pg_stat_statements"
"$bench" --url "${server%/postgres}/central" --requests "$requests" --batch "$batch" --dir "$work/desks"
psql -tA "${server%/postgres}/central" -c "SELECT 'central database size: ' || pg_size_pretty(pg_database_size('central'))"
if [ "${KENSE_PROFILE:-0}" = 1 ]; then
    sleep 1 # the sessions' counts reach the server's statistics as they end
    psql "${server%/postgres}/central" -c "SELECT funcname, calls, round(total_time) AS total_ms, round(self_time) AS self_ms
        FROM pg_stat_user_functions ORDER BY self_time DESC LIMIT 15"
    psql "${server%/postgres}/central" -c "SELECT calls, round(total_exec_time) AS ms,
        left(regexp_replace(query, '\s+', ' ', 'g'), 140) AS statement FROM pg_stat_statements
        ORDER BY total_exec_time DESC LIMIT 20"
fi
