#!/usr/bin/env bash
# Starts the real `kense` in a real X server (Xvfb) in Kazakh and in Russian, on a fresh data directory,
# waits for its main window, saves a screenshot of the screen and quits it. Checks that the database it
# reports was created. Usage: kense-window.sh PATH/TO/kense SCREENSHOT_DIR
set -euo pipefail
kense=$1
shots=${2:-$PWD/screenshots}
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in kk ru; do
    export KENSE_DATA_DIR="$work/data-$lang"
    db="$work/desk-$lang.sqlite"
    KENSE=$kense DB=$db LANG_UI=$lang SHOT="$shots/main-window-$lang.png" \
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        set -euo pipefail
        "$KENSE" --lang "$LANG_UI" --db "$DB" >/dev/null 2>&1 &
        pid=$!
        # Up to a minute: on a busy machine (other tests fsync-ing) creating the database can take a while.
        for _ in $(seq 600); do
            if xwininfo -root -tree 2>/dev/null | grep -q "Kense — "; then break; fi
            sleep 0.1
        done
        if ! xwininfo -root -tree | grep -q "Kense — $(basename "$DB")"; then
            echo "no Kense window appeared" >&2; kill $pid 2>/dev/null || true; exit 1
        fi
        sleep 0.5 # let it paint
        xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$SHOT"
        kill $pid
        wait $pid || true
    '
    test -s "$db" || { echo "kense did not create $db" >&2; exit 1; }
    grep -q "opened .*$(basename "$db")" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "the log does not say which database was opened" >&2; exit 1; }
    echo "ok: $lang window shown, screenshot $shots/main-window-$lang.png"
done
