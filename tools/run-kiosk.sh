#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine, builds Guichet and runs the kiosk in a 1080×1920 window with the
# default content pack (content/bapa-bxl), beside its embedded booking server on SQLite
# (guichet-data/ in the checkout; the staff console's URL and token are printed). Extra
# arguments go to guichet-kiosk (e.g. --lang ar).
set -eu
cd "$(dirname "$0")/.."
./tools/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target guichet-kiosk guichet-server guichet-pack

DATA=guichet-data
SERVER="./build/release/bin/guichet-server --db sqlite:$DATA/guichet.sqlite"
mkdir -p "$DATA"
chmod 700 "$DATA"
$SERVER import --pack content/bapa-bxl
# One staff token and one kiosk token for this checkout, kept where only this user can read them.
if [ ! -s "$DATA/staff.token" ]; then
    (umask 077 && $SERVER token add --role staff >"$DATA/staff.token")
fi
if [ ! -s "$DATA/kiosk.token" ]; then
    (umask 077 && $SERVER token add --role kiosk --kiosk kiosk-1 >"$DATA/kiosk.token")
fi
# The key that signs this checkout's content packs: the server accepts them, the kiosk installs them.
if [ ! -s "$DATA/pack.key" ]; then
    ./build/release/bin/guichet-pack keygen --secret "$DATA/pack.key" --public "$DATA/pack.pub" >/dev/null
fi
$SERVER --listen 127.0.0.1:8080 --pack-key "$DATA/pack.pub" >"$DATA/server.out" 2>"$DATA/server.log" &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT INT TERM
sleep 1
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    cat "$DATA/server.log" >&2
    echo "run-kiosk: the server did not start (is port 8080 taken?)" >&2
    exit 1
fi
echo "run-kiosk: staff console at http://127.0.0.1:8080/ (token in $DATA/staff.token; packs signed with $DATA/pack.key)"
# The default pack, until a newer one is published and installed under $DATA/kiosk/packs.
./build/release/bin/guichet-kiosk --windowed --pack-key "$DATA/pack.pub" \
    --server http://127.0.0.1:8080 --kiosk-id kiosk-1 --token-file "$DATA/kiosk.token" --data "$DATA/kiosk" "$@"
