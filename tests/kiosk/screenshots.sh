#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# --screenshot-dir writes one non-empty 1080×1920 PNG per screen, named after it, and exits 0.
# usage: screenshots.sh KIOSK LANG
set -eu
KIOSK=$1
LANG_CODE=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$KIOSK" --screenshot-dir "$WORK" --lang "$LANG_CODE" --now 2026-11-26T17:30:00Z
for screen in home menu programme programme-page offices office organisations eligibility eligibility-outcome help idle; do
    f="$WORK/$screen.png"
    [ -s "$f" ] || { echo "FAIL: no $f"; exit 1; }
    # PNG signature, then the IHDR width and height (bytes 16-23): 1080×1920.
    size=$(od -An -tx1 -j16 -N8 "$f" | tr -d ' \n')
    [ "$size" = "0000043800000780" ] || { echo "FAIL: $f is not 1080x1920 ($size)"; exit 1; }
done
echo "screenshots: $(ls "$WORK" | wc -l) screens in $LANG_CODE ok"
