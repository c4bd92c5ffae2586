#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz (clang; ASan, UBSan, LeakSanitizer) in build/fuzz
# and runs each for SECONDS from a copy of its seed corpus, so that the committed corpus stays as
# it is. Exits non-zero when a target finds a crash, a leak, undefined behaviour, a timeout or an
# out-of-memory; the input that does it is left in build/fuzz/run/<target>/artifacts/.
#   usage: tools/run-fuzz.sh [SECONDS]   (default 30)
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-30}
case $SECONDS_EACH in
'' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac
BUILD=build/fuzz
TARGETS="packjson packarchive"

# The kiosk and the tests are not configured: only the pack libraries and the targets are built.
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DGUICHET_FUZZ=ON -DGUICHET_KIOSK=OFF \
    -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD.configure.log" 2>&1 \
    || { cat "$BUILD.configure.log" >&2; echo "fuzz: configure failed" >&2; exit 1; }
cmake --build "$BUILD" --target fuzz_packjson fuzz_packarchive

status=0
summary=""
for target in $TARGETS; do
    run=$BUILD/run/$target
    rm -rf "$run"
    mkdir -p "$run/corpus" "$run/artifacts"
    cp "tests/fuzz/corpus/$target"/* "$run/corpus/"
    dict=""
    [ "$target" = packjson ] && dict=-dict=tests/fuzz/json.dict
    echo "fuzz_$target: ${SECONDS_EACH} s (log: $run/log)"
    code=0
    # shellcheck disable=SC2086 # $dict is one argument or none
    UBSAN_OPTIONS=print_stacktrace=1 "$BUILD/bin/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$run/artifacts/" \
        $dict "$run/corpus" >"$run/log" 2>&1 || code=$?
    # libFuzzer's last status line: "#1234 REDUCE cov: 850 ft: 2400 corp: 120/30Kb ..."
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log" | tail -n 1)
    cov=$(grep -E '^#[0-9]+.* cov: ' "$run/log" | tail -n 1 | sed -E 's/.* cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+).*/\1 edges, \2 features, \3 inputs in the corpus/')
    if [ "$code" -eq 0 ]; then
        line="fuzz_$target: ok, ${runs:-?} runs, ${cov:-no coverage line}"
    else
        status=1
        artifact=$(find "$run/artifacts" -type f | head -n 1)
        line="fuzz_$target: FOUND (exit $code), ${runs:-?} runs, ${cov:-no coverage line}; reproduce: $BUILD/bin/fuzz/fuzz_$target $artifact"
        # The sanitizer's report up to its SUMMARY line (the rest is the input, in hex and base64).
        sed -n '/^==[0-9]*== *ERROR\|runtime error\|deadly signal\|ALARM\|out-of-memory/,/^SUMMARY/p' "$run/log" \
            | head -n 60 >&2
    fi
    summary="$summary$line
"
done
printf '%s' "$summary"
exit $status
