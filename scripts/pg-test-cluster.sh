#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and the sync benchmark: initdb + pg_ctl, listening on 127.0.0.1 on a
# free port, over TLS only (a CA of its own and a server certificate for 127.0.0.1, made with openssl; a connection
# without TLS is rejected), password authentication (scram-sha-256) for the superuser "kense".
#   scripts/pg-test-cluster.sh start DIR [--durable]   writes DIR/url (postgresql://kense@127.0.0.1:PORT/postgres),
#                                                     DIR/password (mode 600), DIR/ca.crt (callers export
#                                                     PGSSLROOTCERT=DIR/ca.crt: Kense's default sslmode is
#                                                     verify-full) and DIR/other-ca.crt (a CA that signed nothing)
#   scripts/pg-test-cluster.sh stop DIR               stops it and removes it
#   scripts/pg-test-cluster.sh restart DIR            stops it hard (as a power cut would) and starts it again
# PG_MAX_CONNECTIONS (default 60) is the server's max_connections: the load harness runs hundreds of desks.
# The tests run without fsync (a test cluster needs no durability) unless --durable, which the benchmark and the
# interruption loop use. PostgreSQL refuses to run as root: as root the cluster's files belong to the "postgres"
# user the package created and live in a directory of their own under /tmp (DIR may be somewhere that user cannot
# reach, such as /root); DIR keeps only what the callers read.
set -euo pipefail

cmd=${1:?start, stop or restart}
dir=${2:?directory}
durable=${3:-}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pg-test-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "pg-test-cluster: no free port" >&2
    exit 1
}

pg_start() {
    local port home options
    port=$(cat "$dir/port")
    home=$(cat "$dir/home")
    options="-p $port -k $home -c listen_addresses=127.0.0.1 -c max_connections=${PG_MAX_CONNECTIONS:-60} -c ssl=on"
    options="$options -c ssl_cert_file=$home/server.crt -c ssl_key_file=$home/server.key"
    # More settings for a measurement (PG_OPTIONS="-c track_functions=pl"); none by default.
    options="$options ${PG_OPTIONS:-}"
    [ "$(cat "$dir/durable")" = yes ] || options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl" -D "$home/data" -o "$options" -l "$home/server.log" -w -t 60 start >/dev/null
}

pg_stop() { # mode
    [ -f "$dir/home" ] || return 0
    local home
    home=$(cat "$dir/home")
    if [ -f "$home/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$home/data" -m "$1" stop >/dev/null 2>&1 || true
    fi
}

case $cmd in
start)
    pg_stop immediate
    [ -f "$dir/home" ] && rm -rf "$(cat "$dir/home")"
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        home=$(mktemp -d /tmp/kense-pg.XXXXXX)
        chown postgres: "$home"
    else
        home="$dir/cluster"
        mkdir -p "$home"
    fi
    chmod 700 "$home"
    echo "$home" >"$dir/home"
    head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
    chmod 600 "$dir/password"
    cp "$dir/password" "$home/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$home/pwfile"
    as_owner "$bin/initdb" -D "$home/data" -U kense --auth=scram-sha-256 --pwfile="$home/pwfile" -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$home/pwfile"
    # TLS only: the CA, a server certificate for 127.0.0.1 (checked by sslmode=verify-full), and another CA.
    ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -days 3 -subj "/CN=Kense test CA" -keyout "$dir/ca.key" -out "$dir/ca.crt" \
        2>/dev/null
    openssl req -x509 "${ec[@]}" -days 3 -subj "/CN=Another CA" -keyout "$dir/other-ca.key" -out "$dir/other-ca.crt" \
        2>/dev/null
    openssl req "${ec[@]}" -subj "/CN=127.0.0.1" -keyout "$home/server.key" -out "$dir/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\n' >"$dir/server.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 3 \
        -extfile "$dir/server.ext" -out "$home/server.crt" 2>/dev/null
    chmod 600 "$home/server.key" "$dir/ca.key" "$dir/other-ca.key"
    [ "$(id -u)" = 0 ] && chown postgres: "$home/server.key" "$home/server.crt"
    as_owner sed -i -e 's/^host\([[:space:]]\)/hostssl\1/' "$home/data/pg_hba.conf"
    printf 'hostnossl all all 0.0.0.0/0 reject\nhostnossl all all ::/0 reject\n' | as_owner tee -a "$home/data/pg_hba.conf" \
        >/dev/null
    free_port >"$dir/port"
    if [ "$durable" = --durable ]; then echo yes >"$dir/durable"; else echo no >"$dir/durable"; fi
    pg_start
    echo "postgresql://kense@127.0.0.1:$(cat "$dir/port")/postgres" >"$dir/url"
    echo "pg-test-cluster: $(cat "$dir/url") (PostgreSQL $("$bin/postgres" --version | awk '{print $3}'))"
    ;;
restart)
    pg_stop immediate
    pg_start
    ;;
stop)
    pg_stop fast
    [ -f "$dir/home" ] && rm -rf "$(cat "$dir/home")"
    rm -rf "$dir"
    ;;
*)
    echo "pg-test-cluster: unknown command $cmd (start, stop, restart)" >&2
    exit 2
    ;;
esac
