#!/bin/sh
# Runs a command in a private D-Bus session with an unlocked GNOME Keyring (the Secret Service QtKeychain uses),
# whose keyring files live in a temporary directory — never the developer's own keyring.
#   usage: with-keyring.sh COMMAND [ARGS...]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" XDG_CONFIG_HOME="$home/config"
dbus-run-session -- sh -c 'echo kense-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
    with-keyring "$@"
