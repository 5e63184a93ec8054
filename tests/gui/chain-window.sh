#!/usr/bin/env bash
# The chain head → executor → head's signature → issue in a real window (Xvfb, 1366×768) under the keyboard layouts
# the desks use (issue 15): `ru` with the Russian interface, `kz` with the Kazakh one. A duplicate registered at a
# school's канцелярия goes from hand to hand on one desk, each person signing in (logins under the US layout, as desks
# switch for them), scanning the number as a scanner types it under the layout, and acting from the keyboard alone:
# the head writes a note in Cyrillic and presses Enter (the card's one move: assign), the executor types the grades
# into the result and prepares it, the head signs (Tab to the move, Space, Enter to confirm), the clerk issues. Each
# move must be in the log and, at the end, in the request: its state and its notes as typed.
# Usage: chain-window.sh PATH/TO/kense PATH/TO/kensectl SCREENSHOT_DIR
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
    echo 'chain-admin-pass' | "$kensectl" db init --db "$db" --office KZOEDU01 --desk 1 --services all \
        --admin admin --admin-name "Әкімші" --password-stdin >/dev/null
    for who in "saule clerk Оспанова Сәуле" "gulnar head Жұмабаева Гүлнар" "erlan executor Нұрланов Ерлан"; do
        read -r login role surname given <<<"$who"
        printf 'chain-admin-pass\n%s-pass-12\n' "$login" | "$kensectl" user add "$login" --surname "$surname" \
            --given-name "$given" --roles "$role" --as admin --password-stdin --db "$db" >/dev/null
    done
    cat > "$work/request.json" <<'JSON'
{"service": "duplicate-secondary-edu-vko", "channel": "provider",
 "fields": {"applicant.iin": "061211600129", "applicant.surname": "Әлиева", "applicant.given_name": "Гүлнұр",
            "applicant.phone": "+7 701 123 45 67", "applicant.address": "Өскемен",
            "subject.document_kind": "general_secondary", "subject.holder_surname": "Әлиева",
            "subject.holder_given_name": "Гүлнұр", "subject.school": "№ 12 мектеп", "subject.graduation_year": 2015,
            "subject.reason": "lost"},
 "documents": {"application": "original", "identity_document": "original"}}
JSON
    number=$(echo 'saule-pass-12' | "$kensectl" request register "$work/request.json" --as saule --password-stdin \
        --db "$db" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["number"])')
    # The underlined letters of the card in each interface: the note, the result tab, its «add a line» and «save».
    if [ "$layout" = kz ]; then
        keys="Cyrillic_ie Cyrillic_en Cyrillic_u Cyrillic_es"
        assign="Орындаушыға жіберілді" ready="Нәтиже дайын" signed="Қол қойылды" issued="Өтініш берушіге берілді"
        grade="5"
    else
        keys="Cyrillic_a Cyrillic_er Cyrillic_te Cyrillic_ha"
        assign="Передано исполнителю" ready="Результат готов" signed="Подписано" issued="Выдано заявителю"
        grade="4"
    fi
    # How many subjects the certificate lists (the catalog's general secondary education).
    rows=$(python3 -c '
import json, sys
fields = json.load(open(sys.argv[1]))["common"]["fields"]
kind = next(f for f in fields if f.get("id") == "subject.document_kind")
print(len(next(o for o in kind["options"] if o["id"] == "general_secondary")["subjects"]))' \
        "$here/../../resources/catalog/duplicate-secondary-edu.json")
    export ROWS=$rows ASSIGN=$assign READY=$ready SIGNED=$signed ISSUED=$issued GRADE=$grade KEYS=$keys
    KENSE=$kense DB=$db UI=$ui LAYOUT=$layout SHOTS=$shots NUMBER=$number HERE=$here \
        xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
        set -euo pipefail
        read -r note_key result_key add_key save_key <<<"$KEYS"
        setxkbmap -layout us
        "$KENSE" --lang "$UI" --db "$DB" >/dev/null 2>&1 &
        pid=$!
        source "$HERE/xvfb-desk.sh"
        t() { xdotool type --delay 25 "$1"; }
        note() { xdotool key "alt+$note_key"; sleep 0.2; t "$1"; }
        # Confirms the question an irreversible move asks (the newest window of the program, not the card).
        confirm() {
            sleep 0.7
            xdotool windowfocus --sync "$(xdotool search --onlyvisible --pid "$pid" | tail -1)"
            # The question box itself shows black in these shots: with no window manager, Xvfb never has a
            # QMessageBox painted (a ten-line Qt program shows the same); the card under it and the result are seen.
            sleep 1
            shot "chain-$1-confirm"
            xdotool key Return
        }
        sign_out() {
            xdotool key Escape; sleep 0.7
            focus_window "Kense — "
            xdotool key ctrl+Cyrillic_de # the L key: File → Sign out
        }

        # The head assigns: the note, then Enter runs the card s one move.
        sign_in gulnar gulnar-pass-12 1
        scan_card "$NUMBER"
        note "$ASSIGN"; shot chain-1-head
        xdotool key Return
        wait_log "moved \"$NUMBER\" to \"in_work\"" || fail "the head did not assign under $LAYOUT" chain-1-failed
        sleep 0.5; shot chain-1-assigned
        sign_out

        # The executor types the grades into the result, saves it and prepares it (Tab to the first move, Space).
        sign_in erlan erlan-pass-12 2
        scan_card "$NUMBER"
        # The table lists the certificate s subjects: a grade for each, down the second column.
        xdotool key "alt+$result_key"; sleep 0.3
        xdotool key "alt+$add_key"; sleep 0.3 # a line at the end, left empty (an empty line is not saved)
        xdotool key Escape ctrl+Home Tab # the new line stays empty; to the first grade (a subject takes no typing)
        for _ in $(seq "$ROWS"); do t "$GRADE"; xdotool key Return Down; done
        shot chain-2-grades
        xdotool key "alt+$save_key"
        wait_log "saved for \"$NUMBER\"" || fail "the result typed under $LAYOUT was not saved" chain-2-failed
        sleep 0.5; shot chain-2-result
        note "$READY"; xdotool key Tab space
        wait_log "moved \"$NUMBER\" to \"result_prepared\"" || fail "the executor did not prepare under $LAYOUT" chain-2-failed
        sleep 0.5; shot chain-2-prepared
        sign_out

        # The head signs: past «return for rework» to «sign», and confirms.
        sign_in gulnar gulnar-pass-12 3 2
        scan_card "$NUMBER"
        note "$SIGNED"; xdotool key Tab Tab space
        confirm 3
        wait_log "moved \"$NUMBER\" to \"result_signed\"" || fail "the head did not sign under $LAYOUT" chain-3-failed
        sleep 0.5; shot chain-3-signed
        sign_out

        # The канцелярия issues, confirms, and the receipt of issue is previewed.
        sign_in saule saule-pass-12 4
        scan_card "$NUMBER"
        note "$ISSUED"; xdotool key Tab space
        confirm 4
        wait_log "moved \"$NUMBER\" to \"issued\"" || fail "the clerk did not issue under $LAYOUT" chain-4-failed
        sleep 1.5; shot chain-4-issued
        kill $pid
        wait $pid || true
    '
    shown=$("$kensectl" request show "$number" --json --db "$db")
    state=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["state"])' "$shown")
    [ "$state" = issued ] || { echo "under $layout the request ended $state, not issued" >&2; exit 1; }
    for want in "$assign" "$ready" "$signed" "$issued"; do
        grep -qF "$want" <<<"$shown" || { echo "the note «$want» typed under $layout is not in the history:" >&2; echo "$shown" >&2; exit 1; }
    done
    echo "ok: $layout — $number assigned, prepared, signed and issued from the keyboard"
done
