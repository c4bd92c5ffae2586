#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the built test suite with every process's clock moved to another day (libfaketime), to
# show that no test depends on the day it runs.
#   usage: tools/run-tests-at.sh "2027-03-27 23:50" [ctest arguments...]
# The moment is Brussels time. The clock is moved by a fixed offset, so it runs on from there and
# every process of the suite (kiosk, server, PostgreSQL, Chromium) agrees on it. Monotonic clocks
# move by the same offset: Python's sleeps fail when only the wall clock moves.
set -eu
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 'YYYY-MM-DD HH:MM' [ctest arguments...]" >&2; exit 2; }
moment=$1
shift
target=$(TZ=Europe/Brussels date -d "$moment" +%s) || { echo "$0: not a moment: $moment" >&2; exit 2; }
offset=$((target - $(date +%s)))
echo "tests at $(TZ=Europe/Brussels date -d "@$target" '+%Y-%m-%d %H:%M %Z') (clock moved by ${offset} s)"
sign=+
case $offset in -*) sign= ;; esac
exec faketime -m -f "${sign}${offset}" ctest --preset dev --timeout 600 -j2 "$@"
