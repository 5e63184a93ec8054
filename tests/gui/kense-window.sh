#!/usr/bin/env bash
# Starts the real `kense` in a real X server (Xvfb) in Kazakh and in Russian on a desk database that kensectl set up,
# signs in by typing into the sign-in dialog (xdotool), waits for the main window, then walks one intake from the
# keyboard as a ЦОН operator would (Ctrl+N, the service, the applicant, the graduate, the documents, Register) and
# saves screenshots of each step, the receipt's preview and the journal with the new request; then signs out (Ctrl+L)
# and signs in as the administrator on the same database.
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
    echo 'window-test-pass' | "$kensectl" db init --db "$db" --office KZOTSON01 --desk 1 --services all \
        --admin admin --admin-name "Әкімші Қасымұлы" --password-stdin >/dev/null
    "$kensectl" demo-data --count 40 --db "$db" --json >/dev/null # something for the journal to show
    printf 'window-test-pass\noperator-pass-1\n' | "$kensectl" user add aigul --name "Серікбаева Айгүл" \
        --roles tson_operator --as admin --password-stdin --db "$db" >/dev/null
    # Where the duplicate of VKO is in the wizard's list: the services in force taken at a ЦОН desk, in catalog order.
    downs=$("$kensectl" catalog list --json | python3 -c '
import json, sys
offered = [v["id"] for v in json.load(sys.stdin) if not v["excluded"] and "tson" in v["channels"]]
print(offered.index("duplicate-secondary-edu-vko"))')
    KENSE=$kense DB=$db LANG_UI=$lang SHOTS=$shots DOWNS=$downs xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
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
        xdotool type --delay 30 "aigul"; xdotool key Tab; xdotool type --delay 30 "operator-pass-1"; xdotool key Return
        if ! wait_for "Kense — $(basename "$DB")"; then
            echo "no main window appeared after signing in" >&2; kill $pid 2>/dev/null || true; exit 1
        fi
        sleep 0.7 # let it paint
        shot main-window
        # One intake from the keyboard.
        main=$(xdotool search --sync --onlyvisible --name "Kense — " | head -1)
        xdotool windowfocus --sync "$main"
        xdotool key ctrl+n; sleep 1
        # No window manager here: find the wizard as the other visible window of the program and give it the keys.
        wizard=$(xdotool search --onlyvisible --pid $pid | grep -v "^$main\$" | tail -1)
        xdotool windowfocus --sync "$wizard"
        for _ in $(seq "$DOWNS"); do xdotool key Down; done
        shot intake-1-service
        xdotool key Return; sleep 0.7
        t() { xdotool type --delay 25 "$1"; }
        t 061211600129; xdotool key Tab; t "Әлиева"; xdotool key Tab; t "Гүлнұр"; xdotool key Tab Tab
        t 87011234567; xdotool key Tab; t "Өскемен қ., Абай даңғылы, 12"; sleep 0.3
        shot intake-2-applicant
        xdotool key Return; sleep 0.7
        xdotool key Down Tab; t "Әлиева"; xdotool key Tab; t "Гүлнұр"; xdotool key Tab Tab Tab
        t "№ 12 мектеп-гимназия"; xdotool key Tab; t 2015; xdotool key Tab Tab Tab Down; sleep 0.3
        shot intake-3-graduate
        xdotool key Return; sleep 0.7
        xdotool key Down Tab Down; sleep 0.3
        shot intake-4-documents
        xdotool key Return; sleep 0.7
        shot intake-5-register
        xdotool key Return
        for _ in $(seq 300); do grep_log "opened the preview" && break; grep_log "written .* registered" && break; sleep 0.1; done
        sleep 1.5
        shot intake-6-receipt
        xdotool key Escape; sleep 1
        shot intake-7-journal
        # File → Sign out (Ctrl+L) on a shared desk: the window closes and the next user signs in on the same database.
        main=$(xdotool search --onlyvisible --name "Kense — " | head -1)
        xdotool windowfocus --sync "$main"
        xdotool key ctrl+l
        for _ in $(seq 300); do
            [ "$(grep -c "showing the sign-in dialog" "$KENSE_DATA_DIR/logs/kense.log")" -ge 2 ] && break
            sleep 0.1
        done
        sleep 0.7
        shot signed-out
        win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)
        xdotool windowfocus --sync "$win"
        xdotool type --delay 30 "admin"; xdotool key Tab; xdotool type --delay 30 "window-test-pass"; xdotool key Return
        for _ in $(seq 600); do grep_log "signed in: \"admin\"" && break; sleep 0.1; done
        wait_for "Kense — $(basename "$DB")" || { echo "no main window after signing in again" >&2; kill $pid; exit 1; }
        sleep 0.7
        shot signed-in-again
        kill $pid
        wait $pid || true
    '
    grep -q "signed in: \"aigul\"" "$KENSE_DATA_DIR/logs/kense.log" || { echo "the log does not say who signed in" >&2; exit 1; }
    grep -q "signed in: \"admin\"" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "after signing out (Ctrl+L) the next user did not sign in" >&2; exit 1; }
    grep -q "form generated for duplicate-secondary-edu-vko" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "the intake wizard did not generate the duplicate's form" >&2; exit 1; }
    grep -q "written KZOTSON01-1-2026-[0-9]* registered" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "the intake typed under Xvfb did not register a request" >&2; grep kense.intake "$KENSE_DATA_DIR/logs/kense.log" >&2; exit 1; }
    grep -q "opened .*$(basename "$db")" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "the log does not say which database was opened" >&2; exit 1; }
    echo "ok: $lang — signed in, an intake walked and registered; screenshots in $shots"
done
