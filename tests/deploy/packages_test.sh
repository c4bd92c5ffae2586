#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# $PACKAGES, $SERVER_EXEC (the unit's ExecStart=) and $added are lists of words, split on purpose.
# shellcheck disable=SC2086
# The Debian packages made by tools/build-packages.sh, checked as files, then installed on this
# machine and run: contents and Depends, the units (systemd-analyze verify, the server's
# exposure), users, directories and conffiles, the server run as its unit runs it on a throwaway
# PostgreSQL cluster with one booking over HTTP, the kiosk under cage (cage_kiosk.sh), and an
# upgrade from a previous release that keeps the data and an edited conffile. At the end (also
# on failure) every package is purged and the users, the cluster and the temporary files are
# removed, so the machine is as before. Last line: "packages: ok".
#   usage: packages_test.sh DEB_DIR   (as root; DEB_DIR holds the four guichet-*.deb)
# There is no systemd here (PID 1 is not systemd): units are read, not started; maintainer
# scripts take their no-systemd branch.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 DEB_DIR" >&2; exit 2; }
DEB_DIR=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)
PACKAGES="guichet-common guichet-kiosk guichet-server guichet-pack"
UNITDIR=/usr/lib/systemd/system

fail() {
    echo "packages: FAIL: $*" >&2
    exit 1
}
step() {
    echo "packages: $*"
}

[ "$(id -u)" = 0 ] || fail "run as root: it installs the packages on this machine"
# Never over a real installation: the cleanup purges the packages and removes the users.
for p in $PACKAGES; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'installed\|config-files'; then
        fail "$p is already installed here; this test installs and purges it (dpkg --purge it first)"
    fi
done
for u in guichet guichet-server; do
    getent passwd "$u" >/dev/null && fail "the user $u exists already; this test creates and removes it"
    getent group "$u" >/dev/null && fail "the group $u exists already; this test creates and removes it"
done
for d in /etc/guichet /var/lib/guichet /var/lib/guichet-server; do
    [ -e "$d" ] && fail "$d exists already; this test creates and removes it"
done

# Under /tmp and searchable by others: PostgreSQL (as postgres) and the services' users enter it.
T=$(mktemp -d /tmp/guichet-packages.XXXXXX)
chmod 755 "$T"
PG=$T/pg
SERVER_PID=""
dpkg-query -W -f='${Package}\n' | sort >"$T/packages.before"
cad_before=$(ls -l /etc/systemd/system/ctrl-alt-del.target 2>/dev/null || true)
etc_systemd_before=$(find /etc/systemd/system 2>/dev/null | sort)

cleanup() {
    status=$?
    set +e
    trap - EXIT INT TERM
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    [ -d "$PG" ] && sh "$SOURCE/tests/server/pgcluster.sh" stop "$PG"
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'installed\|config-files' && dpkg --purge "$p" >/dev/null 2>&1
    done
    # What apt-get -f install brought in for the packages, if it was needed.
    added=$(dpkg-query -W -f='${Package}\n' | sort | comm -13 "$T/packages.before" -)
    [ -n "$added" ] && DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $added >/dev/null 2>&1
    for u in guichet guichet-server; do
        getent passwd "$u" >/dev/null && deluser --quiet "$u" >/dev/null 2>&1
        getent group "$u" >/dev/null && delgroup --quiet "$u" >/dev/null 2>&1
    done
    rm -rf "$T"
    # Left behind by the packages after a purge: a failure, reported (the test already failed or
    # fails now).
    left=""
    for d in /etc/guichet /var/lib/guichet /var/lib/guichet-server; do
        [ -e "$d" ] && left="$left $d"
    done
    for u in guichet guichet-server; do
        getent passwd "$u" >/dev/null && left="$left user:$u($(pgrep -u "$u" -d, || true))"
        getent group "$u" >/dev/null && left="$left group:$u"
    done
    [ "$(ls -l /etc/systemd/system/ctrl-alt-del.target 2>/dev/null || true)" = "$cad_before" ] || left="$left ctrl-alt-del.target"
    [ "$(find /etc/systemd/system 2>/dev/null | sort)" = "$etc_systemd_before" ] || left="$left /etc/systemd/system"
    if [ -n "$left" ]; then
        echo "packages: FAIL: left on the machine after the purge:$left" >&2
        [ $status -eq 0 ] && status=1
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 1' INT TERM

deb_of() {
    found=$(find "$DEB_DIR" -maxdepth 1 -name "$1_*.deb" ! -name '*~previous*' | sort)
    [ "$(echo "$found" | grep -c .)" = 1 ] || fail "expected one $1_*.deb in $DEB_DIR, found: ${found:-none}"
    echo "$found"
}

# --- (a) the .deb files: contents, relations -------------------------------------------------
# Each package's files, as regular expressions of whole paths: anything else (a test binary, a
# file of the build or source tree) fails, and so does a pattern nothing matches.
expected_files() {
    case $1 in
    guichet-common) cat <<'EOF'
/usr/share/guichet/default-pack/manifest\.json
/usr/share/guichet/default-pack/(SOURCES\.md|[a-z]+\.json|pictograms/[a-z0-9-]+\.svg|texts/[a-z-]+\.json|glossary/[a-z-]+\.json)
/usr/share/guichet/voices/[a-z-]+\.json
EOF
        ;;
    guichet-kiosk) cat <<'EOF'
/usr/bin/guichet-kiosk
/usr/share/guichet/i18n/guichet_[a-z]+\.qm
/usr/lib/systemd/system/guichet-kiosk\.service
/usr/libexec/guichet/guichet-kiosk-stop
/etc/guichet/kiosk\.conf
/etc/pam\.d/guichet-kiosk
/usr/lib/sysctl\.d/60-guichet-kiosk\.conf
/usr/lib/systemd/system\.conf\.d/60-guichet-kiosk\.conf
EOF
        ;;
    guichet-server) cat <<'EOF'
/usr/bin/guichet-server
/usr/share/guichet/console/(index\.html|console\.js|console\.css|i18n\.js|phone\.js|favicon\.svg|call\.wav)
/usr/lib/systemd/system/guichet-server\.service
/etc/guichet/server\.conf
EOF
        ;;
    guichet-pack) cat <<'EOF'
/usr/bin/guichet-pack
EOF
        ;;
    esac
    echo "/usr/share/doc/$1/copyright"
    echo "/usr/share/doc/$1/changelog\.gz"
}

step "(a) contents of $DEB_DIR"
all_files=""
for p in $PACKAGES; do
    deb=$(deb_of "$p")
    [ "$(dpkg-deb -f "$deb" Package)" = "$p" ] || fail "$deb is not the package $p"
    files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./|/|')
    expected_files "$p" >"$T/expected"
    extra=$(echo "$files" | grep -v -x -E -f "$T/expected" || true)
    [ -z "$extra" ] || fail "$p holds files it should not: $extra"
    while read -r pattern; do
        echo "$files" | grep -q -x -E "$pattern" || fail "$p has no file matching $pattern"
    done <"$T/expected"
    # Owned by root, nothing writable by others, no setuid.
    odd=$(dpkg-deb -c "$deb" | awk '$2 != "root/root" || $1 ~ /^.{8}w/ || $1 ~ /[sS]/' || true)
    [ -z "$odd" ] || fail "$p has files with odd owners or modes: $odd"
    # The copyright file is machine-readable and GPL-3.0-or-later; the changelog is gzip -9n.
    dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/share/doc/$p/copyright" >"$T/copyright"
    head -n 1 "$T/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
        || fail "$p: copyright is not in the machine-readable format"
    grep -q '^License: GPL-3.0-or-later' "$T/copyright" || fail "$p: copyright does not say GPL-3.0-or-later"
    dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/share/doc/$p/changelog.gz" >"$T/changelog.gz"
    gzip -t "$T/changelog.gz" || fail "$p: changelog.gz is not gzip"
    zcat "$T/changelog.gz" | head -n 1 | grep -q "^guichet ($(dpkg-deb -f "$deb" Version)) " \
        || fail "$p: the changelog's first entry is not its version"
    dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -q '^\./md5sums$' || fail "$p has no md5sums"
    for field in Maintainer Description Section Priority; do
        [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "$p has no $field"
    done
    [ -z "$(dpkg-deb -f "$deb" Homepage)" ] || fail "$p names a Homepage"
    all_files="$all_files
$files"
done
twice=$(echo "$all_files" | grep . | sort | uniq -d)
[ -z "$twice" ] || fail "files in two packages: $twice"

# The programs: stripped, and naming no path of this checkout (as tests/install checks).
mkdir -p "$T/unpacked"
for p in guichet-kiosk guichet-server guichet-pack; do
    dpkg-deb -x "$(deb_of "$p")" "$T/unpacked"
    program=$T/unpacked/usr/bin/$p
    readelf -S "$program" | grep -q '\.symtab' && fail "$p: /usr/bin/$p is not stripped"
    grep -a -q "$SOURCE" "$program" && fail "$p: /usr/bin/$p names $SOURCE"
done

conffiles_of() {
    dpkg-deb --ctrl-tarfile "$(deb_of "$1")" | tar -xO ./conffiles 2>/dev/null | sort | tr '\n' ' '
}
[ "$(conffiles_of guichet-kiosk)" = "/etc/guichet/kiosk.conf /etc/pam.d/guichet-kiosk " ] \
    || fail "guichet-kiosk conffiles: $(conffiles_of guichet-kiosk)"
[ "$(conffiles_of guichet-server)" = "/etc/guichet/server.conf " ] || fail "guichet-server conffiles: $(conffiles_of guichet-server)"

# Relations: the server none of the kiosk's stack; the kiosk what it loads without linking.
relations() {
    deb=$(deb_of "$1")
    printf '%s, %s, %s' "$(dpkg-deb -f "$deb" Depends)" "$(dpkg-deb -f "$deb" Pre-Depends)" "$(dpkg-deb -f "$deb" Recommends)"
}
server_relations=$(relations guichet-server)
if echo "$server_relations" | grep -i -E -q 'quick|qml|multimedia|espeak|libqt6gui|wayland|cage|sndfile|qrencode|fonts-'; then
    fail "guichet-server depends on the kiosk's stack: $server_relations"
fi
for needed in libqt6sql6-sqlite libqt6sql6-psql postgresql-client; do
    echo "$server_relations" | grep -q "$needed" || fail "guichet-server does not depend on or recommend $needed"
done
kiosk_depends=$(dpkg-deb -f "$(deb_of guichet-kiosk)" Depends)
for needed in 'guichet-common (= ' cage qt6-wayland qml6-module-qtquick-controls qml6-module-qtquick-virtualkeyboard \
    qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel libqt6sql6-sqlite espeak-ng-data fonts-noto-core \
    'pulseaudio | pipewire-pulse' libqt6quick6 libpam-systemd; do
    echo "$kiosk_depends" | grep -q -F "$needed" || fail "guichet-kiosk does not depend on $needed"
done
dpkg-deb -f "$(deb_of guichet-pack)" Depends | grep -q 'guichet-common (= ' || fail "guichet-pack does not depend on guichet-common"

# --- (c) install ---------------------------------------------------------------------------
install_debs() {
    if ! dpkg -i "$@" >"$T/dpkg.log" 2>&1; then
        step "dpkg -i left dependencies unmet; apt-get -f install"
        DEBIAN_FRONTEND=noninteractive apt-get -f install -y -qq >>"$T/dpkg.log" 2>&1 || { cat "$T/dpkg.log" >&2; fail "dpkg -i $*"; }
    fi
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" | grep -q 'install ok installed' || { cat "$T/dpkg.log" >&2; fail "$p is not installed"; }
    done
}
step "(c) dpkg -i"
install_debs "$(deb_of guichet-common)" "$(deb_of guichet-kiosk)" "$(deb_of guichet-server)" "$(deb_of guichet-pack)"
dpkg --verify $PACKAGES >"$T/verify" 2>&1 || true
[ ! -s "$T/verify" ] || { cat "$T/verify" >&2; fail "dpkg --verify"; }

check_user() {
    user=$1
    entry=$(getent passwd "$user") || fail "no user $user"
    uid=$(echo "$entry" | cut -d: -f3)
    [ "$uid" -lt 1000 ] || fail "$user is not a system user (uid $uid)"
    [ "$(echo "$entry" | cut -d: -f6)" = "$2" ] || fail "$user's home is not $2: $entry"
    [ "$(echo "$entry" | cut -d: -f7)" = /usr/sbin/nologin ] || fail "$user can log in: $entry"
}
check_dir() {
    [ -d "$1" ] || fail "$1 was not made"
    [ "$(stat -c '%a %U %G' "$1")" = "$2" ] || fail "$1 is $(stat -c '%a %U %G' "$1"), not $2"
}
check_user guichet /var/lib/guichet
check_user guichet-server /var/lib/guichet-server
for group in video input render audio; do
    if getent group "$group" >/dev/null; then
        id -nG guichet | tr ' ' '\n' | grep -q -x "$group" || fail "guichet is not in the group $group"
    fi
done
check_dir /var/lib/guichet "750 guichet guichet"
check_dir /var/lib/guichet-server "750 guichet-server guichet-server"
check_dir /etc/guichet/tls "750 root guichet-server"
for f in /etc/guichet/kiosk.conf /etc/pam.d/guichet-kiosk /etc/guichet/server.conf; do
    dpkg-query -W -f='${Conffiles}\n' guichet-kiosk guichet-server | grep -q "^ $f " || fail "$f is not a conffile"
done
[ "$(readlink /etc/systemd/system/ctrl-alt-del.target 2>/dev/null)" = /dev/null ] || [ -n "$cad_before" ] \
    || fail "ctrl-alt-del.target is not masked"
[ -L /etc/systemd/system/graphical.target.wants/guichet-kiosk.service ] || fail "guichet-kiosk.service is not enabled"
[ -L /etc/systemd/system/multi-user.target.wants/guichet-server.service ] || fail "guichet-server.service is not enabled"
# The PAM session's modules exist (a missing one fails every start of the kiosk).
# shellcheck disable=SC2013 # module names are words
for module in $(awk '!/^#/ && NF >= 3 { print $3 }' /etc/pam.d/guichet-kiosk | sort -u); do
    ls /usr/lib/*/security/"$module" /lib/*/security/"$module" >/dev/null 2>&1 || fail "PAM module $module is not installed"
done

# --- (b) the installed units ---------------------------------------------------------------
step "(b) systemd-analyze verify"
# It exits 0 on most problems and only prints them: any line it prints is a failure.
said=$(systemd-analyze verify "$UNITDIR/guichet-kiosk.service" "$UNITDIR/guichet-server.service" 2>&1) || true
[ -z "$said" ] || fail "systemd-analyze verify: $said"
exposure=$(systemd-analyze security --offline=true "$UNITDIR/guichet-server.service" 2>&1 \
    | sed -n 's/.*Overall exposure level for guichet-server.service: \([0-9.]*\).*/\1/p')
[ -n "$exposure" ] || fail "systemd-analyze security gave no exposure for guichet-server.service"
awk -v e="$exposure" 'BEGIN { exit !(e < 2.0) }' || fail "guichet-server.service's exposure is $exposure, not below 2.0"
step "guichet-server.service exposure $exposure"

# --- what the installed programs need from the other packages ------------------------------
step "installed: guichet-pack validate, guichet-kiosk --self-test as guichet"
guichet-pack validate /usr/share/guichet/default-pack >"$T/validate.log" 2>&1 || { cat "$T/validate.log" >&2; fail "guichet-pack validate"; }
install -d -m 700 -o guichet -g guichet "$T/run-guichet"
(cd / && runuser -u guichet -- env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$T/run-guichet" LANG=C.UTF-8 \
    /usr/bin/guichet-kiosk --self-test --mute) >"$T/selftest.log" 2>&1 || { tail -n 30 "$T/selftest.log" >&2; fail "the installed kiosk's self-test"; }
tail -n 1 "$T/selftest.log" | grep -q '^self-test: [0-9]* screens x [0-9]* languages ok' || { tail -n 30 "$T/selftest.log" >&2; fail "the installed kiosk's self-test"; }

# --- (d) the server as its unit runs it, on PostgreSQL ---------------------------------------
unit_value() {
    sed -n "s/^$2=//p" "$UNITDIR/$1" | tail -n 1
}
SERVER_USER=$(unit_value guichet-server.service User)
SERVER_GROUP=$(unit_value guichet-server.service Group)
SERVER_EXEC=$(unit_value guichet-server.service ExecStart)
SERVER_DIR=$(unit_value guichet-server.service WorkingDirectory)
SERVER_UMASK=$(unit_value guichet-server.service UMask)
if [ -z "$SERVER_USER" ] || [ -z "$SERVER_EXEC" ]; then
    fail "guichet-server.service has no User= or ExecStart="
fi
set -- $SERVER_EXEC
[ -x "$1" ] || fail "ExecStart= names $1, which is not installed"
CONFIG=""
while [ $# -gt 0 ]; do
    [ "$1" = --config ] && CONFIG=$2
    shift
done
[ -n "$CONFIG" ] || fail "guichet-server.service's ExecStart= has no --config"

# A command as the unit's user, with the unit's credentials and little else: no capabilities,
# no new privileges, the environment systemd gives a service with User=. It replaces the shell it
# runs in (exec): call it in a subshell, "(as_server ...)", whose pid is then the program's.
as_server() {
    cd "${SERVER_DIR:-/}" && umask "${SERVER_UMASK:-0022}" && exec setpriv --reuid="$SERVER_USER" --regid="${SERVER_GROUP:-$SERVER_USER}" \
        --init-groups --no-new-privs --inh-caps=-all --bounding-set=-all -- \
        env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin LANG=C.UTF-8 TZ="${TZ:-}" \
        HOME="$(getent passwd "$SERVER_USER" | cut -d: -f6)" USER="$SERVER_USER" LOGNAME="$SERVER_USER" "$@"
}
# The server in the background, as ExecStart= says; sets SERVER_URL from its "listening on" line.
start_server() {
    # Emptied first: the background shell opens the file a moment later, and the wait below
    # must not read the last server's "listening on" line meanwhile.
    : >"$T/server.out"
    (as_server $SERVER_EXEC) >"$T/server.out" 2>"$T/server.err" &
    SERVER_PID=$!
    i=0
    until grep -q '^listening on ' "$T/server.out" 2>/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$T/server.err" >&2; SERVER_PID=""; fail "the server exited at start"; }
        i=$((i + 1))
        [ $i -lt 300 ] || { cat "$T/server.err" >&2; fail "the server did not say it listens within 30 s"; }
        sleep 0.1
    done
    SERVER_URL=$(sed -n 's/^listening on \(http[^ ]*\).*/\1/p' "$T/server.out" | head -n 1)
    [ -n "$SERVER_URL" ] || fail "no URL in the server's \"listening on\" line: $(cat "$T/server.out")"
}
stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
# Sets `key = value` in a config file (the line replaced, or added).
set_conf() {
    if grep -q "^$2 *=" "$1"; then
        # The value as sed's replacement: & (the match), | (the delimiter) and \ escaped; a db
        # URL has & between its query's parameters.
        value=$(printf '%s' "$3" | sed 's/[&|\\]/\\&/g')
        sed -i "s|^$2 *=.*|$2 = $value|" "$1"
    else
        echo "$2 = $3" >>"$1"
    fi
}
# A booking over HTTP, then the check that staff see it; tokens made with the unit's config.
book_and_check() {
    (umask 077 && (as_server $SERVER_EXEC token add --role kiosk --kiosk kiosk-deploy) >"$T/kiosk.token" 2>>"$T/token.log") \
        || { cat "$T/token.log" >&2; fail "token add --role kiosk"; }
    (umask 077 && (as_server $SERVER_EXEC token add --role staff) >"$T/staff.token" 2>>"$T/token.log") \
        || { cat "$T/token.log" >&2; fail "token add --role staff"; }
    start_server
    python3 "$HERE/package-booking.py" book "$SERVER_URL" "$T/kiosk.token" >"$T/booking" || fail "the booking over HTTP"
    read -r BOOKING_ID BOOKING_DAY BOOKING_OFFICE BOOKING_CODE <"$T/booking"
    python3 "$HERE/package-booking.py" check "$SERVER_URL" "$T/staff.token" "$BOOKING_ID" "$BOOKING_DAY" "$BOOKING_OFFICE" >/dev/null \
        || fail "the booking is not listed"
    step "booked $BOOKING_CODE on $BOOKING_DAY through $SERVER_URL"
}

step "(d) the server as guichet-server.service runs it, on PostgreSQL"
PG_URL=$(sh "$SOURCE/tests/server/pgcluster.sh" start "$PG") || fail "pgcluster.sh start"
PG_PORT=$(echo "$PG_URL" | sed 's|.*:\([0-9]*\)/.*|\1|')
# The cluster's socket is in $PG (0700, postgres's): the server's user must reach it.
chmod 711 "$PG"
guichet-server setup-postgresql --pg-socket "$PG" --pg-port "$PG_PORT" --database guichet_deploy >"$T/setup.out" 2>"$T/setup.err" \
    || { cat "$T/setup.err" >&2; fail "guichet-server setup-postgresql"; }
DB_LINE=$(grep -E '^db = ' "$T/setup.out" | tail -n 1)
[ -n "$DB_LINE" ] || fail "setup-postgresql printed no 'db = ...' line: $(cat "$T/setup.out")"
set_conf "$CONFIG" db "${DB_LINE#db = }"
# Port 0: any free port (8080 may be taken on this machine); the server says which.
set_conf "$CONFIG" listen 127.0.0.1:0
(as_server $SERVER_EXEC import --pack /usr/share/guichet/default-pack) >"$T/import.log" 2>&1 || { cat "$T/import.log" >&2; fail "import --pack"; }
book_and_check
stop_server

# --- (e) the kiosk under cage -----------------------------------------------------------------
step "(e) cage_kiosk.sh"
[ -f "$HERE/cage_kiosk.sh" ] || fail "tests/deploy/cage_kiosk.sh is missing"
cage_script="$HERE/cage_kiosk.sh"
[ -x "$cage_script" ] || cage_script="sh $cage_script"
$cage_script /usr/bin/guichet-kiosk guichet "$T/cage.png" >"$T/cage.log" 2>&1 || { cat "$T/cage.log" >&2; fail "cage_kiosk.sh"; }
grep -q '^cage: ok' "$T/cage.log" || { cat "$T/cage.log" >&2; fail "cage_kiosk.sh did not say cage: ok"; }

# --- purge: the data goes, and only then ------------------------------------------------------
step "purge"
dpkg --purge $PACKAGES >"$T/purge.log" 2>&1 || { cat "$T/purge.log" >&2; fail "dpkg --purge"; }
for d in /var/lib/guichet /var/lib/guichet-server /etc/guichet; do
    [ ! -e "$d" ] || fail "$d is left after the purge"
done
[ "$(ls -l /etc/systemd/system/ctrl-alt-del.target 2>/dev/null || true)" = "$cad_before" ] || fail "ctrl-alt-del.target is still masked after the purge"

# --- (f) upgrade from the previous release -----------------------------------------------------
step "(f) upgrade from a previous release"
for p in $PACKAGES; do
    sh "$HERE/package-repack.sh" "$(deb_of "$p")" "$T/previous" >/dev/null || fail "package-repack.sh $p"
done
install_debs "$T"/previous/*.deb
dpkg-query -W -f='${Version}' guichet-server | grep -q '~previous$' || fail "the previous release is not the one installed"

# The server's data: SQLite (the packaged server.conf's database) with a booking.
set_conf "$CONFIG" listen 127.0.0.1:0
(as_server $SERVER_EXEC import --pack /usr/share/guichet/default-pack) >"$T/import.log" 2>&1 || { cat "$T/import.log" >&2; fail "import --pack on SQLite"; }
book_and_check
stop_server
# The admin's edits: kept by the upgrade (the packaged conffiles did not change).
echo "# edited by the admin" >>"$CONFIG"
set_conf /etc/guichet/kiosk.conf volume 60
cp "$CONFIG" "$T/server.conf.edited"
cp /etc/guichet/kiosk.conf "$T/kiosk.conf.edited"

# The kiosk's data: an outbox with a booking not yet sent, and a signed pack installed by the
# kiosk itself (DATA/packs/current), as its unit's user.
cp "$HERE/package-outbox.py" "$T/"
runuser -u guichet -- python3 "$T/package-outbox.py" /var/lib/guichet/kiosk.sqlite || fail "package-outbox.py"
cp -r /usr/share/guichet/default-pack "$T/pack"
sed -i 's/"version": *"[^"]*"/"version": "2099.1.1"/' "$T/pack/manifest.json"
guichet-pack keygen --secret "$T/pack.key" --public "$T/pack.pub" >/dev/null || fail "guichet-pack keygen"
guichet-pack build "$T/pack" --key "$T/pack.key" --out "$T/pack.tar.gz" >"$T/build.log" 2>&1 || { cat "$T/build.log" >&2; fail "guichet-pack build"; }
chmod 644 "$T/pack.pub" "$T/pack.tar.gz"
(cd / && runuser -u guichet -- env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$T/run-guichet" LANG=C.UTF-8 \
    /usr/bin/guichet-kiosk --config /etc/guichet/kiosk.conf --pack-key "$T/pack.pub" --install-pack "$T/pack.tar.gz" --mute) \
    >"$T/install-pack.log" 2>&1 || { cat "$T/install-pack.log" >&2; fail "guichet-kiosk --install-pack"; }
grep -q '^installed 2099.1.1' "$T/install-pack.log" || { cat "$T/install-pack.log" >&2; fail "the pack was not installed"; }
[ -e /var/lib/guichet/packs/current ] || fail "no /var/lib/guichet/packs/current after --install-pack"

# Every file and link of both state directories, with its owner, mode and checksum.
state_sums() {
    (cd / && find var/lib/guichet var/lib/guichet-server \( -type f -o -type l \) -printf '%p %U %G %m %l\n' | sort
        find var/lib/guichet var/lib/guichet-server -type f -exec sha256sum {} + | sort -k 2)
}
state_sums >"$T/state.before"
grep -q 'var/lib/guichet-server/guichet.sqlite' "$T/state.before" || fail "no SQLite database in /var/lib/guichet-server"

install_debs "$(deb_of guichet-common)" "$(deb_of guichet-kiosk)" "$(deb_of guichet-server)" "$(deb_of guichet-pack)"
new_version=$(dpkg-deb -f "$(deb_of guichet-server)" Version)
[ "$(dpkg-query -W -f='${Version}' guichet-server)" = "$new_version" ] || fail "the upgrade did not install $new_version"
state_sums >"$T/state.after"
diff "$T/state.before" "$T/state.after" >&2 || fail "the upgrade changed /var/lib/guichet or /var/lib/guichet-server"
cmp -s "$CONFIG" "$T/server.conf.edited" || fail "the upgrade did not keep the admin's server.conf"
cmp -s /etc/guichet/kiosk.conf "$T/kiosk.conf.edited" || fail "the upgrade did not keep the admin's kiosk.conf"
start_server
python3 "$HERE/package-booking.py" check "$SERVER_URL" "$T/staff.token" "$BOOKING_ID" "$BOOKING_DAY" "$BOOKING_OFFICE" >/dev/null \
    || fail "after the upgrade, the booking made before it is not listed"
stop_server
step "upgrade kept the data, the edited conffiles and the booking"

echo "packages: ok"
