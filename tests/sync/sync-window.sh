#!/usr/bin/env bash
# The real `kense` in a real X server (Xvfb) meeting the central PostgreSQL: a ЦОН desk with requests waiting,
# its administrator signs in, the status bar says what waits, F9 syncs in the background, and the status bar says
# online with nothing waiting. The password is read from the keychain (run inside with-keyring.sh) and must appear
# in no file Kense writes. Screenshots land in SCREENSHOT_DIR (sync-before-kk.png, sync-after-kk.png).
# Usage: sync-window.sh PATH/TO/kense PATH/TO/kensectl SCREENSHOT_DIR   (KENSE_TEST_PG_DIR: the test cluster)
set -euo pipefail
kense=$1
kensectl=$2
shots=${3:-$PWD/screenshots}
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export PGPASSWORD
PGPASSWORD=$(cat "$KENSE_TEST_PG_DIR/password")
server=$(cat "$KENSE_TEST_PG_DIR/url")
database="kw_$(date +%s%N)"
psql -q "$server" -c "CREATE DATABASE $database"
url="${server%/postgres}/$database"
"$kensectl" central init --url "$url" >/dev/null
hostport=${server#postgresql://kense@}
hostport=${hostport%/postgres}

export KENSE_DATA_DIR="$work/data"
db="$work/desk.sqlite"
echo 'window-admin-pass' | "$kensectl" db init --db "$db" --office KZOTSON01 --desk 3 \
    --admin admin --admin-name "Әкімші Қасымұлы" --password-stdin >/dev/null
"$kensectl" demo-data --count 20 --db "$db" --json >/dev/null
waiting=$(sqlite3 "$db" "SELECT count(*) FROM outbox")
# The administrator's settings as the dialog writes them; the password goes to the keychain only.
mkdir -p "$KENSE_DATA_DIR"
cat >"$KENSE_DATA_DIR/settings.ini" <<INI
[central]
host=${hostport%:*}
port=${hostport#*:}
database=$database
user=kense
interval_minutes=0
INI
unset PGPASSWORD
"$kensectl" central password --url "$url" --password-stdin <"$KENSE_TEST_PG_DIR/password" >/dev/null

KENSE=$kense DB=$db SHOTS=$shots xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -euo pipefail
    shot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$SHOTS/$1-kk.png"; }
    log="$KENSE_DATA_DIR/logs/kense.log"
    "$KENSE" --lang kk --db "$DB" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 600); do grep -q "showing the sign-in dialog" "$log" 2>/dev/null && break; sleep 0.1; done
    sleep 0.7
    win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)
    xdotool windowfocus --sync "$win"
    xdotool type --delay 30 "admin"; xdotool key Tab; xdotool type --delay 30 "window-admin-pass"; xdotool key Return
    for _ in $(seq 600); do xwininfo -root -tree 2>/dev/null | grep -q "Kense — " && break; sleep 0.1; done
    sleep 1
    shot sync-before
    main=$(xdotool search --sync --onlyvisible --name "Kense — " | head -1)
    xdotool windowfocus --sync "$main"
    xdotool key F9
    for _ in $(seq 600); do grep -q "sync of \"KZOTSON01-3\"" "$log" 2>/dev/null && break; sleep 0.1; done
    sleep 1.5
    shot sync-after
    kill $pid
    wait $pid || true
'
log="$KENSE_DATA_DIR/logs/kense.log"
grep -q "sync of \"KZOTSON01-3\" uploaded $waiting " "$log" ||
    { echo "the sync from the window did not upload the $waiting waiting changes" >&2; grep kense.sync "$log" >&2; exit 1; }
export PGPASSWORD
PGPASSWORD=$(cat "$KENSE_TEST_PG_DIR/password")
[ "$(psql -tA "$url" -c "SELECT count(*) FROM requests")" = 20 ] || { echo "the centre does not hold the 20 requests" >&2; exit 1; }
if grep -rqF "$PGPASSWORD" "$KENSE_DATA_DIR"; then
    echo "the password is in a file Kense wrote: $(grep -rlF "$PGPASSWORD" "$KENSE_DATA_DIR")" >&2
    exit 1
fi
echo "ok: the window synced $waiting changes from the keychain's password; screenshots in $shots"
