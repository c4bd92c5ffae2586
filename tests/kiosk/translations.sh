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
# The interface names each concept as the pack's glossary does: no translation uses a word the
# glossary of its language says to avoid (the menu's title and the texts below it agree).
python3 - "$SRC" <<'PY' || status=1
import glob, html, json, os, re, sys
src = sys.argv[1]
bad = 0
for path in sorted(glob.glob(os.path.join(src, "content/bapa-bxl/glossary/*.json"))):
    glossary = json.load(open(path, encoding="utf-8"))
    ts = os.path.join(src, "qml/i18n/guichet_%s.ts" % glossary["language"])
    if not os.path.exists(ts):
        continue
    translations = [html.unescape(t) for t in re.findall(r"<translation[^>]*>([^<]*)</translation>", open(ts, encoding="utf-8").read())]
    for term in glossary["terms"]:
        for word in term.get("avoid", []):
            for text in translations:
                if word.casefold() in text.casefold():
                    print('FAIL: %s: "%s" uses "%s"; the glossary says "%s"' % (os.path.basename(ts), text, word, term["term"]))
                    bad = 1
sys.exit(bad)
PY
exit $status
