#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the staff console test's npm packages, playwright-core (it drives Debian's Chromium;
# no browser is downloaded) and axe-core (the accessibility checks), at the versions pinned in
# tests/server/node/package-lock.json (npm ci: the lock decides, nothing unpinned). Does nothing
# when those versions are installed.
set -eu
cd "$(dirname "$0")/../tests/server/node"
missing=
for package in playwright-core axe-core; do
    wanted=$(sed -n "s/^ *\"$package\": \"\([0-9.]*\)\".*/\1/p" package.json)
    have=$(sed -n 's/^ *"version": "\([0-9.]*\)".*/\1/p' "node_modules/$package/package.json" 2>/dev/null || true)
    [ -n "$wanted" ] && [ "$have" = "$wanted" ] || missing="$missing $package@$wanted"
done
[ -z "$missing" ] && exit 0
echo "setup: installing$missing from package-lock.json"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
