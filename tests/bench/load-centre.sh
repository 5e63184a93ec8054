#!/usr/bin/env bash
# The centre under an oblast's load: a durable PostgreSQL cluster on this machine (loopback, TLS), N simulated ЦОН
# desks registering requests and syncing on a schedule, all at once, for a bounded time; then the cluster is removed.
#   tests/bench/load-centre.sh LOAD_CENTRE [DESKS] [MINUTES] [RATE] [SYNC_EVERY] [PER_OFFICE]
#   e.g. tests/bench/load-centre.sh build/bench/tests/bench/load_centre 200 5 5 60 4
# Prints the sync latency (p50/p99/max), changes per second, errors and the server's CPU; exits 1 on an error or a
# request not at the centre exactly once.
set -euo pipefail
bench=${1:?path of load_centre}
desks=${2:-200}
minutes=${3:-5}
rate=${4:-5}
sync_every=${5:-60}
per_office=${6:-4}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap '"$source_dir/scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
PG_MAX_CONNECTIONS=$((desks + 20)) "$source_dir/scripts/pg-test-cluster.sh" start "$work/pg" --durable
export PGSSLROOTCERT=$work/pg/ca.crt # the cluster takes TLS only, checked against its own CA
export PGPASSWORD
PGPASSWORD=$(cat "$work/pg/password")
server=$(cat "$work/pg/url")
psql -q "$server" -c "CREATE DATABASE central"
pid=$(head -n 1 "$(cat "$work/pg/home")/data/postmaster.pid")
"$bench" --url "${server%/postgres}/central" --dir "$work/desks" --desks "$desks" --minutes "$minutes" \
    --rate "$rate" --sync-every "$sync_every" --per-office "$per_office" --server-pid "$pid"
psql -tA "${server%/postgres}/central" -c "SELECT 'central database size: ' || pg_size_pretty(pg_database_size('central'))"
