#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes "the previous release" of a package for the upgrade check of packages_test.sh: the same
# .deb with a lower version (VERSION becomes VERSION~previous, which dpkg orders before it), in
# its Version field and in its Depends on the other Guichet packages ("guichet-common (= V)").
#   usage: package-repack.sh DEB OUT_DIR   (prints the new .deb's path)
set -eu
deb=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/root"
control=$work/root/DEBIAN/control
version=$(sed -n 's/^Version: //p' "$control")
previous="$version~previous"
# Only the Version line and the exact "(= VERSION)" of a Guichet package in the relations.
sed -i -e "s/^Version: .*/Version: $previous/" \
    -e "s/\(guichet-[a-z]* (= \)$version)/\1$previous)/g" "$control"
name=$(sed -n 's/^Package: //p' "$control")
arch=$(sed -n 's/^Architecture: //p' "$control")
mkdir -p "$out"
# -Zxz like cpack; --root-owner-group keeps every file root's, as in the original.
dpkg-deb --root-owner-group -Zxz -b "$work/root" "$out/${name}_${previous}_$arch.deb" >/dev/null
echo "$out/${name}_${previous}_$arch.deb"
