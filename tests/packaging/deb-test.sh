#!/usr/bin/env bash
# Builds the .deb from a configured build directory and checks it as an IT department would meet it:
# metadata (Depends, Recommends), files (programs, menu entry, AppStream, icons, man page), the validators, and the
# installed programs themselves. As root, on a machine without a kense package of its own, it installs the package
# with apt and removes it again; otherwise it unpacks it into a scratch root and runs the programs from there.
# Usage: deb-test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kense >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "deb-test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null) || fail "cpack could not build the package"
deb=$(ls "$work"/pkg/kense_*.deb)
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "package: $(basename "$deb"), version $version"
echo "Depends: $depends"
echo "Recommends: $recommends"
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core libspdlog; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done
grep -q "gnome-keyring | kwalletmanager" <<<"$recommends" || fail "Recommends lacks the keychain"
grep -q "libsecret-1-0" <<<"$recommends" || fail "Recommends lacks libsecret-1-0"
description=$(dpkg-deb -f "$deb" Description)
grep -q "registers requests with their legal deadlines" <<<"$description" || fail "the description is missing"
if grep -q ";" <<<"$description"; then fail "the description has a stray ';' (a CMake list?)"; fi

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/kense ./usr/bin/kensectl ./usr/share/applications/kz.kense.Kense.desktop \
         ./usr/share/metainfo/kz.kense.Kense.metainfo.xml ./usr/share/man/man1/kensectl.1 \
         ./usr/share/icons/hicolor/scalable/apps/kz.kense.Kense.svg; do
    grep -qx "$f" <<<"$files" || fail "the package lacks $f"
done
for size in 16 32 48 64 128 256; do
    grep -qx "./usr/share/icons/hicolor/${size}x${size}/apps/kz.kense.Kense.png" <<<"$files" || fail "no ${size}px icon"
done

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/kz.kense.Kense.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/kz.kense.Kense.metainfo.xml" | tail -1

bin="$work/root/usr/bin"
if [ "$(id -u)" = 0 ] && ! dpkg-query -W kense >/dev/null 2>&1; then
    env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null ||
        fail "apt-get could not install the package"
    installed=1
    bin=/usr/bin
    echo "installed with apt-get"
else
    echo "not root or a kense package is already installed: running from the unpacked package"
fi

[ "$("$bin/kensectl" --version)" = "kensectl $version" ] || fail "kensectl --version is not $version"
[ "$(QT_QPA_PLATFORM=offscreen "$bin/kense" --version 2>/dev/null)" = "kense $version" ] || fail "kense --version is not $version"
export KENSE_DATA_DIR="$work/data"
echo 'deb-test-admin-pass' | "$bin/kensectl" db init --db "$work/desk.sqlite" --office KZOTSON01 --desk 1 \
    --admin admin --password-stdin --json | grep -q '"desk":"KZOTSON01-1"' ||
    fail "the installed kensectl could not make a desk database"

# The installed program starts, opens its (new) database and shows its first dialog, the desk's set-up.
QT_QPA_PLATFORM=offscreen "$bin/kense" --db "$work/window.sqlite" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 600); do
    grep -q "showing the set-up dialog" "$KENSE_DATA_DIR/logs/kense.log" 2>/dev/null && break
    sleep 0.1
done
grep -q "showing the set-up dialog" "$KENSE_DATA_DIR/logs/kense.log" || fail "the installed kense showed no first dialog"
kill -0 $pid 2>/dev/null || fail "the installed kense did not keep running"
kill $pid
wait $pid 2>/dev/null || true
grep -q "opened .*window.sqlite" "$KENSE_DATA_DIR/logs/kense.log" || fail "the installed kense did not open its database"
echo "installed kense and kensectl work"

if [ "$installed" = 1 ]; then
    env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kense >/dev/null || fail "apt-get could not remove kense"
    installed=0
    [ ! -e /usr/bin/kense ] || fail "/usr/bin/kense is still there after removal"
    echo "removed again"
fi
