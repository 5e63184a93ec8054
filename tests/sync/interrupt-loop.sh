#!/usr/bin/env bash
# Cuts syncs at random points, N times: the client killed (kill -9) or the server stopped hard (as by a power cut)
# while two ЦОН desks of one office upload and pull, with new requests taken between the cuts. Afterwards every
# request must be at the centre exactly once, and both desks and the centre must hold the same requests in the same
# states. The suite runs it 20 times; for the issue's 100: tests/sync/interrupt-loop.sh KENSECTL 100
#   usage: interrupt-loop.sh KENSECTL N [SOURCE_DIR]
set -euo pipefail

kensectl=${1:?kensectl}
runs=${2:?number of runs}
source_dir=${3:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)

pg="$work/pg"
cleanup() { "$source_dir/scripts/pg-test-cluster.sh" stop "$pg" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

# Durable: a server stopped hard must keep what it committed, as a real one does.
"$source_dir/scripts/pg-test-cluster.sh" start "$pg" --durable >/dev/null
export PGSSLROOTCERT=$pg/ca.crt # the cluster takes TLS only, checked against its own CA
export PGPASSWORD
PGPASSWORD=$(cat "$pg/password")
server=$(cat "$pg/url")
psql -q "$server" -c "CREATE DATABASE central" >/dev/null
url=${server%/postgres}/central
"$kensectl" central init --url "$url" >/dev/null
# Each desk syncs with its own login (central desk add), as at a real centre; the checks below read as the owner.
desk_password=desk-pass-2026-kz
desk_url() { # CODE
    local role
    role=$(printf '%s\n' "$desk_password" | "$kensectl" central desk add "$1" --password-stdin --url "$url" --json |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["role"])')
    echo "postgresql://$role@${url#postgresql://*@}"
}
declare -A login

export KENSE_DATA_DIR="$work/data" # the desks' settings, not this account's
a="$work/a.sqlite"
b="$work/b.sqlite"
echo desk-admin-1 | "$kensectl" db init --db "$a" --office KZOTSON01 --desk 1 --admin admin --password-stdin >/dev/null
echo desk-admin-1 | "$kensectl" db init --db "$b" --office KZOTSON01 --desk 2 --admin admin --password-stdin >/dev/null
login[$a]=$(desk_url KZOTSON01-1)
login[$b]=$(desk_url KZOTSON01-2)

kills=0
cuts=0
for i in $(seq 1 "$runs"); do
    "$kensectl" demo-data --db "$a" --count 12 --seed "$i" >/dev/null 2>&1
    "$kensectl" demo-data --db "$b" --count 8 --seed "$((1000 + i))" >/dev/null 2>&1
    case $((i % 4)) in
    0 | 2) desk=$a ;;
    *) desk=$b ;;
    esac
    # Small batches, so that a cut lands between, inside and after them.
    PGPASSWORD=$desk_password "$kensectl" sync --db "$desk" --url "${login[$desk]}" --batch 7 >/dev/null 2>&1 &
    pid=$!
    sleep "0.$(printf '%03d' $((RANDOM % 200)))"
    if [ $((i % 2)) = 0 ]; then
        kill -9 "$pid" 2>/dev/null && kills=$((kills + 1)) || true
        wait "$pid" 2>/dev/null || true
    else
        "$source_dir/scripts/pg-test-cluster.sh" restart "$pg"
        # The client saw the server go away (exit 1) unless it had finished before the cut.
        wait "$pid" 2>/dev/null || cuts=$((cuts + 1))
    fi
done

# With the link back: the desks sync until nothing is waiting, and the last pull brings each the other's changes.
for desk in "$a" "$b" "$a"; do
    PGPASSWORD=$desk_password "$kensectl" sync --db "$desk" --url "${login[$desk]}" >/dev/null
done

fail() {
    echo "interrupt-loop: $*" >&2
    [ -n "${KEEP_FAILURE:-}" ] && cp -r "$work" "$KEEP_FAILURE" && echo "kept in $KEEP_FAILURE" >&2
    exit 1
}
states() { sqlite3 "$1" "SELECT number || ' ' || state FROM requests ORDER BY number"; }
total=$(sqlite3 "$a" "SELECT count(*) FROM requests")
[ "$total" -gt 0 ] || fail "no requests were made"
centre_total=$(psql -tA "$url" -c "SELECT count(*) FROM requests")
centre_distinct=$(psql -tA "$url" -c "SELECT count(DISTINCT number) FROM requests")
[ "$centre_total" = "$total" ] || fail "the centre holds $centre_total requests, desk 1 $total"
[ "$centre_distinct" = "$total" ] || fail "the centre holds a request twice"
for desk in "$a" "$b"; do
    own=$(sqlite3 "$desk" "SELECT count(*) FROM outbox")
    desk_code=$(sqlite3 "$desk" "SELECT o.code || '-' || d.code FROM this_desk t JOIN desks d ON d.id = t.desk_id JOIN offices o ON o.id = d.office_id")
    at_centre=$(psql -tA "$url" -c "SELECT count(*) FROM events WHERE desk = '$desk_code'")
    [ "$own" = "$at_centre" ] || fail "desk $desk_code made $own changes, the centre holds $at_centre of them"
    [ "$(sqlite3 "$desk" "SELECT count(*) FROM outbox WHERE seq > (SELECT value FROM sync_marks WHERE name = 'uploaded')")" = 0 ] ||
        fail "desk $desk_code still has changes waiting"
done
if [ "$(states "$a")" != "$(states "$b")" ]; then
    diff <(states "$a") <(states "$b") | head -20 >&2 || true
    fail "the desks do not hold the same requests in the same states"
fi
[ "$(states "$a")" = "$(psql -tA "$url" -c "SELECT number || ' ' || state FROM requests ORDER BY number")" ] ||
    fail "the centre does not hold what the desks hold"
[ "$(psql -tA "$url" -c "SELECT count(*) FROM requests WHERE conflict")" = 0 ] || fail "a cut made a conflict"
echo "interrupt-loop: $runs runs through the desks' own logins ($kills clients killed while syncing, $cuts syncs cut by the server's stop): $total requests, each once at the centre; both desks and the centre agree"
