#!/bin/bash
# The centre's logins with kensectl and psql (issue 13, step 1): the centre's administrator gives a desk a login role of
# its own; the desk syncs with it and reads no table; a disabled desk cannot log in. Usage: central-roles.sh KENSECTL
# (KENSE_TEST_PG_DIR: the test cluster of the ctest fixture).
set -uo pipefail
k=$1
pg=${KENSE_TEST_PG_DIR:?run it with ctest: its fixture starts the cluster}
export PGSSLROOTCERT=$pg/ca.crt # the cluster's CA, for kensectl (verify-full) and psql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KENSE_DATA_DIR=$work/data
fail() { echo "FAIL: $*" >&2; exit 1; }

server=$(cat "$pg/url")
owner_password=$(cat "$pg/password")
name=kt_roles_$$
PGPASSWORD=$owner_password psql -q "$server" -c "CREATE DATABASE $name" || fail "create the database"
centre=${server%/*}/$name
PGPASSWORD=$owner_password "$k" central init --url "$centre" >/dev/null || fail "central init"

added=$(printf 'desk-pass-2026-kz\n' | PGPASSWORD=$owner_password "$k" central desk add KZOEDU01-1 --password-stdin \
    --url "$centre" --json) || fail "desk add"
role=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["role"])' <<<"$added")
[ "$role" = "${name}_desk_kzoedu01_1" ] || fail "the role's name: $added"
printf 'desk-pass-2026-kz\n' | PGPASSWORD=$owner_password "$k" central desk add KZOEDU01-1 --password-stdin \
    --url "$centre" 2>/dev/null && fail "a desk got a second role"

printf 'desk-pass-2026-kz\n' | PGPASSWORD=$owner_password "$k" central desk add KZOEDU01-7 --relayed-by KZOEDU01-9 \
    --password-stdin --url "$centre" 2>"$work/relay.err" && fail "a desk relayed by a desk the centre does not know"
grep -q "KZOEDU01-9.*has no role" "$work/relay.err" || fail "the refusal does not say why: $(cat "$work/relay.err")"

# The desk, with its own login: syncs, and reads no table.
desk_url=postgresql://$role@${centre#postgresql://*@}
printf 'admin-pass-12\n' | "$k" db init --db "$work/desk.sqlite" --office KZOEDU01 --desk 1 --admin admin \
    --password-stdin >/dev/null || fail "db init"
"$k" demo-data --count 5 --db "$work/desk.sqlite" >/dev/null 2>&1 || fail "demo data"
sent=$(PGPASSWORD=desk-pass-2026-kz "$k" sync --db "$work/desk.sqlite" --url "$desk_url" --json) ||
    fail "sync with the desk's role: $sent"
python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if r["uploaded"] > 0 and r["waiting"] == 0 else 1)' \
    <<<"$sent" || fail "the desk's changes did not arrive: $sent"
out=$(PGPASSWORD=desk-pass-2026-kz psql -qtA "$desk_url" -c "SELECT count(*) FROM requests" 2>&1) &&
    fail "the desk's login read the requests: $out"
grep -q "permission denied" <<<"$out" || fail "not refused as it should be: $out"
out=$(PGPASSWORD=desk-pass-2026-kz psql -qtA "$desk_url" -c "DELETE FROM events" 2>&1) &&
    fail "the desk's login deleted the centre's events"
PGPASSWORD=$owner_password "$k" central desk list --url "$centre" | grep -q "KZOEDU01-1  $role" || fail "desk list"

# A man in the middle on the link: he passes every byte on and keeps them; no IIN, no name is among them.
port=$(cat "$pg/port")
python3 "$(dirname "$0")/tcp-tap.py" "$work/tap.port" "$port" "$work/tap.bytes" &
tap=$!
for _ in $(seq 50); do [ -s "$work/tap.port" ] && break; sleep 0.1; done
[ -s "$work/tap.port" ] || fail "the tap did not start"
"$k" demo-data --count 5 --db "$work/desk.sqlite" >/dev/null 2>&1 || fail "more demo data"
tapped_url=${desk_url/:$port\//:$(cat "$work/tap.port")/}
PGPASSWORD=desk-pass-2026-kz "$k" sync --db "$work/desk.sqlite" --url "$tapped_url" >/dev/null || fail "sync through the tap"
kill "$tap"
[ "$(stat -c %s "$work/tap.bytes")" -gt 10000 ] || fail "the sync did not go through the tap"
mapfile -t secrets < <(sqlite3 "$work/desk.sqlite" "SELECT iin FROM parties WHERE iin <> '' UNION SELECT surname FROM parties WHERE length(surname) > 3")
[ "${#secrets[@]}" -gt 5 ] || fail "no IINs to look for"
for secret in "${secrets[@]}"; do
    grep -qaF "$secret" "$work/tap.bytes" && fail "the tap read $secret off the link"
done

# The public exchange key of a rural desk, which the centre checks its passed-on changes with: made as
# `kensectl exchange key new` makes it (Ed25519 and X25519 public keys, the fingerprint of both).
keyfile() { # PARTY FILE
    /usr/bin/python3 - "$1" "$2" <<'PY' # Debian's, which python3-nacl is for
import base64, hashlib, sys
import nacl.public, nacl.signing
sign = bytes(nacl.signing.SigningKey.generate().verify_key)
box = bytes(nacl.public.PrivateKey.generate().public_key)
h = hashlib.sha256(sign + box).hexdigest()[:16]
fpr = " ".join(h[i:i + 4] for i in range(0, 16, 4))
with open(sys.argv[2], "w") as f:
    f.write(f"kense-exchange-key 2\nparty {sys.argv[1]}\nsign {base64.b64encode(sign).decode()}\n"
            f"box {base64.b64encode(box).decode()}\nfingerprint {fpr}\n")
print(fpr)
PY
}
printf 'desk-pass-2026-kz\n' | PGPASSWORD=$owner_password "$k" central desk add KZOEDU01-7 --relayed-by KZOEDU01-1 \
    --password-stdin --url "$centre" >/dev/null || fail "desk add --relayed-by"
fpr=$(keyfile KZOEDU01-7 "$work/rural.key")
other=$(keyfile KZOEDU01-7 "$work/rural-new.key")
keyfile KZOEDU01-8 "$work/another.key" >/dev/null
PGPASSWORD=$owner_password "$k" central desk key KZOEDU01-7 --from "$work/another.key" --url "$centre" \
    2>"$work/key.err" && fail "desk key took another desk's key file"
grep -q "holds the key of KZOEDU01-8, not KZOEDU01-7" "$work/key.err" || fail "not said why: $(cat "$work/key.err")"
PGPASSWORD=$owner_password "$k" central desk key KZOEDU01-7 --from "$work/rural.key" --url "$centre" |
    grep -qF "fingerprint $fpr" || fail "desk key does not show the fingerprint"
PGPASSWORD=$owner_password "$k" central desk list --url "$centre" | grep -qF "exchange key $fpr" ||
    fail "desk list does not show the key"
PGPASSWORD=$owner_password "$k" central desk key KZOEDU01-7 --from "$work/rural-new.key" --url "$centre" \
    2>"$work/key.err" && fail "another key replaced the desk's without --replace"
grep -qF "holds another exchange key of desk KZOEDU01-7 (fingerprint $fpr)" "$work/key.err" ||
    fail "not said why: $(cat "$work/key.err")"
PGPASSWORD=$owner_password "$k" central desk key KZOEDU01-7 --from "$work/rural-new.key" --replace --url "$centre" |
    grep -qF "replaced: $fpr → $other" || fail "desk key --replace"
PGPASSWORD=$owner_password "$k" central desk list --url "$centre" --json | python3 -c '
import json, sys
keys = {d["desk"]: d["exchange_key"] for d in json.load(sys.stdin)}
sys.exit(0 if keys["KZOEDU01-7"] == sys.argv[1] and keys["KZOEDU01-1"] == "" else 1)' "$other" ||
    fail "desk list --json does not show the new key"
out=$(PGPASSWORD=desk-pass-2026-kz psql -qtA "$desk_url" -c "SELECT count(*) FROM exchange_keys" 2>&1) &&
    fail "the desk's login read the exchange keys: $out"

PGPASSWORD=$owner_password "$k" central desk disable KZOEDU01-1 --url "$centre" >/dev/null || fail "desk disable"
out=$(PGPASSWORD=desk-pass-2026-kz "$k" sync --db "$work/desk.sqlite" --url "$desk_url" 2>&1) &&
    fail "a disabled desk synced"
grep -q "not permitted to log in" <<<"$out" || fail "a disabled desk is not told why: $out"
PGPASSWORD=$owner_password psql -q "$server" -c "DROP DATABASE $name" >/dev/null
echo "central roles: a desk's own login syncs, reads no table, and stops at disable"
