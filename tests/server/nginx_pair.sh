#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# nginx_pair.py (two servers behind nginx on one PostgreSQL) on a throwaway cluster
# (pgcluster.sh), stopped after, even on failure.
# Environment: GUICHET_SERVER (the binary), GUICHET_PACK (the default pack).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
# Under /tmp, searchable by the postgres user (mktemp -d alone is 0700).
WORK=$(mktemp -d /tmp/guichet-pg.XXXXXX)
chmod 755 "$WORK"
trap 'sh "$HERE/pgcluster.sh" stop "$WORK/cluster" || true; rm -rf "$WORK"' EXIT
# A signal (ctest's timeout, ^C) exits through the EXIT trap above.
trap 'exit 1' INT TERM
GUICHET_DB_URL=$(sh "$HERE/pgcluster.sh" start "$WORK/cluster")
export GUICHET_DB_URL
/usr/bin/python3 -W ignore::ResourceWarning "$HERE/nginx_pair.py"
