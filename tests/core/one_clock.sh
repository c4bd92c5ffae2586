#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Kiosk, server and tools read "now" from guichet::Clock only (kiosk/core/clock.h), so that tests
# and --now can set it. Fails, naming the lines, when C++ reads the system's clock elsewhere.
# usage: one_clock.sh SOURCE_DIR
set -eu
cd "$1"
found=$(grep -rnE 'QDateTime::current|QDate::currentDate|QTime::currentTime|system_clock|[^_]time\(nullptr\)|gettimeofday' \
    --include='*.cpp' --include='*.h' kiosk server tools tests \
    | grep -v '^kiosk/core/clock.cpp:' | grep -v '^tests/core/tst_clock.cpp:' || true)
if [ -n "$found" ]; then
    echo "one clock: these lines read the system's clock instead of guichet::Clock:"
    echo "$found"
    exit 1
fi
echo "one clock: ok"
