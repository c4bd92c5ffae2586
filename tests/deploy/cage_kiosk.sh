#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk as the kiosk unit runs it: under cage (wlroots' headless backend, no screen here) as
# an unprivileged user, a Wayland client. Checks its first frame (grabbed by the kiosk itself: a
# compositor's screenshot of a headless output can be stale), then stops it as the unit's
# ExecStop does, by SIGTERM to the kiosk only, and checks that cage exits by itself with 0.
# wlroots' headless output is 1280×720; cage's -r turns it a quarter, to the portrait screen a
# kiosk has (a landscape panel mounted upright needs the same -r in the unit: deploy/README.md).
#   sh cage_kiosk.sh KIOSK_BINARY USER OUT_PNG        (as root; prints "cage: ok")
set -eu
KIOSK=$1
USER_NAME=$2
OUT=$3
HERE=$(cd "$(dirname "$0")" && pwd)

fail() {
    echo "cage: FAIL: $*"
    [ -f "$WORK/cage.log" ] && grep -v "Basic output test failed" "$WORK/cage.log" | tail -n 30
    exit 1
}

[ "$(id -u)" -eq 0 ] || { echo "cage: needs root (to run the kiosk as $USER_NAME)"; exit 1; }
command -v cage >/dev/null || fail "cage is not installed"
# Searchable by the user: under /tmp, not a 0700 mktemp directory.
WORK=$(mktemp -d /tmp/guichet-cage.XXXXXX)
chmod 755 "$WORK"
CAGE_PID=""
# Only this cage and its kiosk: the user may run another (the package test's user guichet).
# `|| true`: under set -e a kill that finds nothing would end the trap before rm.
cleanup() {
    if [ -n "$CAGE_PID" ]; then
        pkill -KILL -P "$CAGE_PID" 2>/dev/null || true
        kill -KILL "$CAGE_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# The user's own runtime directory (mode 700), as logind would make /run/user/UID, and its data.
install -d -m 700 -o "$USER_NAME" "$WORK/runtime"
install -d -m 750 -o "$USER_NAME" "$WORK/data" "$WORK/out"
rm -f "$OUT"

env -i PATH=/usr/bin:/bin HOME="$WORK/data" XDG_RUNTIME_DIR="$WORK/runtime" \
    WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
    QT_WAYLAND_DISABLE_WINDOWDECORATION=1 LANG=C.UTF-8 TZ=Europe/Brussels \
    ${GUICHET_PACK:+GUICHET_PACK="$GUICHET_PACK"} \
    setpriv --reuid="$USER_NAME" --regid="$(id -g "$USER_NAME")" --init-groups \
    cage -d -r -- "$KIOSK" --mute --data "$WORK/data" --grab-first-frame "$WORK/out/first.png" \
    >"$WORK/cage.log" 2>&1 &
CAGE_PID=$!

waited=0
until [ -f "$WORK/out/first.png" ]; do
    kill -0 "$CAGE_PID" 2>/dev/null || fail "cage exited before the first frame"
    [ "$waited" -ge 900 ] && fail "no first frame within 90 s"
    sleep 0.1
    waited=$((waited + 1))
done
cp "$WORK/out/first.png" "$OUT"
shape=$(python3 "$HERE/pngcheck.py" "$OUT" 600 600 8) || fail "the first frame is blank or small: $shape"
echo "cage: first frame $shape (as $USER_NAME, QT_QPA_PLATFORM=wayland)"
kiosk=$(pgrep -u "$USER_NAME" -P "$CAGE_PID" -x guichet-kiosk) || fail "no guichet-kiosk under cage"
[ "$(ps -o user= -p "$kiosk")" = "$USER_NAME" ] || fail "the kiosk does not run as $USER_NAME"

# The unit's stop: the kiosk, never cage (cage 0.1.4 aborts on SIGTERM).
kill -TERM "$kiosk"
waited=0
while kill -0 "$CAGE_PID" 2>/dev/null; do
    [ "$waited" -ge 200 ] && fail "cage did not exit within 20 s of the kiosk's SIGTERM"
    sleep 0.1
    waited=$((waited + 1))
done
status=0
wait "$CAGE_PID" || status=$?
CAGE_PID=""
[ "$status" -eq 0 ] || fail "cage exited with $status"
echo "cage: SIGTERM to the kiosk: it quit and cage exited by itself with 0"
echo "cage: ok"
