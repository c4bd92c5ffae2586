#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine, builds Guichet, fails on any qmllint warning, and runs every test
# (C++ Qt Test, Qt Quick Test, the pack validator, the kiosk's self-test, the AT-SPI drive, the
# Debian packages installed and run), runs
# the pack fuzzers for 30 s each, then runs the suite again on another day.
set -eu
cd "$(dirname "$0")/.."
./tools/setup-debian.sh
./tools/setup-console-test.sh
cmake --preset dev
cmake --build --preset dev
# qmllint exits non-zero on any warning (docs/QT64.md): a warning fails the tests.
cmake --build --preset dev --target all_qmllint
# The server and guichet-pack alone, without the kiosk's packages.
./tools/check-server-only.sh
# The Debian packages (a Release tree, build/package), checked by lintian; the test
# deploy_packages installs, runs, upgrades and purges them on this machine.
./tools/build-packages.sh
ctest --preset dev --timeout 600 -j2
# The pack JSON parser and archive reader under libFuzzer (clang, ASan, UBSan), 30 s each.
./tools/run-fuzz.sh 30
# Once more with the clock moved (libfaketime) to the night before summer time starts, across
# midnight into the short day: no test may depend on the day it runs. The kill -9 test runs once
# (it pins its own moment and takes minutes), and so does the package test (installing packages
# under a moved clock adds nothing).
./tools/run-tests-at.sh "2027-03-27 23:50" -E "packs_kill_install|deploy_packages"

