#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every interface string has a translation in every language: lupdate is run afresh on the
# sources (so a string added or moved without updating the .ts files is caught), then
# lrelease must report no untranslated text. Drafts (type="unfinished") count as translated.
# usage: translations.sh SOURCE_DIR
set -eu
SRC=$1
BIN=/usr/lib/qt6/bin
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
for ts in "$SRC"/qml/i18n/guichet_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$WORK/$name"
    (cd "$SRC" && "$BIN/lupdate" -silent -no-obsolete -locations none qml kiosk/app -ts "$WORK/$name")
    out=$("$BIN/lrelease" "$WORK/$name" -qm "$WORK/${name%.ts}.qm" 2>&1)
    if echo "$out" | grep -q "untranslated"; then
        echo "FAIL: $name: $(echo "$out" | grep untranslated)"
        status=1
    else
        echo "$name: $(echo "$out" | grep Generated)"
    fi
done
exit $status
