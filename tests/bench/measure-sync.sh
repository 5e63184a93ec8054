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
"$source_dir/scripts/pg-test-cluster.sh" start "$work/pg" --durable
export PGSSLROOTCERT=$work/pg/ca.crt # the cluster takes TLS only, checked against its own CA
export PGPASSWORD
PGPASSWORD=$(cat "$work/pg/password")
server=$(cat "$work/pg/url")
psql -q "$server" -c "CREATE DATABASE central"
"$bench" --url "${server%/postgres}/central" --requests "$requests" --batch "$batch" --dir "$work/desks"
psql -tA "${server%/postgres}/central" -c "SELECT 'central database size: ' || pg_size_pretty(pg_database_size('central'))"
