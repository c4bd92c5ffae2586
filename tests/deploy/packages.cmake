# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages, installed on this machine and run (tests/deploy/packages_test.sh). They
# are built by tools/build-packages.sh into build/package/packages before ctest runs; this test
# only reads them. As root; it takes PostgreSQL (a throwaway cluster) and installs and purges the
# guichet-* packages, so it runs alone with the other PostgreSQL tests.
add_test(NAME deploy_packages
         COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/packages_test.sh ${CMAKE_SOURCE_DIR}/build/package/packages)
set_tests_properties(deploy_packages PROPERTIES
    ENVIRONMENT "TZ=Europe/Brussels;LANG=C.UTF-8;LC_ALL=C.UTF-8"
    PASS_REGULAR_EXPRESSION "packages: ok"
    RESOURCE_LOCK postgresql
    TIMEOUT 900)
