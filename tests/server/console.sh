#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The staff console in Debian's headless Chromium against the real server: a kiosk books, staff
# sign in, find the booking and mark it attended, the server agrees; alerts and the fleet update
# live; wrong tokens, API errors, Dutch and the iCalendar export; on the Content page, a signed
# pack built with guichet-pack is previewed against the published one and published, and the
# fleet shows which pack each kiosk runs and the last it refused (tests/server/console.mjs).
# Then a working day at the desk in French and Dutch, at 1280×900 and 390×844, every view
# checked by axe-core (tests/server/console-day.mjs, console-checks.mjs).
# The server runs on the system's clock, like the browser: the packs' dates are built from it.
# usage: console.sh SERVER_BINARY PACK_DIR [PACK_TOOL]
# Screenshots go to $GUICHET_SCREENSHOT_DIR when set (else a temporary directory).
# playwright-core (no browser) comes from tests/server/node, installed at setup by
# tools/setup-console-test.sh from its package-lock.json.
set -eu

if [ $# -ne 2 ] && [ $# -ne 3 ]; then
    echo "usage: $0 SERVER_BINARY PACK_DIR [PACK_TOOL]" >&2
    exit 2
fi
SERVER=$1
PACK=$2
# guichet-pack: the third argument, else $GUICHET_PACK_TOOL, else beside the server (bin/).
PACK_TOOL=${3:-${GUICHET_PACK_TOOL:-$(dirname "$SERVER")/guichet-pack}}
HERE=$(cd "$(dirname "$0")" && pwd)

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[ -x "$SERVER" ] || fail "no server binary at $SERVER"
[ -d "$PACK" ] || fail "no content pack at $PACK"
[ -n "$PACK_TOOL" ] && [ -x "$PACK_TOOL" ] || fail "no guichet-pack at '$PACK_TOOL' (give it as the third argument)"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing: apt-get install chromium (Debian's build is the one used; none is downloaded)"
command -v node >/dev/null 2>&1 || fail "node is missing: apt-get install nodejs"

TMP=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

DB="sqlite:$TMP/db.sqlite"

# One stdout line with the token alone; anything else the server says goes to stderr.
new_token() {
    out=$("$SERVER" token add "$@" --db "$DB") || fail "token add $* failed"
    token=$(printf '%s\n' "$out" | sed -n '$p')
    case $token in
        '' | *[[:space:]]*) fail "token add $* printed no token on its last line: '$out'" ;;
    esac
    printf '%s\n' "$token"
}
STAFF_TOKEN=$(new_token --role staff)
KIOSK_TOKEN=$(new_token --role kiosk --kiosk k1)
new_token --role kiosk --kiosk k2 >/dev/null # a kiosk that never reports
OTHER_KIOSK_TOKEN=$(new_token --role kiosk --kiosk k3)
"$SERVER" --db "$DB" import --pack "$PACK" >"$TMP/import.log" 2>&1 \
    || { cat "$TMP/import.log" >&2; fail "import --pack $PACK failed"; }

# The key staff sign packs with; the server trusts its public half.
"$PACK_TOOL" keygen --secret "$TMP/pack.key" --public "$TMP/pack.pub" >"$TMP/keygen.log" 2>&1 \
    || { cat "$TMP/keygen.log" >&2; fail "guichet-pack keygen failed"; }
mkdir "$TMP/packs"

# No rate limits: the test's own API calls come in bursts from one address and token.
"$SERVER" --db "$DB" --listen 127.0.0.1:0 --pack-key "$TMP/pack.pub" --rate-per-token 0 --rate-per-address 0 >"$TMP/server.out" 2>"$TMP/server.err" &
SERVER_PID=$!
URL=
tries=0
while [ $tries -lt 200 ]; do # 20 s
    URL=$(sed -n 's|^listening on \(http://[^ ]*\).*$|\1|p' "$TMP/server.out" | head -n 1)
    [ -n "$URL" ] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        cat "$TMP/server.err" >&2
        fail "the server exited before listening"
    fi
    sleep 0.1
    tries=$((tries + 1))
done
if [ -z "$URL" ]; then
    cat "$TMP/server.err" >&2
    fail "the server printed no 'listening on http://…' line within 20 s"
fi

NODE_MODULES=$HERE/node/node_modules
for package in playwright-core axe-core; do
    [ -f "$NODE_MODULES/$package/package.json" ] \
        || fail "$package is not installed: run tools/setup-console-test.sh (npm ci from tests/server/node/package-lock.json)"
done

SHOTS=$TMP
if [ -n "${GUICHET_SCREENSHOT_DIR:-}" ]; then
    SHOTS=$GUICHET_SCREENSHOT_DIR
    mkdir -p "$SHOTS"
    echo "console: screenshots go to $SHOTS" >&2
fi

status=0
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
GUICHET_SCREENSHOT_DIR=$SHOTS GUICHET_SERVER_BIN=$SERVER GUICHET_DB=$DB \
    node "$HERE/console.mjs" "$URL" "$STAFF_TOKEN" "$KIOSK_TOKEN" "$OTHER_KIOSK_TOKEN" "$PACK_TOOL" "$PACK" "$TMP/pack.key" "$TMP/packs" || status=$?
if [ $status -ne 0 ]; then
    echo "--- server stderr (last 40 lines) ---" >&2
    tail -n 40 "$TMP/server.err" >&2
    exit $status
fi
