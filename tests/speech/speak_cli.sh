#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# guichet-pack speak writes a WAV that sox reads as speech (not silence, plausible length), and
# says plainly why it cannot for a language eSpeak NG does not speak.
# usage: speak_cli.sh BIN_DIR PACK
set -eu
BIN=$1
PACK=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$BIN/guichet-pack" speak "$PACK" --lang fr --key programme.welcome.title --wav "$WORK/fr.wav"
seconds=$(soxi -D "$WORK/fr.wav")
rms=$(sox "$WORK/fr.wav" -n stat 2>&1 | awk '/RMS +amplitude/ {print $3}')
echo "fr: $seconds s, RMS $rms"
awk -v s="$seconds" 'BEGIN { exit !(s > 0.3 && s < 5) }' || fail "length $seconds s"
awk -v r="$rms" 'BEGIN { exit !(r > 0.02) }' || fail "silence (RMS $rms)"

"$BIN/guichet-pack" speak "$PACK" --lang ar --text "مرحبا بكم في BAPA BXL." --wav "$WORK/ar.wav"
[ -s "$WORK/ar.wav" ] || fail "no Arabic WAV"

if "$BIN/guichet-pack" speak "$PACK" --lang ti --key programme.welcome.title --wav "$WORK/ti.wav" 2>"$WORK/ti.err"; then
    fail "Tigrinya has no eSpeak voice, yet speak succeeded"
fi
grep -q "no voice profile for \"ti\"" "$WORK/ti.err" || fail "no explanation for ti: $(cat "$WORK/ti.err")"
if "$BIN/guichet-pack" speak "$PACK" --lang fr --key no.such.key --wav "$WORK/x.wav" 2>"$WORK/key.err"; then
    fail "an unknown key was spoken"
fi
grep -q "no text \"no.such.key\" in fr" "$WORK/key.err" || fail "unknown key not explained"
echo "speak_cli: ok"
