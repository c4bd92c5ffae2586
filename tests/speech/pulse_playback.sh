#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The real audio path: a PulseAudio null sink (docs/HEADLESS.md), the kiosk's SpeechEngine
# playing through QAudioSink, the sink's monitor recorded; the recording's voiced length must
# match the synthesised PCM within 30 ms and not be silence. Then the sound server is killed
# mid-utterance, and finally there is no sound server at all: speech must report itself
# unavailable and the process must end normally both times.
# usage: pulse_playback.sh BIN_DIR PACK VOICES
set -eu
BIN=$1
PACK=$2
VOICES=$3
T=$(mktemp -d)
PIDS=""
cleanup() {
    for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
    [ -f "$T/run/pulse/pid" ] && kill "$(cat "$T/run/pulse/pid")" 2>/dev/null || true
    pulseaudio --kill 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
TEXT="Bonjour. Le parcours d'accueil est gratuit pour vous."

export HOME=$T/home XDG_RUNTIME_DIR=$T/run PULSE_SERVER=unix:$T/run/pulse/native QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR/pulse" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"

start_pulse() {
    pulseaudio --daemonize=yes --exit-idle-time=-1 --system=false -n --use-pid-file=yes \
        -L "module-native-protocol-unix auth-anonymous=1 socket=$XDG_RUNTIME_DIR/pulse/native" \
        -L "module-null-sink sink_name=vsink rate=22050 channels=1" \
        -L "module-remap-source master=vsink.monitor source_name=vcap" 2>"$T/pulse.log" \
        || fail "pulseaudio did not start: $(cat "$T/pulse.log")"
    for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
    pactl set-default-sink vsink
    parec -d vsink.monitor --latency-msec=20 --raw >/dev/null &   # keeps the sink awake
    PIDS="$PIDS $!"
}

# 1. What the kiosk should play, synthesised the same way.
"$BIN/guichet-pack" speak "$PACK" --lang fr --text "$TEXT" --wav "$T/expected.wav" --voices "$VOICES" >/dev/null

# 2. Played through the real QAudioSink into the null sink, recorded from its monitor.
start_pulse
parec -d vsink.monitor --latency-msec=20 --rate=22050 --channels=1 --format=s16le --file-format=wav "$T/recorded.wav" &
REC=$!
PIDS="$PIDS $REC"
sleep 0.3
"$BIN/tests/guichet-test-say" "$VOICES" fr "$TEXT" >"$T/say.out" || fail "playback: $(cat "$T/say.out")"
sleep 0.3
kill -INT $REC; wait $REC 2>/dev/null || true
grep -q "heard=1 available=1" "$T/say.out" || fail "not heard through the device: $(cat "$T/say.out")"

trim() { sox "$1" "$2" silence 1 0.01 -60d reverse silence 1 0.01 -60d reverse; }
trim "$T/expected.wav" "$T/expected-trim.wav"
trim "$T/recorded.wav" "$T/recorded-trim.wav"
expected=$(soxi -D "$T/expected-trim.wav")
recorded=$(soxi -D "$T/recorded-trim.wav")
rms=$(sox "$T/recorded-trim.wav" -n stat 2>&1 | awk '/RMS +amplitude/ {print $3}')
echo "voiced length: synthesised $expected s, recorded $recorded s, recorded RMS $rms"
awk -v a="$expected" -v b="$recorded" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 0.030) }' \
    || fail "recorded voiced length differs by more than 30 ms"
awk -v r="$rms" 'BEGIN { exit !(r > 0.02) }' || fail "the recording is silence (RMS $rms)"

# 3. The sound server dies mid-utterance: no crash, speech reported unavailable, the end still comes.
"$BIN/tests/guichet-test-say" "$VOICES" fr "$TEXT $TEXT $TEXT" >"$T/die.out" &
SAY=$!
sleep 1
kill -9 "$(cat "$XDG_RUNTIME_DIR/pulse/pid")"
wait $SAY || fail "the speaker crashed or hung when the sound server died: $(cat "$T/die.out")"
grep -q "available=0" "$T/die.out" || fail "speech still reported available after the server died: $(cat "$T/die.out")"
echo "server killed mid-utterance: $(cat "$T/die.out")"

# 4. No sound server at all.
export PULSE_SERVER=unix:$T/nothing-here
"$BIN/tests/guichet-test-say" "$VOICES" fr "Bonjour." >"$T/none.out" || fail "no sound server: $(cat "$T/none.out")"
grep -q "available=0" "$T/none.out" || fail "speech reported available with no sound server"
echo "no sound server: $(cat "$T/none.out")"
echo "pulse_playback: ok"
