#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages (guichet-kiosk, guichet-server, guichet-pack, guichet-common) from
# a Release tree in build/package (prefix /usr, no tests), checks them with lintian, and prints
# the paths of the .deb files, one a line, last. Fails on any lintian error (E:) and prints its
# warnings; each accepted warning is explained in deploy/README.md ("lintian"). Incremental: a
# second run rebuilds only what changed.
#   usage: tools/build-packages.sh [BUILD_DIR]   (default build/package)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build/package}
OUT=$BUILD/packages

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr -DGUICHET_DEPLOY=ON >"$BUILD.configure.log" 2>&1 \
    || { cat "$BUILD.configure.log" >&2; echo "packages: configure failed" >&2; exit 1; }
cmake --build "$BUILD" -j2

# An install rule without COMPONENT lands in "Unspecified", which no package holds: refuse it.
stray=$(mktemp -d)
trap 'rm -rf "$stray"' EXIT
cmake --install "$BUILD" --component Unspecified --prefix "$stray/usr" >/dev/null
left=$(cd "$stray" && find . -type f | sed 's|^\./|/|')
if [ -n "$left" ]; then
    echo "packages: these files are installed by a rule without COMPONENT (see cmake/Packaging.cmake):" >&2
    echo "$left" >&2
    exit 1
fi

# Only this version's packages: an old .deb left in the directory is not one of them.
rm -f "$OUT"/*.deb
(cd "$BUILD" && cpack -G DEB >cpack.log 2>&1) || { cat "$BUILD/cpack.log" >&2; echo "packages: cpack failed" >&2; exit 1; }
debs=$(find "$OUT" -maxdepth 1 -name '*.deb' | sort)
[ -n "$debs" ] || { echo "packages: cpack made no .deb in $OUT" >&2; exit 1; }

# One lintian for all of them (its start is most of its time). Every occurrence of a tag; info
# (I:) and pedantic (P:) tags are not shown; its note that running as root is not recommended is
# left out.
# shellcheck disable=SC2086 # one argument per .deb
report=$(lintian --tag-display-limit 0 $debs 2>&1 | grep -v '^running with root privileges') || true
[ -z "$report" ] || echo "$report"
if echo "$report" | grep -q '^E: '; then
    echo "packages: lintian reports errors (E: above)" >&2
    exit 1
fi
for deb in $debs; do
    echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
done
