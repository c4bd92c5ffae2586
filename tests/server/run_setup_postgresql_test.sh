#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# test_setup_postgresql.py on a throwaway cluster whose unix socket uses peer authentication
# (pgcluster.sh with PGCLUSTER_LOCAL_AUTH=peer), its socket directory open to other users as
# /var/run/postgresql is. As root. Environment: GUICHET_SERVER, GUICHET_PACK.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/guichet-pg.XXXXXX)
chmod 755 "$WORK"
trap 'sh "$HERE/pgcluster.sh" stop "$WORK/cluster" || true; rm -rf "$WORK"' EXIT
url=$(PGCLUSTER_LOCAL_AUTH=peer sh "$HERE/pgcluster.sh" start "$WORK/cluster")
chmod 755 "$WORK/cluster"
port=${url##*:}
port=${port%%/*}
/usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_setup_postgresql.py" "$WORK/cluster" "$port"
