#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# test_backup.py on one database:
#   run_backup_tests.sh sqlite       a fresh SQLite file
#   run_backup_tests.sh postgresql   a throwaway PostgreSQL cluster (pgcluster.sh), stopped after;
#                                    pg_dump and pg_restore from Debian's postgresql-client
# Environment: GUICHET_SERVER, GUICHET_PACK.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
case ${1:-} in
sqlite)
    /usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_backup.py"
    ;;
postgresql)
    WORK=$(mktemp -d /tmp/guichet-pg.XXXXXX)
    chmod 755 "$WORK"
    trap 'sh "$HERE/pgcluster.sh" stop "$WORK/cluster" || true; rm -rf "$WORK"' EXIT
    GUICHET_DB_URL=$(sh "$HERE/pgcluster.sh" start "$WORK/cluster")
    export GUICHET_DB_URL
    /usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_backup.py"
    ;;
*)
    echo "usage: $0 sqlite|postgresql" >&2
    exit 2
    ;;
esac
