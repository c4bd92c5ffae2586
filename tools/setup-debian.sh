#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, from Debian 12's own packages, everything Guichet needs to build, run and test.
# Does nothing when it is all there already; nothing is downloaded at build time.
set -eu

PACKAGES="
cmake ninja-build g++ pkg-config
qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-svg-dev qt6-tools-dev qt6-l10n-tools
qt6-qpa-plugins libqt6svg6 qt6-multimedia-dev libqt6multimedia6
qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qttest
qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard qml6-module-qt-labs-folderlistmodel
libicu-dev libespeak-ng-dev espeak-ng libsndfile1-dev sox pulseaudio pulseaudio-utils
fonts-noto-core fonts-noto-extra fonts-noto-ui-core
xvfb xauth dbus at-spi2-core python3-pyatspi
libcpp-httplib-dev libarchive-dev libsodium-dev libqt6sql6-sqlite libqt6sql6-psql postgresql openssl python3-icalendar chromium
libqrencode-dev zbar-tools poppler-utils faketime
clang libclang-rt-14-dev llvm
libsystemd-dev libsqlite3-dev cage xwayland qt6-wayland lintian nginx
"
# Node.js with npm for the staff console's browser test (playwright-core and axe-core, installed next by
# tools/setup-console-test.sh from its lock file): Debian's, unless this machine already has a
# node with npm (e.g. from NodeSource).
if ! command -v npm >/dev/null 2>&1; then
    PACKAGES="$PACKAGES nodejs npm"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "setup: installing$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
