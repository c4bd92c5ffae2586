#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# --screenshot-dir writes one non-empty 1080×1920 PNG per screen, named after it, and exits 0;
# with a server (a real guichet-server on loopback, SQLite), every booking step as well.
# usage: screenshots.sh KIOSK LANG [SERVER PACK]
set -eu
KIOSK=$1
LANG_CODE=$2
SERVER=${3:-}
PACK=${4:-}
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

check() { # PNG signature, then the IHDR width and height (bytes 16-23): 1080×1920.
    f="$WORK/shots/$1.png"
    [ -s "$f" ] || { echo "FAIL: no $f"; exit 1; }
    size=$(od -An -tx1 -j16 -N8 "$f" | tr -d ' \n')
    [ "$size" = "0000043800000780" ] || { echo "FAIL: $f is not 1080x1920 ($size)"; exit 1; }
}

# The kiosk and its server pinned to the same moment, next Monday morning, built from today's
# date: the screens and the free times are the same whatever the day the test runs.
NOW="$(date -d "next monday" +%F)T10:30:00"
SERVER_ARGS=
if [ -n "$SERVER" ]; then
    DB="sqlite:$WORK/guichet.sqlite"
    "$SERVER" --db "$DB" import --pack "$PACK" >/dev/null
    (umask 077 && "$SERVER" --db "$DB" token add --role kiosk --kiosk kiosk-1 >"$WORK/kiosk.token")
    "$SERVER" --db "$DB" --listen 127.0.0.1:0 --now "$NOW" >"$WORK/server.out" 2>"$WORK/server.err" &
    SERVER_PID=$!
    URL=
    for _ in $(seq 1 100); do
        URL=$(sed -n 's|^listening on \(http://[^ ]*\).*$|\1|p' "$WORK/server.out" | head -n 1)
        [ -n "$URL" ] && break
        sleep 0.2
    done
    [ -n "$URL" ] || { cat "$WORK/server.err"; echo "FAIL: the server did not listen"; exit 1; }
    SERVER_ARGS="--server $URL --kiosk-id kiosk-1 --token-file $WORK/kiosk.token --data $WORK/kiosk"
fi
# shellcheck disable=SC2086 # SERVER_ARGS is several arguments or none
"$KIOSK" --screenshot-dir "$WORK/shots" --lang "$LANG_CODE" --now "$NOW" $SERVER_ARGS
for screen in home menu programme programme-page offices office organisations eligibility eligibility-outcome help idle; do
    check "$screen"
done
if [ -n "$SERVER" ]; then
    for step in service when day time office phone phone-number name confirm done; do
        check "booking-$step"
    done
fi
echo "screenshots: $(ls "$WORK/shots" | wc -l) screens in $LANG_CODE ok"
