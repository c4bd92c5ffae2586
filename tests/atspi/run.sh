#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The AT-SPI drive of the kiosk (see drive_kiosk.py): sh tests/atspi/run.sh PATH-TO-guichet-kiosk
# The pack comes from GUICHET_PACK. drive_kiosk.py starts and stops Xvfb, a private D-Bus session
# bus, the AT-SPI bus and registry and the kiosk itself, each by its process id.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: sh $0 PATH-TO-guichet-kiosk" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)

# Debian's Python has pyatspi; a pyenv or virtualenv python3 on PATH does not.
unset PYTHONPATH PYTHONHOME
for tool in /usr/bin/python3 Xvfb dbus-daemon dbus-send /usr/libexec/at-spi-bus-launcher /usr/libexec/at-spi2-registryd; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "atspi: $tool is missing (apt-get install xvfb dbus at-spi2-core python3-pyatspi)" >&2
        exit 77
    fi
done
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
    echo "atspi: /usr/bin/python3 cannot import pyatspi (apt-get install python3-pyatspi)" >&2
    exit 77
fi

exec /usr/bin/python3 "$here/drive_kiosk.py" "$1"
