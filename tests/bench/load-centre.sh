#!/usr/bin/env bash
# The centre under an oblast's load: a durable PostgreSQL cluster on this machine (loopback, TLS), N simulated ЦОН
# desks registering requests and syncing on a schedule, all at once, for a bounded time; then the cluster is removed.
#   tests/bench/load-centre.sh LOAD_CENTRE [DESKS] [MINUTES] [RATE] [SYNC_EVERY] [PER_OFFICE]
#   e.g. tests/bench/load-centre.sh build/bench/tests/bench/load_centre 200 5 5 60 5
# Prints the sync latency (p50/p99/max), changes per second, errors and the server's CPU; exits 1 on an error or a
# request not at the centre exactly once.
set -euo pipefail
bench=${1:?path of load_centre}
desks=${2:-200}
minutes=${3:-5}
rate=${4:-5}
sync_every=${5:-60}
per_office=${6:-5}
# shellcheck disable=SC2016 # expanded by the inner shell, where with-centre.sh has set them
PG_MAX_CONNECTIONS=$((desks + 20)) "$(dirname "$0")/with-centre.sh" bash -c \
    '"$0" --url "$CENTRE_URL" --dir "$WORK_DIR/desks" --server-pid "$SERVER_PID" "$@"' "$bench" \
    --desks "$desks" --minutes "$minutes" --rate "$rate" --sync-every "$sync_every" --per-office "$per_office"
