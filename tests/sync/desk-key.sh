#!/bin/bash
# The desk key with kensectl and the real keychain (issue 16, item 8). Each with-keyring.sh session is a keyring of its
# own, as another computer's would be: the key made in the first one is not in the second until the administrator
# adds it from the key file. Usage: desk-key.sh KENSECTL WITH_KEYRING
set -uo pipefail
k=$1
with_keyring=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/desk.sqlite
export KENSE_DATA_DIR=$work/data
fail() { echo "FAIL: $*" >&2; exit 1; }

printf 'admin-pass-12\n' | "$k" db init --db "$db" --office KZOEDU01 --desk 1 --admin admin --password-stdin >/dev/null ||
    fail "db init"
"$k" db verify --db "$db" | grep -q "no desk key" || fail "an unsealed desk does not say so"

"$k" db backup --to "$work/before-key.sqlite" --db "$db" >/dev/null || fail "backup before the key"
cat >"$work/first.sh" <<EOS
set -u
printf 'admin-pass-12\n' | "$k" db key new --to "$work/key" --as admin --password-stdin --db "$db" || exit 11
[ "\$(stat -c %a "$work/key")" = 600 ] || exit 12
printf 'admin-pass-12\n' | "$k" db key new --to "$work/key2" --as admin --password-stdin --db "$db" && exit 13
printf 'admin-pass-12\nclerk-pass-12\n' | "$k" user add saule --name 'Оспанова Сәуле' --roles clerk --as admin \
    --password-stdin --db "$db" >/dev/null || exit 14
"$k" db verify --db "$db" | grep -q "sealed with the desk key" || exit 15
# A copy from before the key is told from one whose seals were removed (the keychain keeps where the key began).
"$k" db verify --db "$work/before-key.sqlite" | grep -q "from before the desk key" || exit 16
EOS
# A key is not made over a request edited behind the program (it would seal the edit in): refused, and neither the
# key file nor a keychain entry is left behind.
edited=$work/edited.sqlite
printf 'admin-pass-12\n' | "$k" db init --db "$edited" --office KZOEDU01 --desk 2 --admin admin --password-stdin \
    >/dev/null || fail "db init of the edited desk"
"$k" demo-data --count 3 --db "$edited" >/dev/null 2>&1 || fail "demo data"
sqlite3 "$edited" "UPDATE parties SET surname = 'Басқа' WHERE request_id = 1" || fail "the edit"
cat >>"$work/first.sh" <<EOS
printf 'admin-pass-12\n' | "$k" db key new --to "$work/edited.key" --as admin --password-stdin --db "$edited" \
    2>"$work/edited.err" && exit 17
grep -q "changed behind the program" "$work/edited.err" || exit 18
[ ! -e "$work/edited.key" ] || exit 19
"$k" db verify --db "$edited" 2>&1 | grep -q "names no key" && exit 20
exit 0
EOS
"$with_keyring" bash "$work/first.sh" || fail "the first computer (step $?)"

cat >"$work/second.sh" <<EOS
set -u
before=\$(sqlite3 "$db" 'SELECT count(*) FROM events')
out=\$(printf 'admin-pass-12\nexec-pass-123\n' | "$k" user add erlan --name 'Нұрланов Ерлан' --roles executor --as admin \
    --password-stdin --db "$db" 2>&1) && exit 21
grep -q "does not hold" <<<"\$out" || { echo "\$out"; exit 22; }
[ "\$(sqlite3 "$db" 'SELECT count(*) FROM events')" = "\$before" ] || exit 23
"$k" db verify --db "$db" 2>&1 | grep -q "not at hand" || exit 24
printf 'admin-pass-12\n' | "$k" db key add --from "$work/key" --as admin --password-stdin --db "$db" || exit 25
printf 'admin-pass-12\nexec-pass-123\n' | "$k" user add erlan --name 'Нұрланов Ерлан' --roles executor --as admin \
    --password-stdin --db "$db" >/dev/null || exit 26
"$k" db verify --db "$db" >/dev/null || exit 27
# A copy is checked with the desk key when it is restored.
"$k" db backup --to "$work/copy.sqlite" --db "$db" >/dev/null || exit 31
"$k" db restore --from "$work/copy.sqlite" --db "$db" >/dev/null || exit 32
"$k" db verify --db "$db" >/dev/null || exit 33
# The seals and the key's row removed with the sqlite3 shell: the keychain still holds the key.
sqlite3 "$db" 'DROP TRIGGER history_seals_no_delete; DELETE FROM history_seals;
               DROP TRIGGER history_key_no_delete; DELETE FROM history_key;' || exit 28
out=\$("$k" db verify --db "$db" 2>&1) && exit 29
grep -q "names no key" <<<"\$out" || { echo "\$out"; exit 30; }
exit 0
EOS
"$with_keyring" bash "$work/second.sh" || fail "the second computer (step $?)"

# A desk whose key is lost twice over (the keychain of a reinstalled computer, and the key file): the administrator
# replaces it, saying why, and the desk works on; db verify says which seals the lost key made.
lost=$work/lost.sqlite
printf 'admin-pass-12\n' | "$k" db init --db "$lost" --office KZOEDU01 --desk 3 --admin admin --password-stdin \
    >/dev/null || fail "db init of the desk that loses its key"
"$with_keyring" bash -c "printf 'admin-pass-12\n' | '$k' db key new --to '$work/lost.key' --as admin --password-stdin \
    --db '$lost' >/dev/null" || fail "the key of the desk that loses it"
rm "$work/lost.key"
cat >"$work/third.sh" <<EOS
set -u
add_user() { printf 'admin-pass-12\nclerk-pass-12\n' | "$k" user add "\$1" --name 'Қасымова Әлия' --roles clerk --as admin \
    --password-stdin --db "$lost"; }
add_user aliya >/dev/null 2>&1 && exit 41
printf 'admin-pass-12\n' | "$k" db key new --replace --to "$work/new.key" --as admin --password-stdin --db "$lost" \
    2>"$work/replace.err" && exit 42
grep -q -- "--reason" "$work/replace.err" || exit 43
printf 'wrong-pass-12\n' | "$k" db key new --replace --reason 'lost' --to "$work/new.key" --as admin \
    --password-stdin --db "$lost" 2>/dev/null && exit 44
[ ! -e "$work/new.key" ] || exit 45
"$k" db backup --to "$work/lost-before.sqlite" --db "$lost" >/dev/null || exit 52
printf 'admin-pass-12\n' | "$k" db key new --replace --reason 'ноутбук переустановлен, файл ключа утерян' \
    --to "$work/new.key" --as admin --password-stdin --db "$lost" >/dev/null || exit 46
[ "\$(stat -c %a "$work/new.key")" = 600 ] || exit 47
add_user aliya >/dev/null || exit 48
out=\$("$k" db verify --db "$lost") || { echo "\$out"; exit 49; }
grep -q "replaced with" <<<"\$out" || { echo "\$out"; exit 50; }
[ "\$(sqlite3 "$lost" "SELECT note FROM events WHERE kind = 'desk_key_replaced'")" = \
    'ноутбук переустановлен, файл ключа утерян' ] || exit 51
# The copy made before the replacement is said to be one, not another desk's: its key is gone with the old one.
out=\$("$k" db verify --db "$work/lost-before.sqlite" 2>&1) && exit 53
grep -q "a copy from before the desk key was replaced" <<<"\$out" || { echo "\$out"; exit 54; }
exit 0
EOS
"$with_keyring" bash "$work/third.sh" || fail "the computer that lost the key (step $?)"
echo "desk key: made once, kept apart, brought back, replaced when lost, and its seals' removal named"
