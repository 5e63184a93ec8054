#!/bin/bash
# Replays by hand the faults a desk met (issue 16) with kensectl on a scratch desk of 2,000 demo requests, and prints
# what each answers: its exit code and the line it said. The suite checks each of them (tests/storage, tests/cli,
# tests/sync); this shows them side by side for a reviewer. Usage: scripts/fault-cases.sh [KENSECTL]; mounting the
# 3 MiB tmpfs needs root (sudo when not root). About 45 s.
set -u
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
k=${1:-$top/build/dev/app/cli/kensectl}
sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
w=$(mktemp -d /tmp/faults.XXXX)
export KENSE_DATA_DIR=$w/data
db=$w/desk.sqlite
say() { printf '%-58s exit %s: %s\n' "$1" "$2" "$(head -c 300 <<<"$3" | tr '\n' ' ')"; }
run() { local name=$1; shift; local out; out=$("$@" 2>&1); say "$name" $? "$out"; }
runin() { local name=$1 input=$2; shift 2; local out; out=$(printf '%b' "$input" | "$@" 2>&1); say "$name" $? "$out"; }
umask 022
printf 'admin-pass-12\n' | $k db init --db $db --office KZOEDU01 --desk 1 --services all --admin admin --password-stdin >/dev/null
for u in saule:clerk:Оспанова:Сәуле gulnar:head:Жұмабаева:Гүлнар erlan:executor:Нұрланов:Ерлан; do
  IFS=: read -r login role surname given <<<"$u"
  printf 'admin-pass-12\na-long-password\n' | $k user add "$login" --surname "$surname" --given-name "$given" \
    --roles "$role" --as admin --password-stdin --db $db >/dev/null
done
cat > $w/req.json <<'J'
{"service": "duplicate-secondary-edu-vko", "channel": "provider",
  "fields": {"applicant.iin": "061211600129", "applicant.surname": "ӘЛИЯ", "applicant.given_name": "Қасымқызы",
             "applicant.phone": "+7 701 123 45 67", "applicant.address": "Өскемен",
             "subject.document_kind": "general_secondary", "subject.holder_surname": "Нұрланова",
             "subject.holder_given_name": "Әлия", "subject.school": "№ 12 мектеп", "subject.graduation_year": 2015,
             "subject.reason": "lost"},
  "documents": {"application": "original", "identity_document": "original"}}
J
num=$(printf 'a-long-password\n' | $k request register $w/req.json --as saule --password-stdin --db $db --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["number"])')
$k demo-data --count 2000 --db $db >/dev/null 2>&1
echo "== files (umask 022)"
say "modes: data dir, db" 0 "$(stat -c '%n %a' $KENSE_DATA_DIR $db 2>/dev/null | sed "s|$w/||g")"
$k db backup --to $w/b.sqlite --db $db >/dev/null; $k journal export --from 2020-01-01 --to 2030-01-01 --csv $w/j.csv --db $db >/dev/null
say "modes: backup, csv" 0 "$(stat -c '%n %a' $w/b.sqlite $w/j.csv | sed "s|$w/||g")"
echo "== full disk"
run "journal export --csv /dev/full" $k journal export --from 2020-01-01 --to 2030-01-01 --csv /dev/full --db $db
mkdir -p $w/small && $sudo mount -t tmpfs -o size=3m,mode=1777 tmpfs $w/small
dd if=/dev/zero of=$w/small/fill bs=1k count=2900 2>/dev/null
run "render report journal --out (full 3 MiB tmpfs, .csv)" $k render report journal --from 2020-01-01 --to 2030-01-01 --out $w/small/r.csv --db $db
run "render report journal --out (full tmpfs, .pdf)" $k render report journal --from 2020-01-01 --to 2030-01-01 --out $w/small/r.pdf --db $db
run "db backup --to (full tmpfs)" $k db backup --to $w/small/b.sqlite --db $db
say "files left on the tmpfs" 0 "$(ls $w/small | tr '\n' ' ')"
$sudo umount $w/small
echo "== search text is text"
for t in '-' "'" '"' 'NEAR(' ; do run "request search $t" $k request search "$t" --db $db; done
echo "== kensectl signs in"
run "request advance --as gulnar (no password)" $k request advance $num --to in_work --executor erlan --as gulnar --db $db
runin "request advance --as gulnar (wrong password)" 'wrong-password-1\n' $k request advance $num --to in_work --executor erlan --as gulnar --password-stdin --db $db
runin "user add mallory --as saule (a clerk)" 'a-long-password\nmallory-pass-1\n' $k user add mallory --name M --roles administrator,head --as saule --password-stdin --db $db
runin "user passwd admin --as saule" 'a-long-password\nnew-pass-123\n' $k user passwd admin --as saule --password-stdin --db $db
runin "register --at 2019-03-01T10:00" 'a-long-password\n' $k request register $w/req.json --at 2019-03-01T10:00 --as saule --password-stdin --db $db
runin "register --at 2031-06-01T10:00" 'a-long-password\n' $k request register $w/req.json --at 2031-06-01T10:00 --as saule --password-stdin --db $db
runin "user add with password aaaaaaaaaa" 'admin-pass-12\naaaaaaaaaa\n' $k user add weak --name 'Әлсіз Дана' --roles clerk --as admin --password-stdin --db $db
head -c 6000 /dev/zero | tr '\0' 'x' > $w/note
runin "advance with a 5,000-character note" 'a-long-password\n' $k request advance $num --to in_work --executor erlan --note "$(head -c 5000 $w/note)" --as gulnar --password-stdin --db $db
echo "== restore"
$k db backup --to $w/before.sqlite --db $db >/dev/null
( $k demo-data --count 100000 --db $db >/dev/null 2>&1 & echo $! > $w/pid; wait ) &
sleep 3
run "db restore while demo-data writes" $k db restore --from $w/before.sqlite --db $db
kill $(cat $w/pid) 2>/dev/null; wait 2>/dev/null
printf 'admin-pass-12\n' | $k db init --db $w/other.sqlite --office KZOEDU01 --desk 8 --admin admin --password-stdin >/dev/null
$k db backup --to $w/other-b.sqlite --db $w/other.sqlite >/dev/null
run "db restore desk 8's copy over desk 1" $k db restore --from $w/other-b.sqlite --db $db
run "db restore its own copy" $k db restore --from $w/before.sqlite --db $db
runin "register after the restore (on hold)" 'a-long-password\n' $k request register $w/req.json --as saule --password-stdin --db $db
echo "== edits behind the program"
cp $w/before.sqlite $w/edit.sqlite; rm -f $w/edit.sqlite-wal
sqlite3 $w/edit.sqlite "UPDATE parties SET surname = 'БАСҚА' WHERE request_id = 1"
run "db verify after a party edited with sqlite3" $k db verify --db $w/edit.sqlite
cp $w/before.sqlite $w/trunc.sqlite; truncate -s 50000 $w/trunc.sqlite
run "db verify of a truncated file" $k db verify --db $w/trunc.sqlite
mkdir -p $w/ro; cp $w/before.sqlite $w/ro/d.sqlite; chmod 500 $w/ro
run "db verify in a read-only directory" $k db verify --db $w/ro/d.sqlite
rm -rf "$w"
