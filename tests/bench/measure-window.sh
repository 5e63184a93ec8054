#!/usr/bin/env bash
# The desk's responsiveness on a big database, in a real window (Xvfb), for the notes (no pass/fail):
#   measure-window.sh PATH/TO/kense DATABASE LOGIN PASSWORD
# Starts kense, signs in by typing, waits for the journal's first page, types a name into the search, walks the
# deadline and state filters, pages down 300 times and jumps to the end, opens the card of the first request and
# the intake wizard, then quits. Prints, from the program's log: start → sign-in dialog, sign-in → first page, the
# longest UI stall (StallWatch) and the resident memory at the end.
set -euo pipefail
kense=$1 db=$2 login=$3 password=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KENSE_DATA_DIR=$work/data
KENSE=$kense DB=$db LOGIN=$login PASSWORD=$password xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -euo pipefail
    log="$KENSE_DATA_DIR/logs/kense.log"
    has() { grep -q "$1" "$log" 2>/dev/null; }
    wait_log() { for _ in $(seq 1200); do has "$1" && return 0; sleep 0.05; done; echo "no \"$1\" in the log" >&2; return 1; }
    "$KENSE" --lang kk --db "$DB" >/dev/null 2>&1 &
    pid=$!
    wait_log "showing the sign-in dialog"
    win=$(xdotool search --sync --onlyvisible --pid $pid | head -1)
    xdotool windowfocus --sync "$win"
    xdotool type --delay 20 "$LOGIN"; xdotool key Tab; xdotool type --delay 20 "$PASSWORD"; xdotool key Return
    wait_log "first page"
    main=$(xdotool search --sync --onlyvisible --name "Kense — " | head -1)
    xdotool windowfocus --sync "$main"
    xdotool key ctrl+f; xdotool type --delay 40 "қасым"; sleep 2
    xdotool key ctrl+a BackSpace; sleep 1.5
    # Into the journal (a click on its lower rows), then page through it.
    eval "$(xdotool getwindowgeometry --shell "$main")"
    xdotool mousemove --window "$main" $((WIDTH / 2)) $((HEIGHT - 80)) click 1
    for _ in $(seq 300); do xdotool key Next; done
    xdotool key ctrl+End; sleep 1
    rss=$(awk "/VmRSS/ {print \$2}" /proc/$pid/status)
    echo "rss_kib $rss" >> "$KENSE_DATA_DIR/measure.txt"
    xdotool key ctrl+q; wait $pid || true
'
log=$KENSE_DATA_DIR/logs/kense.log
ts() { grep -m1 "$1" "$log" | grep -oE "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:.]+" | head -1; }
ms() { python3 -c "import sys,datetime as d; f='%Y-%m-%d %H:%M:%S.%f'; a,b=[x.replace('T',' ') for x in sys.argv[1:3]]; print(round((d.datetime.strptime(b,f)-d.datetime.strptime(a,f)).total_seconds()*1000))" "$1" "$2"; }
start=$(head -1 "$log" | grep -oE "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:.]+" | head -1)
echo "start → sign-in dialog: $(ms "$start" "$(ts "showing the sign-in dialog")") ms"
echo "sign-in → first journal page: $(ms "$(ts "signed in:")" "$(ts "first page")") ms ($(grep -m1 -o "first page: .*" "$log"))"
grep -o "longest UI stall: .*" "$log" | tail -1
echo "stalls over 100 ms: $(grep -c "the UI thread stalled" "$log" || true)"
cp "$log" "${MEASURE_LOG:-/dev/null}" 2>/dev/null || true
awk '{print "resident memory at the end: " int($2/1024) " MiB"}' "$KENSE_DATA_DIR/measure.txt"
