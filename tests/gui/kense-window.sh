#!/usr/bin/env bash
# Starts the real `kense` in a real X server (Xvfb) in Kazakh and in Russian on a desk database that kensectl set up,
# signs in by typing into the sign-in dialog (xdotool), waits for the main window and saves screenshots of both.
# Usage: kense-window.sh PATH/TO/kense PATH/TO/kensectl SCREENSHOT_DIR
set -euo pipefail
kense=$1
kensectl=$2
shots=${3:-$PWD/screenshots}
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in kk ru; do
    export KENSE_DATA_DIR="$work/data-$lang"
    db="$work/desk-$lang.sqlite"
    echo 'window-test-pass' | "$kensectl" db init --db "$db" --office KZOTSON01 --desk 1 \
        --admin admin --admin-name "Әкімші Қасымұлы" --password-stdin >/dev/null
    "$kensectl" demo-data --count 40 --db "$db" --json >/dev/null # something for the journal to show
    KENSE=$kense DB=$db LANG_UI=$lang SHOTS=$shots xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        set -euo pipefail
        wait_for() { # a window whose title has $1, up to a minute (a busy machine creates databases slowly)
            for _ in $(seq 600); do
                xwininfo -root -tree 2>/dev/null | grep -q "$1" && return 0
                sleep 0.1
            done
            return 1
        }
        shot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$SHOTS/$1-$LANG_UI.png"; }
        "$KENSE" --lang "$LANG_UI" --db "$DB" >/dev/null 2>&1 &
        pid=$!
        grep_log() { grep -q "$1" "$KENSE_DATA_DIR/logs/kense.log" 2>/dev/null; }
        for _ in $(seq 600); do grep_log "showing the sign-in dialog" && break; sleep 0.1; done
        grep_log "showing the sign-in dialog" || { echo "no sign-in dialog" >&2; kill $pid; exit 1; }
        sleep 0.7
        shot sign-in
        # Xvfb has no window manager to give the dialog the keyboard: focus it, then type as a clerk would.
        win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)
        xdotool windowfocus --sync "$win"
        xdotool type --delay 30 "admin"; xdotool key Tab; xdotool type --delay 30 "window-test-pass"; xdotool key Return
        if ! wait_for "Kense — $(basename "$DB")"; then
            echo "no main window appeared after signing in" >&2; kill $pid 2>/dev/null || true; exit 1
        fi
        sleep 0.7 # let it paint
        shot main-window
        kill $pid
        wait $pid || true
    '
    grep -q "signed in: \"admin\"" "$KENSE_DATA_DIR/logs/kense.log" || { echo "the log does not say who signed in" >&2; exit 1; }
    grep -q "opened .*$(basename "$db")" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "the log does not say which database was opened" >&2; exit 1; }
    echo "ok: $lang — signed in, main window shown; screenshots in $shots"
done
