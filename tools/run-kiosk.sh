#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine, builds Guichet and runs the kiosk in a 1080×1920 window with the
# default content pack (content/bapa-bxl). Extra arguments go to guichet-kiosk (e.g. --lang ar).
set -eu
cd "$(dirname "$0")/.."
./tools/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target guichet-kiosk
exec ./build/release/bin/guichet-kiosk --windowed --pack content/bapa-bxl "$@"
