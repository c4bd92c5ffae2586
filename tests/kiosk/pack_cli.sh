#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The pack validator and the kiosk on a broken pack: a clear message naming file, line and key,
# a non-zero exit, and the kiosk refuses to start rather than show a half pack.
# usage: pack_cli.sh BIN_DIR MINIPACK
set -eu
BIN=$1
MINIPACK=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*"; exit 1; }

"$BIN/guichet-pack" validate "$MINIPACK" >"$WORK/ok.out" 2>&1 || fail "the fixture pack does not validate: $(cat "$WORK/ok.out")"
grep -q "^ok: minipack" "$WORK/ok.out" || fail "no ok line: $(cat "$WORK/ok.out")"

cp -r "$MINIPACK" "$WORK/pack"
sed -i 's/"from": "09:00", "to": "12:00"}, {"from": "14:00"/"from": "9h", "to": "12:00"}, {"from": "14:00"/' "$WORK/pack/offices.json"
sed -i 's/"id": "ecrire"/"id": "zeta"/' "$WORK/pack/organisations.json"

if "$BIN/guichet-pack" validate "$WORK/pack" >"$WORK/bad.out" 2>&1; then
    fail "validate accepted a broken pack"
fi
cat "$WORK/bad.out"
grep -q "offices.json:10: offices\[0\].hours.mon\[0\].from: \"9h\" is not a time" "$WORK/bad.out" || fail "bad time not reported with file:line: key"
grep -q "organisations.json:15: organisations\[1\].id: duplicate id \"zeta\"" "$WORK/bad.out" || fail "duplicate id not reported"
grep -q "2 problem(s); the pack was not accepted" "$WORK/bad.out" || fail "problem count missing"

if QT_QPA_PLATFORM=offscreen "$BIN/guichet-kiosk" --pack "$WORK/pack" --self-test >"$WORK/kiosk.out" 2>&1; then
    fail "the kiosk started on a broken pack"
fi
grep -q "has problems; run guichet-pack validate" "$WORK/kiosk.out" || fail "the kiosk did not say why: $(cat "$WORK/kiosk.out")"

"$BIN/guichet-pack" validate "$WORK/does-not-exist" >"$WORK/missing.out" 2>&1 && fail "validate accepted a missing directory"
grep -q "manifest.json: file is missing" "$WORK/missing.out" || fail "missing directory not explained"
echo "pack_cli: ok"
