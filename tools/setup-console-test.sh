#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the staff console test's one npm package, playwright-core, at the version pinned in
# tests/server/node/package-lock.json (npm ci: the lock decides, nothing unpinned). It drives
# Debian's Chromium; no browser is downloaded. Does nothing when that version is installed.
set -eu
cd "$(dirname "$0")/../tests/server/node"
wanted=$(sed -n 's/^ *"playwright-core": "\([0-9.]*\)".*/\1/p' package.json)
have=$(sed -n 's/^ *"version": "\([0-9.]*\)".*/\1/p' node_modules/playwright-core/package.json 2>/dev/null || true)
[ -n "$wanted" ] && [ "$have" = "$wanted" ] && exit 0
echo "setup: installing playwright-core $wanted from package-lock.json"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
