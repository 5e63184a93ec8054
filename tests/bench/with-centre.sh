#!/usr/bin/env bash
# Runs a command against a throw-away durable PostgreSQL cluster on this machine (loopback, TLS only) with an empty
# database "central", then removes the cluster. The command finds CENTRE_URL (the owner's URL of "central"),
# PGPASSWORD, PGSSLROOTCERT and SERVER_PID (the postmaster's, for its CPU) in its environment; WORK_DIR is a
# directory of its own for files. PG_MAX_CONNECTIONS sets the server's max_connections (default 60).
#   tests/bench/with-centre.sh COMMAND [ARGS...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: with-centre.sh COMMAND [ARGS...]" >&2; exit 2; }
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap '"$source_dir/scripts/pg-test-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$source_dir/scripts/pg-test-cluster.sh" start "$work/pg" --durable
export PGSSLROOTCERT=$work/pg/ca.crt # the cluster takes TLS only, checked against its own CA
export PGPASSWORD CENTRE_URL SERVER_PID WORK_DIR
PGPASSWORD=$(cat "$work/pg/password")
server=$(cat "$work/pg/url")
psql -q "$server" -c "CREATE DATABASE central"
CENTRE_URL=${server%/postgres}/central
SERVER_PID=$(head -n 1 "$(cat "$work/pg/home")/data/postmaster.pid")
WORK_DIR=$work/run
mkdir -p "$WORK_DIR"
"$@"
psql -tA "$CENTRE_URL" -c "SELECT 'central database size: ' || pg_size_pretty(pg_database_size('central'))"
