#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The API tests (test_api.py and test_packs.py, or the scripts named) against the real server on
# one database:
#   run_api_tests.sh sqlite [SCRIPT.py...]       a fresh SQLite file per test class
#   run_api_tests.sh postgresql [SCRIPT.py...]   a throwaway PostgreSQL cluster (pgcluster.sh), stopped after
# Environment: GUICHET_SERVER and GUICHET_PACK_TOOL (the binaries), GUICHET_PACK (the default pack).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DB=${1:-}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- test_api.py test_packs.py
run_scripts() {
    for script in "$@"; do
        /usr/bin/python3 -W ignore::ResourceWarning "$HERE/$script"
    done
}
case $DB in
sqlite)
    run_scripts "$@"
    ;;
postgresql)
    # Under /tmp, searchable by the postgres user (mktemp -d alone is 0700).
    WORK=$(mktemp -d /tmp/guichet-pg.XXXXXX)
    chmod 755 "$WORK"
    trap 'sh "$HERE/pgcluster.sh" stop "$WORK/cluster" || true; rm -rf "$WORK"' EXIT
    GUICHET_DB_URL=$(sh "$HERE/pgcluster.sh" start "$WORK/cluster")
    export GUICHET_DB_URL
    run_scripts "$@"
    ;;
*)
    echo "usage: $0 sqlite|postgresql [SCRIPT.py...]" >&2
    exit 2
    ;;
esac
