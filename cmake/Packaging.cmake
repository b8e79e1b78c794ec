# Packaging: install rules for the files that are not targets (man pages, desktop entry,
# AppStream metainfo, icon, sample project) and the CPack configuration of the two Debian
# packages. Included at the end of the top-level CMakeLists.txt.
#
#   strata         component `cli`:    /usr/bin/strata, strata(1), the sample project
#   strata-studio  component `studio`: /usr/bin/strata-studio, strata-studio(1), desktop entry,
#                                      metainfo, hicolor icon; Depends: strata (= same version)
#
# Build them with `scripts/package` (or `cpack --config build/release/CPackConfig.cmake`);
# they land in build/<preset>/packages.

include(GNUInstallDirs)

set(STRATA_PACKAGE_MAINTAINER "Strata maintainers <maintainers@strata.io>"
    CACHE STRING "Maintainer field of the Debian packages")
set(STRATA_PACKAGE_HOMEPAGE "https://strata.io"
    CACHE STRING "Homepage field of the Debian packages")
set(STRATA_PACKAGE_RELEASE "1" CACHE STRING "Debian revision of the packages (the -N in 0.1.0-N)")

# --- man pages -------------------------------------------------------------------------------
# strata(1) is generated from the CLI's own help texts by packaging/gen-manpage, so it always
# lists every command and option of the binary it ships with; strata-studio(1) is written by
# hand. Both are installed gzipped (Debian policy 12.1), with -n for reproducible archives.
find_program(STRATA_GZIP gzip REQUIRED)
# The distribution's python3 first (gen-manpage needs only its standard library).
find_program(STRATA_PYTHON3 NAMES python3 HINTS /usr/bin REQUIRED)
set(_man_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
add_custom_command(
    OUTPUT "${_man_dir}/strata.1.gz"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_man_dir}"
    COMMAND "${STRATA_PYTHON3}" "${PROJECT_SOURCE_DIR}/packaging/gen-manpage"
            "$<TARGET_FILE:strata>" "${_man_dir}/strata.1"
    COMMAND "${STRATA_GZIP}" -9nf "${_man_dir}/strata.1"
    DEPENDS strata "${PROJECT_SOURCE_DIR}/packaging/gen-manpage"
    COMMENT "Generating the strata(1) man page from the CLI's help"
    VERBATIM)
set(_man_pages "${_man_dir}/strata.1.gz")

if(STRATA_BUILD_STUDIO)
    configure_file("${PROJECT_SOURCE_DIR}/packaging/strata-studio.1" "${_man_dir}/strata-studio.1"
                   @ONLY)
    add_custom_command(
        OUTPUT "${_man_dir}/strata-studio.1.gz"
        COMMAND "${STRATA_GZIP}" -9nkf "${_man_dir}/strata-studio.1"
        DEPENDS "${_man_dir}/strata-studio.1"
        COMMENT "Compressing the strata-studio(1) man page"
        VERBATIM)
    list(APPEND _man_pages "${_man_dir}/strata-studio.1.gz")
endif()
add_custom_target(strata_man_pages ALL DEPENDS ${_man_pages})

# --- strata (component cli) --------------------------------------------------------------------
install(FILES "${_man_dir}/strata.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT cli)
# The sample project, so `strata history --project /usr/share/doc/strata/examples/migrations`
# works right after installing. CMAKE_INSTALL_DOCDIR would be share/doc/strata already, but
# spell it out: the path is documented.
install(FILES "${PROJECT_SOURCE_DIR}/migrations/strata.toml"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/strata/examples/migrations" COMPONENT cli)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/migrations/versions"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/strata/examples/migrations" COMPONENT cli
        FILES_MATCHING PATTERN "*.sql")

# The bridge that runs Alembic `.py` revisions with the project's own Python
# (AlembicBridge::scriptPath finds it in share/strata beside the binary's prefix).
file(GLOB _strata_bridge_scripts CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/bridge/*.py")
install(FILES ${_strata_bridge_scripts}
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/strata" COMPONENT cli)

# --- strata-studio (component studio) --------------------------------------------------------
if(STRATA_BUILD_STUDIO)
    install(FILES "${_man_dir}/strata-studio.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1"
            COMPONENT studio)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/strata-studio.desktop"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications" COMPONENT studio)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/io.strata.Studio.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo" COMPONENT studio)
    # Help > Documentation opens share/doc/strata-studio/studio.md (ui/shell/HelpMenu).
    install(FILES "${PROJECT_SOURCE_DIR}/docs/studio.md" "${PROJECT_SOURCE_DIR}/docs/editor.md"
                  "${PROJECT_SOURCE_DIR}/README.md"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/strata-studio" COMPONENT studio)
    # KSyntaxHighlighting built from ../shared/vendor is linked in statically: its licence
    # texts travel in the package (/usr/share/doc/strata-studio/copyright names them).
    get_property(_ksyntax GLOBAL PROPERTY STRATA_KSYNTAX_FOUND_AS)
    set(_ksyntax_licences "${STRATA_KSYNTAX_PREFIX}/share/doc/ksyntaxhighlighting/LICENSES")
    if(_ksyntax MATCHES "^KF5" AND EXISTS "${_ksyntax_licences}")
        set(_copyright "${CMAKE_CURRENT_BINARY_DIR}/strata-studio-copyright")
        file(WRITE "${_copyright}"
             "strata-studio links ${_ksyntax}, KDE's KSyntaxHighlighting (\n"
             "https://invent.kde.org/frameworks/syntax-highlighting) statically: the library\n"
             "is under the MIT licence; some of its syntax definitions and themes are under\n"
             "LGPL-2.0-or-later, LGPL-2.1-or-later, GPL-2.0-only or CC0-1.0. The texts are in\n"
             "/usr/share/doc/strata-studio/ksyntaxhighlighting/LICENSES.\n")
        install(FILES "${_copyright}" RENAME copyright
                DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/strata-studio" COMPONENT studio)
        install(DIRECTORY "${_ksyntax_licences}"
                DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/strata-studio/ksyntaxhighlighting"
                COMPONENT studio)
    endif()
    # Named after the desktop entry's Icon=strata.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/strata.svg"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps" COMPONENT studio)
endif()

# --- CPack: two .deb files, one per component ----------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "strata")
set(CPACK_PACKAGE_VENDOR "Strata")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${STRATA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${STRATA_PACKAGE_HOMEPAGE}")
# Empty on purpose: CPackDeb would put this one summary in front of both packages' own
# descriptions below (the first line of each is its summary).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0) # compress with every core

set(CPACK_COMPONENTS_ALL cli)
if(STRATA_BUILD_STUDIO)
    list(APPEND CPACK_COMPONENTS_ALL studio)
endif()
set(CPACK_COMPONENT_STUDIO_DEPENDS cli)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # strata_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "${STRATA_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STRATA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${STRATA_PACKAGE_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies (libpq5, libqt6core6, libqscintilla2-qt6-15, ...) from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# strata-studio: Depends: strata (= <this version>), from CPACK_COMPONENT_STUDIO_DEPENDS.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME "strata")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION "database")
# postgresql-client: pg_dump, for environments with `backup = true`. postgresql: initdb and
# pg_ctl for `strata sandbox` and `strata diff --against expected` without a shadow_url.
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "postgresql-client, postgresql")
set(CPACK_DEBIAN_CLI_DESCRIPTION
"versioned PostgreSQL migrations, Alembic-compatible
Strata manages the schema of PostgreSQL databases with versioned SQL
revisions that form a graph. It keeps the same version table as Alembic,
so projects coming from Alembic keep their history, and records every
run in a history table.

This package contains the strata command line: check a project, compare
schemas (drift), upgrade, downgrade or stamp an environment, print the
SQL offline, and run a private PostgreSQL sandbox for tests. A sample
project is installed in /usr/share/doc/strata/examples/migrations.")

set(CPACK_DEBIAN_STUDIO_PACKAGE_NAME "strata-studio")
set(CPACK_DEBIAN_STUDIO_PACKAGE_SECTION "database")
# Loaded at run time, so dpkg-shlibdeps cannot see it: Qt's SVG image-format plugin (the icons).
# The rest (libqt6widgets6, libqscintilla2-qt6-15 once the editor links it, ...) and the
# `strata (= version)` from CPACK_COMPONENT_STUDIO_DEPENDS are added by CPack.
set(CPACK_DEBIAN_STUDIO_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_STUDIO_DESCRIPTION
"desktop application for Strata PostgreSQL migrations
Strata manages the schema of PostgreSQL databases with versioned SQL
revisions that form a graph, keeping the same version table as Alembic.

This package contains Strata Studio, the Qt desktop application: it
shows a project's revision graph, its environments side by side and the
runs recorded in their history tables.")

include(CPack)
