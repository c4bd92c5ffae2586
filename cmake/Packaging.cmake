# SPDX-License-Identifier: GPL-3.0-or-later
# Debian packages for Debian 12, made by CPack's DEB generator (tools/build-packages.sh), one per
# install component:
#
#   guichet-kiosk   (kiosk)   the kiosk, its interface translations, its systemd unit under cage,
#                             the PAM session, the stop helper, /etc/guichet/kiosk.conf
#   guichet-server  (server)  the booking server, its staff console, its hardened systemd unit,
#                             /etc/guichet/server.conf
#   guichet-pack    (pack)    guichet-pack, for the staff's machine
#   guichet-common  (common)  the data two of them read: the default pack (the kiosk starts on it,
#                             the server imports it) and the voice profiles (the kiosk speaks with
#                             them, guichet-pack checks and speaks a pack with them)
#
# No file is in two packages. What each depends on, and why, is in deploy/README.md ("Packages").
# Every install() rule must name one of these components: tools/build-packages.sh fails when
# something would be installed in none ("Unspecified", left out of every package).

# The deployment files have absolute destinations (/etc, /usr/lib/systemd): they are installed
# only for packages, so that `cmake --install --prefix DIR` stays a movable tree under DIR.
option(GUICHET_DEPLOY "Also install the Debian deployment files (/etc/guichet, systemd units, PAM, sysctl, package docs); tools/build-packages.sh sets it" OFF)

set(GUICHET_PACKAGE_COMPONENTS common kiosk server pack)
if(NOT GUICHET_KIOSK)
    # Without the kiosk: the server and guichet-pack (the latter without speech and glyph checks).
    list(REMOVE_ITEM GUICHET_PACKAGE_COMPONENTS kiosk)
endif()

if(GUICHET_DEPLOY)
    if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
        message(FATAL_ERROR "GUICHET_DEPLOY=ON is for Debian packages: it needs CMAKE_INSTALL_PREFIX=/usr (is ${CMAKE_INSTALL_PREFIX})")
    endif()
    set(deploy ${PROJECT_SOURCE_DIR}/deploy)
    # /usr/lib/systemd/system rather than /lib: both are one directory on Debian 12 (merged /usr),
    # deb-systemd-helper looks in both, and /usr/lib is where Debian 13 moves every unit.
    set(unitdir ${CMAKE_INSTALL_PREFIX}/lib/systemd/system)

    if(GUICHET_KIOSK)
        install(FILES ${deploy}/systemd/guichet-kiosk.service DESTINATION ${unitdir} COMPONENT kiosk)
        install(FILES ${deploy}/etc/kiosk.conf DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/guichet COMPONENT kiosk)
        install(FILES ${deploy}/pam/guichet-kiosk DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/pam.d COMPONENT kiosk)
        install(PROGRAMS ${deploy}/libexec/guichet-kiosk-stop
                DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/guichet COMPONENT kiosk)
        # Shipped under /usr/lib so that the admin overrides them with a file of the same name
        # in /etc/sysctl.d or /etc/systemd/system.conf.d.
        install(FILES ${deploy}/sysctl/60-guichet-kiosk.conf
                DESTINATION ${CMAKE_INSTALL_PREFIX}/lib/sysctl.d COMPONENT kiosk)
        install(FILES ${deploy}/systemd/60-guichet-kiosk.conf
                DESTINATION ${CMAKE_INSTALL_PREFIX}/lib/systemd/system.conf.d COMPONENT kiosk)
    endif()
    install(FILES ${deploy}/systemd/guichet-server.service DESTINATION ${unitdir} COMPONENT server)
    install(FILES ${deploy}/etc/server.conf DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/guichet COMPONENT server)

    # Every package carries its copyright file and the changelog, compressed as Debian wants it
    # (gzip -9n: no name or time in the header, so the same changelog gives the same bytes).
    file(STRINGS ${deploy}/debian/changelog changelog_top LIMIT_COUNT 1)
    if(NOT changelog_top MATCHES "^guichet \\(${PROJECT_VERSION}\\) ")
        message(FATAL_ERROR "deploy/debian/changelog must start with an entry for ${PROJECT_VERSION} (it starts: ${changelog_top})")
    endif()
    set(changelog_gz ${CMAKE_BINARY_DIR}/deploy/changelog.gz)
    add_custom_command(OUTPUT ${changelog_gz}
        COMMAND sh -c "gzip -9n -c '${deploy}/debian/changelog' >'${changelog_gz}'"
        DEPENDS ${deploy}/debian/changelog
        COMMENT "Compressing deploy/debian/changelog")
    add_custom_target(guichet_changelog ALL DEPENDS ${changelog_gz})
    foreach(component IN LISTS GUICHET_PACKAGE_COMPONENTS)
        install(FILES ${deploy}/debian/copyright ${changelog_gz}
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/guichet-${component} COMPONENT ${component})
    endforeach()
endif()

# CPack, configured here and read by `cpack -G DEB` in the build tree.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME guichet)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGE_CONTACT "Guichet maintainers <maintainers@users.noreply.h-seed-dab6860b.example>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL ${GUICHET_PACKAGE_COMPONENTS})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_STRIP_FILES ON)
# dpkg-shlibdeps adds the libraries the programs link (Qt, ICU, libarchive, libsodium, eSpeak NG…).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Maintainer scripts 0755, conffiles 0644, whatever their mode in the checkout.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# "guichet-common (= VERSION)" in the Depends of the packages that read it.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

# CONTROL_EXTRA takes files by their final names (postinst, conffiles…): each package's scripts
# are copied from deploy/debian/<package>.<name> into a directory of their own.
function(guichet_control_files component)
    set(package guichet-${component})
    set(dir ${CMAKE_BINARY_DIR}/deploy/control/${package})
    file(REMOVE_RECURSE ${dir})
    set(files)
    foreach(name IN ITEMS conffiles postinst prerm postrm)
        set(source ${PROJECT_SOURCE_DIR}/deploy/debian/${package}.${name})
        if(EXISTS ${source})
            configure_file(${source} ${dir}/${name} COPYONLY)
            list(APPEND files ${dir}/${name})
        endif()
    endforeach()
    string(TOUPPER ${component} upper)
    set(CPACK_DEBIAN_${upper}_PACKAGE_CONTROL_EXTRA "${files}" PARENT_SCOPE)
endfunction()

# common
set(CPACK_DEBIAN_COMMON_PACKAGE_NAME guichet-common)
set(CPACK_DEBIAN_COMMON_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_COMMON_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_COMMON_DESCRIPTION "self-service counter for newcomers - shared data
Guichet is a self-service digital counter for the reception offices for
newcomers in Brussels (BAPA): a touch kiosk that speaks the visitor's
language, and a booking server.

This package holds the data the kiosk, the server and guichet-pack share:
the default content pack (texts in thirteen languages, opening hours,
offices, pictograms) and the voice profiles for eSpeak NG.")

# kiosk
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME guichet-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_KIOSK_DEPENDS common)
# What the kiosk loads at run time without linking it (plugins, QML modules, data), and what its
# systemd unit runs. dpkg-shlibdeps adds the linked libraries. qt6-qpa-plugins is not needed: it
# holds only the VNC platform and the TUIO touch plugin; the Wayland platform is in qt6-wayland,
# the SVG image plugin in libqt6svg6 (linked, so found by dpkg-shlibdeps).
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "adduser, cage, xwayland, libpam-systemd, qt6-wayland, \
qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-window, \
qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtquick-controls, \
qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, qml6-module-qt-labs-folderlistmodel, \
libqt6sql6-sqlite, espeak-ng-data, fonts-noto-core, fonts-noto-extra, fonts-noto-ui-core, \
pulseaudio | pipewire-pulse")
# Mesa's DRI drivers draw with the GPU; a printer for tickets only where printer = is set.
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "libgl1-mesa-dri")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SUGGESTS "cups")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "self-service counter for newcomers - touch kiosk
Guichet is a self-service digital counter for the reception offices for
newcomers in Brussels (BAPA). A newcomer, in their own language, learns
about the settlement programme, sees opening hours and addresses, finds help
organisations, checks whether they can take part and books an appointment.

This package holds the fullscreen Qt Quick kiosk with its voice mode (eSpeak
NG), its interface translations and a systemd unit that runs it under the
cage Wayland compositor on tty1, as the system user guichet, restarted by a
watchdog. It is configured in /etc/guichet/kiosk.conf.")

# server
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME guichet-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# The SQL drivers are plugins, loaded by name: dpkg-shlibdeps cannot see them. Not Qt Quick,
# Multimedia or eSpeak NG: the server links Qt Core and Sql only.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
# pg_dump and psql for `guichet-server backup` on PostgreSQL; the default pack to import.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql-client, guichet-common")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "self-service counter for newcomers - booking server
Guichet is a self-service digital counter for the reception offices for
newcomers in Brussels (BAPA): a touch kiosk that speaks the visitor's
language, and a booking server.

This package holds the booking server the kiosks book through (HTTP or
HTTPS, on SQLite or PostgreSQL), with the staff console it serves, and a
hardened systemd unit that runs it as the system user guichet-server. It is
configured in /etc/guichet/server.conf.")

# pack
set(CPACK_DEBIAN_PACK_PACKAGE_NAME guichet-pack)
set(CPACK_DEBIAN_PACK_PACKAGE_SECTION utils)
set(CPACK_COMPONENT_PACK_DEPENDS common)
# The glyph check draws with the kiosk's fonts, the speech check and `speak` use eSpeak NG's data.
set(CPACK_DEBIAN_PACK_PACKAGE_DEPENDS "espeak-ng-data, fonts-noto-core, fonts-noto-extra, fonts-noto-ui-core")
# lrelease compiles a pack's interface translations (`build`); `preview` runs guichet-kiosk.
set(CPACK_DEBIAN_PACK_PACKAGE_RECOMMENDS "qt6-l10n-tools")
set(CPACK_DEBIAN_PACK_PACKAGE_SUGGESTS "guichet-kiosk")
set(CPACK_DEBIAN_PACK_DESCRIPTION "self-service counter for newcomers - content pack tool
Guichet is a self-service digital counter for the reception offices for
newcomers in Brussels (BAPA): a touch kiosk that speaks the visitor's
language, and a booking server.

This package holds guichet-pack, for the staff's machine: it validates a
content pack (texts, hours, glyphs, speech), signs and builds it for
publishing, verifies, describes and compares packs, and speaks a text as
the kiosk would.")

foreach(component IN LISTS GUICHET_PACKAGE_COMPONENTS)
    guichet_control_files(${component})
endforeach()

include(CPack)
