#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster for tests and benchmarks, from Debian's own packages.
#
#   pgcluster.sh start DIR   creates DIR, starts a cluster in it on a free loopback port with a
#                            database `guichet`, and prints one line on stdout:
#                            postgresql://postgres@127.0.0.1:PORT/guichet
#   pgcluster.sh stop DIR    stops that cluster (fast shutdown) and removes DIR.
#
# Runs the server as the `postgres` OS user (called as root, or as postgres itself), with trust
# authentication for local and 127.0.0.1 connections, fsync on, max_connections=200 and its unix
# socket inside DIR. Every parent of DIR must be searchable by postgres (not a 0700 directory).
# The package's own cluster (pg_lsclusters) is never touched. Messages go to stderr; the exit
# status is 0 on success and 1 on any failure, after cleaning up what was started.
# Environment: PG_BIN (default /usr/lib/postgresql/15/bin), PGCLUSTER_PORT (first port tried,
# default 55432; the next 200 are tried after it), PGCLUSTER_LOCAL_AUTH (peer: the unix socket
# uses peer authentication; default trust).
set -eu

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
FIRST_PORT=${PGCLUSTER_PORT:-55432}
MARKER=.guichet-pgcluster

die() {
    echo "pgcluster: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 2
}

# Runs a command as postgres, from a directory postgres may enter (not root's home).
as_postgres() {
    if [ "$(id -un)" = postgres ]; then
        (cd / && "$@")
    elif command -v runuser >/dev/null 2>&1; then
        (cd / && runuser -u postgres -- "$@")
    else
        # su needs one shell string: quote every argument.
        cmd=""
        for a in "$@"; do
            cmd="$cmd '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
        done
        (cd / && su postgres -s /bin/sh -c "$cmd")
    fi
}

# True when something on this machine listens on TCP port $1 (any address, IPv4 or IPv6).
port_busy() {
    hex=$(printf '%04X' "$1")
    cat /proc/net/tcp /proc/net/tcp6 2>/dev/null |
        awk -v p=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }'
}

check_tools() {
    for tool in initdb pg_ctl pg_isready createdb; do
        [ -x "$PG_BIN/$tool" ] || die "$PG_BIN/$tool not found: install Debian's postgresql package (PostgreSQL 15)"
    done
    id postgres >/dev/null 2>&1 || die "there is no postgres user: install Debian's postgresql package"
    if [ "$(id -u)" -ne 0 ] && [ "$(id -un)" != postgres ]; then
        die "run as root or as postgres (the cluster runs as the postgres user)"
    fi
}

start() {
    check_tools
    if [ -e "$DIR" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
        die "$DIR exists and is not empty; give a new directory"
    fi
    mkdir -p "$DIR" || die "cannot create $DIR"
    DIR=$(cd "$DIR" && pwd -P)
    started=""
    # From here on, a failure stops what was started and removes DIR.
    trap 'cleanup_failed' EXIT
    : >"$DIR/$MARKER"
    chown postgres:postgres "$DIR" "$DIR/$MARKER" 2>/dev/null || [ "$(id -un)" = postgres ] ||
        die "cannot give $DIR to the postgres user"
    chmod 700 "$DIR"
    as_postgres test -w "$DIR" ||
        die "the postgres user cannot write $DIR: every parent directory must be searchable by it (chmod o+x)"

    DATA=$DIR/data
    LOG=$DIR/postgresql.log
    # PGCLUSTER_LOCAL_AUTH=peer: the unix socket checks the OS user is the role (peer), as
    # Debian's own cluster does; TCP stays trust. Default: trust everywhere.
    if ! as_postgres "$PG_BIN/initdb" -D "$DATA" --auth=trust --auth-local="${PGCLUSTER_LOCAL_AUTH:-trust}" --username=postgres --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1; then
        cat "$DIR/initdb.log" >&2
        die "initdb failed in $DATA"
    fi
    # A unix socket path is at most 107 bytes; past that, TCP alone.
    socket_dir=$DIR
    if [ "$(printf '%s/.s.PGSQL.%s' "$DIR" 65535 | wc -c)" -gt 107 ]; then
        echo "pgcluster: $DIR is too long a path for a unix socket; TCP only" >&2
        socket_dir=""
    fi
    cat >>"$DATA/postgresql.conf" <<EOF

# pgcluster.sh: a throwaway cluster on loopback.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$(printf '%s' "$socket_dir" | sed "s/'/''/g")'
max_connections = 200
fsync = on
synchronous_commit = on
logging_collector = off
EOF

    port=$FIRST_PORT
    last=$((FIRST_PORT + 200))
    while :; do
        [ "$port" -le "$last" ] || die "no free port in $FIRST_PORT-$last"
        if port_busy "$port"; then
            port=$((port + 1))
            continue
        fi
        : >"$LOG"
        chown postgres:postgres "$LOG" 2>/dev/null || true
        if as_postgres "$PG_BIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 60 -o "-p $port" >/dev/null 2>&1; then
            started=1
            break
        fi
        # Another program took the port between the check and the bind: try the next one.
        if grep -q "could not bind\|Address already in use\|could not create any TCP/IP sockets" "$LOG"; then
            as_postgres "$PG_BIN/pg_ctl" stop -D "$DATA" -m immediate >/dev/null 2>&1 || true
            port=$((port + 1))
            continue
        fi
        tail -n 30 "$LOG" >&2
        die "the server did not start (log above, from $LOG)"
    done

    i=0
    until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U postgres -t 2; do
        i=$((i + 1))
        if [ "$i" -ge 30 ]; then
            tail -n 30 "$LOG" >&2
            die "the server on 127.0.0.1:$port is not accepting connections after 30 s"
        fi
        sleep 1
    done
    if ! as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres guichet >"$DIR/createdb.log" 2>&1; then
        cat "$DIR/createdb.log" >&2
        die "createdb guichet failed on 127.0.0.1:$port"
    fi
    trap - EXIT
    echo "postgresql://postgres@127.0.0.1:$port/guichet"
}

cleanup_failed() {
    status=$?
    trap - EXIT
    if [ -n "$started" ]; then
        as_postgres "$PG_BIN/pg_ctl" stop -D "$DATA" -m immediate >/dev/null 2>&1 || true
    fi
    [ -f "$DIR/$MARKER" ] && rm -rf "$DIR"
    exit "$status"
}

stop() {
    if [ ! -e "$DIR" ]; then
        echo "pgcluster: $DIR does not exist; nothing to stop" >&2
        return 0
    fi
    [ -f "$DIR/$MARKER" ] || die "$DIR was not made by pgcluster.sh start; not touching it"
    check_tools
    DIR=$(cd "$DIR" && pwd -P)
    DATA=$DIR/data
    if [ -f "$DATA/postmaster.pid" ]; then
        if ! as_postgres "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >/dev/null 2>&1; then
            echo "pgcluster: fast shutdown failed; stopping immediately" >&2
            as_postgres "$PG_BIN/pg_ctl" stop -D "$DATA" -m immediate -w -t 30 >/dev/null 2>&1 ||
                die "cannot stop the cluster in $DATA (pid $(head -n 1 "$DATA/postmaster.pid"))"
        fi
    fi
    rm -rf "$DIR" || die "cannot remove $DIR"
}

[ $# -eq 2 ] || usage
DIR=$2
[ -n "$DIR" ] || usage
case $1 in
start) start ;;
stop) stop ;;
*) usage ;;
esac
