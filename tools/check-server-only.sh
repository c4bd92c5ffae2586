#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The server and guichet-pack build without the kiosk's stack: configured with GUICHET_KIOSK=OFF
# and every kiosk-only Qt module made unfindable (a look for one fails the configure), then
# neither program may link Qt Gui, Quick, Multimedia or eSpeak NG.
#   usage: tools/check-server-only.sh [BUILD_DIR]   (default build/server-only)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build/server-only}
hidden=""
for module in Gui Qml Quick QuickControls2 Svg Multimedia PrintSupport QuickTest LinguistTools; do
    hidden="$hidden -DCMAKE_DISABLE_FIND_PACKAGE_Qt6$module=ON"
done
# --fresh: a cache left by another configure cannot hide a look-up (nothing is rebuilt for it).
# shellcheck disable=SC2086 # one argument per word
cmake --fresh -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGUICHET_KIOSK=OFF -DBUILD_TESTING=OFF \
    -DGUICHET_WERROR=ON $hidden >"$BUILD.configure.log" 2>&1 \
    || { cat "$BUILD.configure.log" >&2; echo "server-only: configure failed" >&2; exit 1; }
# pkg-config modules cannot be disabled like Qt's: none of the kiosk's may even have been looked for.
looked=$(grep -E -o '^__pkg_config_checked_(ESPEAK_NG|SNDFILE|QRENCODE)' "$BUILD/CMakeCache.txt" || true)
if [ -n "$looked" ]; then
    echo "server-only: the configure looked for the kiosk's packages: $looked" >&2
    exit 1
fi
cmake --build "$BUILD" -j2 --target guichet-server guichet-pack
status=0
for program in guichet-server guichet-pack; do
    linked=$(ldd "$BUILD/bin/$program" | grep -E -o 'lib(Qt6Gui|Qt6Quick|Qt6Qml|Qt6Multimedia|espeak-ng|sndfile|qrencode)[^ ]*' || true)
    if [ -n "$linked" ]; then
        echo "server-only: $program links the kiosk's stack: $linked" >&2
        status=1
    fi
done
code=0
said=$("$BUILD/bin/guichet-pack" speak content/bapa-bxl --lang fr --text x --wav /dev/null 2>&1) || code=$?
if [ "$code" != 2 ] || ! echo "$said" | grep -q "no speech"; then
    echo "server-only: guichet-pack speak should say this build has no speech and exit 2 (exit $code: $said)" >&2
    status=1
fi
[ $status -eq 0 ] && echo "server-only: guichet-server and guichet-pack built without Qt Gui, Quick, Multimedia or eSpeak NG"
exit $status
