#!/usr/bin/env bash
# The whole program under the keyboard layouts the desks use (issue 15): in a real X server (Xvfb, 1366×768) a
# school's канцелярия clerk signs in (logins and passwords are typed in Latin, as at a real desk), switches the
# keyboard to the Russian (`ru`, Russian interface) or the Kazakh (`kz`, Kazakh interface) layout with setxkbmap, and
# from the keyboard alone opens the intake (Ctrl + the key of N, which types «т» there), takes a duplicate's
# application in Cyrillic, registers it, closes the receipt's preview, and then scans the new request's number as a
# barcode scanner does: the keys of «KZOEDU01-1-2026-000001», which that layout turns into «ЛЯЩУВГ01-…» (ru) or
# «ЛЯЩУВГқ"ө"…» (kz). The request's card must open. Screenshots of each step are saved.
# Usage: layouts-window.sh PATH/TO/kense PATH/TO/kensectl SCREENSHOT_DIR
set -euo pipefail
kense=$1
kensectl=$2
shots=${3:-$PWD/screenshots}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$shots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for layout in ru kz; do
    ui=$([ "$layout" = kz ] && echo kk || echo ru)
    export KENSE_DATA_DIR="$work/data-$layout"
    db="$work/desk-$layout.sqlite"
    echo 'layouts-admin-pass' | "$kensectl" db init --db "$db" --office KZOEDU01 --desk 1 --services all \
        --admin admin --admin-name "Әкімші" --password-stdin >/dev/null
    printf 'layouts-admin-pass\nclerk-pass-12\n' | "$kensectl" user add saule --surname "Оспанова" \
        --given-name "Сәуле" --patronymic "Маратқызы" --roles clerk --as admin --password-stdin --db "$db" >/dev/null
    downs=$("$kensectl" catalog list --json | python3 -c '
import json, sys
offered = [v["id"] for v in json.load(sys.stdin) if not v["excluded"] and "provider" in v["channels"]]
print(offered.index("duplicate-secondary-edu-vko"))')
    if [ "$layout" = kz ]; then
        surname="Әлиева" given="Гүлнұр" address="Өскемен қ., Абай даңғылы, 12" school="№ 12 мектеп-гимназия"
    else
        surname="Алиева" given="Гульнур" address="г. Усть-Каменогорск, пр. Абая, 12" school="Школа-гимназия № 12"
    fi
    export SURNAME=$surname GIVEN=$given ADDRESS=$address SCHOOL=$school
    KENSE=$kense DB=$db UI=$ui LAYOUT=$layout SHOTS=$shots DOWNS=$downs HERE=$here \
        xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
        set -euo pipefail
        setxkbmap -layout us
        "$KENSE" --lang "$UI" --db "$DB" >/dev/null 2>&1 &
        pid=$!
        source "$HERE/xvfb-desk.sh"
        for _ in $(seq 600); do grep_log "showing the sign-in dialog" && break; sleep 0.1; done
        grep_log "showing the sign-in dialog" || { echo "no sign-in dialog" >&2; kill $pid; exit 1; }
        sleep 0.7
        win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)
        xdotool windowfocus --sync "$win"
        xdotool type --delay 30 "saule"; xdotool key Tab; xdotool type --delay 30 "clerk-pass-12"; xdotool key Return
        wait_for "Kense — $(basename "$DB")" || { echo "no main window after signing in" >&2; kill $pid; exit 1; }
        # The clerk s own layout from here on, the US one second (for logins), as desks have them: every key below
        # is the physical key under the Cyrillic layout.
        setxkbmap -layout "$LAYOUT,us"
        [ "$(setxkbmap -query | sed -n "s/^layout: *//p")" = "$LAYOUT,us" ] || { echo "setxkbmap did not switch" >&2; exit 1; }
        sleep 0.7
        shot 1-journal
        main=$(xdotool search --sync --onlyvisible --name "Kense — " | head -1)
        xdotool windowfocus --sync "$main"
        xdotool key ctrl+Cyrillic_te # the N key: Ctrl+N under a Cyrillic layout
        sleep 1
        wizard=$(xdotool search --onlyvisible --pid $pid | { grep -v "^$main\$" || true; } | tail -1)
        [ -n "$wizard" ] || { echo "Ctrl + the N key opened no intake under $LAYOUT" >&2; shot 2-no-intake; kill $pid; exit 1; }
        xdotool windowfocus --sync "$wizard"
        for _ in $(seq "$DOWNS"); do xdotool key Down; done
        shot 2-service
        xdotool key Return; sleep 0.7
        t() { xdotool type --delay 25 "$1"; }
        # What each layout types: Kazakh letters are on the kz layout only (a ru desk spells names the Russian way).
        t 061211600129; xdotool key Tab; t "$SURNAME"; xdotool key Tab; t "$GIVEN"; xdotool key Tab Tab
        t 87011234567; xdotool key Tab; t "$ADDRESS"; sleep 0.3
        shot 3-applicant
        xdotool key Return; sleep 0.7
        xdotool key Down Tab; t "$SURNAME"; xdotool key Tab; t "$GIVEN"; xdotool key Tab Tab Tab
        t "$SCHOOL"; xdotool key Tab; t 2015; xdotool key Tab Tab Tab Down; sleep 0.3
        shot 4-graduate
        xdotool key Return; sleep 0.7
        xdotool key Down Tab Down; sleep 0.3
        shot 5-documents
        xdotool key Return; sleep 0.7
        xdotool key Return
        for _ in $(seq 300); do grep_log "written .* registered" && break; sleep 0.1; done
        number=$(grep -o "written KZOEDU01-1-2026-[0-9]* registered" "$log" | head -1 | cut -d" " -f2)
        [ -n "$number" ] || { echo "the intake typed under $LAYOUT registered nothing" >&2; grep kense.intake "$log" >&2; kill $pid; exit 1; }
        sleep 1.5
        shot 6-receipt
        xdotool key Escape; sleep 1
        main=$(xdotool search --onlyvisible --name "Kense — " | head -1)
        xdotool windowfocus --sync "$main"
        # The scanner presses the keys of the number; the layout makes them Cyrillic (and, in kz, the digits too).
        typed=$(scanned_as "$number")
        echo "scanning $number under $LAYOUT as: $typed"
        xdotool type --delay 8 "$typed"; xdotool key Return
        if ! wait_for "$number"; then
            echo "the scan of $number under $LAYOUT opened no card" >&2; shot 7-scan-failed; kill $pid; exit 1
        fi
        sleep 1
        shot 7-card-scanned
        kill $pid
        wait $pid || true
    '
    grep -q "form generated for duplicate-secondary-edu-vko" "$KENSE_DATA_DIR/logs/kense.log" ||
        { echo "the intake under $layout did not generate the duplicate's form" >&2; exit 1; }
    # Every letter typed under the layout is in the request as typed: nothing lost, nothing mapped.
    shown=$("$kensectl" request show KZOEDU01-1-2026-000001 --json --db "$db")
    for want in "$surname" "$given" "$address" "$school"; do
        grep -qF "$want" <<<"$shown" || { echo "«$want» typed under $layout is not in the request:" >&2; echo "$shown" >&2; exit 1; }
    done
    echo "ok: $layout — the intake typed, the request registered, its number scanned and its card opened"
done
