# Sourced by the Xvfb walks (layouts-window.sh, chain-window.sh) inside their X server: finding the program's
# windows, waiting on its log, screenshots, signing in, and what a barcode scanner types under a keyboard layout.
# Expects: $pid (the running kense), $KENSE_DATA_DIR, $SHOTS, $LAYOUT.

log="$KENSE_DATA_DIR/logs/kense.log"

grep_log() { grep -q "$1" "$log" 2>/dev/null; }

# Waits (up to a minute) until the log has $1 at least $2 times (default once).
wait_log() {
    local want=${2:-1}
    for _ in $(seq 600); do
        local n
        n=$(grep -c "$1" "$log" 2>/dev/null || true)
        [ "${n:-0}" -ge "$want" ] && return 0
        sleep 0.1
    done
    return 1
}

# Waits (up to a minute) for a window whose title has $1.
wait_for() {
    for _ in $(seq 600); do
        xwininfo -root -tree 2>/dev/null | grep -q "$1" && return 0
        sleep 0.1
    done
    return 1
}

shot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$SHOTS/layout-$LAYOUT-$1.png"; }

fail() { echo "$1" >&2; shot "${2:-failed}"; kill "$pid" 2>/dev/null || true; exit 1; }

# Gives the keyboard to the newest visible window of the program whose title has $1 (no window manager here).
focus_window() {
    local win
    win=$(xdotool search --onlyvisible --name "$1" | tail -1)
    [ -n "$win" ] || return 1
    xdotool windowfocus --sync "$win"
}

# Signs $1 in with password $2 at the sign-in dialog (the $3-th shown): logins are typed under the US layout, as a
# desk switches to it for them; afterwards the desk's own layout ($LAYOUT, with US second) is back.
sign_in() {
    wait_log "showing the sign-in dialog" "$3" || fail "no sign-in dialog for $1" "no-sign-in"
    sleep 0.7
    setxkbmap -layout us
    xdotool windowfocus --sync "$(xdotool search --sync --onlyvisible --pid "$pid" | head -1)"
    xdotool type --delay 30 "$1"; xdotool key Tab; xdotool type --delay 30 "$2"; xdotool key Return
    wait_log "signed in: \"$1\"" "${4:-1}" || fail "$1 did not sign in" "sign-in-$1"
    wait_for "Kense — " || fail "no main window for $1" "no-main-$1"
    setxkbmap -layout "$LAYOUT,us"
    sleep 0.7
}

# What a barcode scanner types for $1 under $LAYOUT: it presses the keys of the Latin letters and digits, which the
# layout makes Cyrillic (and, in kz, the digit row Kazakh).
scanned_as() {
    NUMBER=$1 python3 -c '
import os
us = "qwertyuiop[]asdfghjkl;'"'"'zxcvbnm,."
cyr = "йцукенгшщзхъфывапролджэячсмитьбю"
kz_digits = {"1": "\"", "2": "ә", "3": "і", "4": "ң", "5": "ғ", "6": ",", "7": ".",
             "8": "ү", "9": "ұ", "0": "қ", "-": "ө"}
out = ""
for c in os.environ["NUMBER"]:
    if c.lower() in us:
        l = cyr[us.index(c.lower())]
        out += l.upper() if c.isupper() else l
    elif os.environ["LAYOUT"] == "kz" and c in kz_digits:
        out += kz_digits[c]
    else:
        out += c
print(out)'
}

# Scans request $1 from the main window and gives the keyboard to its card.
scan_card() {
    focus_window "Kense — " || fail "no main window to scan into"
    xdotool type --delay 8 "$(scanned_as "$1")"; xdotool key Return
    wait_for "$1" || fail "the scan of $1 under $LAYOUT opened no card" "scan-failed"
    sleep 1
    focus_window "$1"
}
