#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into an empty prefix, copies that prefix somewhere else, and runs it there
# with no GUICHET_* variables: the kiosk passes its self-test, guichet-pack validates the
# installed pack and the server imports it. Where it may (root, unshare), the source tree and
# the build tree are hidden under an empty tmpfs first, as if they had been moved away.
# usage: install_test.sh BUILD_DIR SOURCE_DIR KIOSK(ON|OFF)
set -eu
BUILD=$1
SOURCE=$2
KIOSK=$3
fail() {
    echo "install: FAIL: $*" >&2
    exit 1
}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cmake --install "$BUILD" --prefix "$T/prefix" >"$T/install.log" || { cat "$T/install.log" >&2; fail "cmake --install"; }
cp -a "$T/prefix" "$T/moved"
P=$T/moved
PROGRAMS="guichet-server guichet-pack"
[ "$KIOSK" = ON ] && PROGRAMS="$PROGRAMS guichet-kiosk"
for program in $PROGRAMS; do
    [ -x "$P/bin/$program" ] || fail "bin/$program was not installed"
    # No path of the source tree compiled in: no data directory, and no source file in __FILE__
    # or the debug information either (-ffile-prefix-map makes those relative).
    found=$(grep -a -c "$SOURCE" "$P/bin/$program" || true)
    [ "$found" = 0 ] || fail "bin/$program holds $found lines naming $SOURCE: $(strings "$P/bin/$program" | grep "$SOURCE" | sort -u | head -n 5)"
done
[ -f "$P/share/guichet/default-pack/manifest.json" ] || fail "share/guichet/default-pack is missing"
[ -f "$P/share/guichet/console/index.html" ] || fail "share/guichet/console is missing"
if [ "$KIOSK" = ON ]; then
    [ -f "$P/share/guichet/voices/fr.json" ] || fail "share/guichet/voices is missing"
    ls "$P"/share/guichet/i18n/guichet_*.qm >/dev/null 2>&1 || fail "share/guichet/i18n has no .qm files"
    ldd "$P/bin/guichet-kiosk" | grep -q libQt6Test && fail "the production kiosk links Qt Test"
fi

# What runs from the moved prefix, in an empty directory, with none of the tests' variables.
cat >"$T/run.sh" <<RUN
set -eu
cd "$T"
unset GUICHET_PACK GUICHET_VOICES GUICHET_I18N GUICHET_TEST_DATA
"$P/bin/guichet-pack" validate "$P/share/guichet/default-pack"
"$P/bin/guichet-server" --help >/dev/null
"$P/bin/guichet-server" --db "sqlite:$T/server.sqlite" import --pack "$P/share/guichet/default-pack"
if [ "$KIOSK" = ON ]; then
    XDG_RUNTIME_DIR=$T/run
    export XDG_RUNTIME_DIR
    mkdir -m 700 -p "\$XDG_RUNTIME_DIR"
    "$P/bin/guichet-kiosk" --self-test --mute 2>&1 | tail -n 1
fi
RUN
hidden=no
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 \
    && unshare -m sh -c "mount -t tmpfs none '$SOURCE' && test ! -e '$SOURCE/CMakeLists.txt'" 2>/dev/null; then
    hidden=yes
    unshare -m sh -c "mount -t tmpfs none '$SOURCE' && mount -t tmpfs none '$BUILD' 2>/dev/null; sh '$T/run.sh'" >"$T/run.log" 2>&1 || { cat "$T/run.log" >&2; fail "the moved prefix did not run"; }
else
    sh "$T/run.sh" >"$T/run.log" 2>&1 || { cat "$T/run.log" >&2; fail "the moved prefix did not run"; }
fi
cat "$T/run.log"
if [ "$KIOSK" = ON ]; then
    tail -n 1 "$T/run.log" | grep -q "^self-test: [0-9]* screens x [0-9]* languages ok" || fail "the installed kiosk's self-test did not pass"
fi
echo "install: ok (sources hidden: $hidden)"
