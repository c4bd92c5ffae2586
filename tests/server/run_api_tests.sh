#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The API tests (test_api.py, test_packs.py) against the real server on one database:
#   run_api_tests.sh sqlite       a fresh SQLite file per test class
#   run_api_tests.sh postgresql   a throwaway PostgreSQL cluster (pgcluster.sh), stopped after
# Environment: GUICHET_SERVER and GUICHET_PACK_TOOL (the binaries), GUICHET_PACK (the default pack).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
case ${1:-} in
sqlite)
    /usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_api.py"
    /usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_packs.py"
    ;;
postgresql)
    # Under /tmp, searchable by the postgres user (mktemp -d alone is 0700).
    WORK=$(mktemp -d /tmp/guichet-pg.XXXXXX)
    chmod 755 "$WORK"
    trap 'sh "$HERE/pgcluster.sh" stop "$WORK/cluster" || true; rm -rf "$WORK"' EXIT
    GUICHET_DB_URL=$(sh "$HERE/pgcluster.sh" start "$WORK/cluster")
    export GUICHET_DB_URL
    /usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_api.py"
    /usr/bin/python3 -W ignore::ResourceWarning "$HERE/test_packs.py"
    ;;
*)
    echo "usage: $0 sqlite|postgresql" >&2
    exit 2
    ;;
esac
