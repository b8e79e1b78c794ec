# Finds libpg_query, which ships no CMake config, and defines the imported target
# PgQuery::PgQuery plus:
#   PgQuery_VERSION        the PostgreSQL grammar it carries ("17.4"), from PG_VERSION in pg_query.h
#   PgQuery_MAJOR_VERSION  its major ("17"), from PG_MAJORVERSION
#   PgQuery_SOURCE         "download" (the cache scripts/pgquery fills) or "system" (Debian's)
#
# STRATA_PG_QUERY chooses: "auto" (default: the download cache first, then the system's),
# "download" (the cache only; an error when it is missing) or "system" / "debian" (the system's
# libpg-query-dev, PostgreSQL 15 on Debian 12). The download cache is $STRATA_DEPS_CACHE or
# ${XDG_CACHE_HOME:-$HOME/.cache}/strata/deps, holding libpg_query-17.1.0/{include,lib}.
set(STRATA_PG_QUERY "auto" CACHE STRING "libpg_query to link: auto, download or system (debian)")
set_property(CACHE STRATA_PG_QUERY PROPERTY STRINGS auto download system debian)

set(_pgq_mode "${STRATA_PG_QUERY}")
if(_pgq_mode STREQUAL "debian")
    set(_pgq_mode "system")
endif()
if(NOT _pgq_mode MATCHES "^(auto|download|system)$")
    message(FATAL_ERROR "STRATA_PG_QUERY must be auto, download or system (debian), not '${STRATA_PG_QUERY}'")
endif()

if(DEFINED ENV{STRATA_DEPS_CACHE} AND NOT "$ENV{STRATA_DEPS_CACHE}" STREQUAL "")
    set(_pgq_cache "$ENV{STRATA_DEPS_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
    set(_pgq_cache "$ENV{XDG_CACHE_HOME}/strata/deps")
else()
    set(_pgq_cache "$ENV{HOME}/.cache/strata/deps")
endif()
set(_pgq_download "${_pgq_cache}/libpg_query-17.1.0")

unset(PgQuery_INCLUDE_DIR CACHE)
unset(PgQuery_LIBRARY CACHE)
set(PgQuery_SOURCE "")
if(NOT _pgq_mode STREQUAL "system" AND EXISTS "${_pgq_download}/include/pg_query.h"
   AND EXISTS "${_pgq_download}/lib/libpg_query.a")
    set(PgQuery_INCLUDE_DIR "${_pgq_download}/include")
    set(PgQuery_LIBRARY "${_pgq_download}/lib/libpg_query.a")
    set(PgQuery_SOURCE "download")
elseif(_pgq_mode STREQUAL "download")
    message(FATAL_ERROR "STRATA_PG_QUERY=download: no libpg_query in ${_pgq_download} (run scripts/pgquery)")
else()
    find_path(PgQuery_INCLUDE_DIR NAMES pg_query.h NO_CACHE)
    find_library(PgQuery_LIBRARY NAMES libpg_query.a pg_query NO_CACHE)
    set(PgQuery_SOURCE "system")
endif()

if(PgQuery_INCLUDE_DIR AND EXISTS "${PgQuery_INCLUDE_DIR}/pg_query.h")
    file(STRINGS "${PgQuery_INCLUDE_DIR}/pg_query.h" _pgq_version_line
         REGEX "^#define PG_VERSION \"[0-9.]+\"")
    file(STRINGS "${PgQuery_INCLUDE_DIR}/pg_query.h" _pgq_major_line
         REGEX "^#define PG_MAJORVERSION \"[0-9]+\"")
    string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" PgQuery_VERSION "${_pgq_version_line}")
    string(REGEX REPLACE ".*\"([0-9]+)\".*" "\\1" PgQuery_MAJOR_VERSION "${_pgq_major_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PgQuery
    REQUIRED_VARS PgQuery_LIBRARY PgQuery_INCLUDE_DIR PgQuery_MAJOR_VERSION
    VERSION_VAR PgQuery_VERSION)
if(PgQuery_FOUND)
    message(STATUS "libpg_query: PostgreSQL ${PgQuery_VERSION} grammar (${PgQuery_LIBRARY})")
    if(NOT TARGET PgQuery::PgQuery)
        add_library(PgQuery::PgQuery UNKNOWN IMPORTED)
        set_target_properties(PgQuery::PgQuery PROPERTIES
            IMPORTED_LOCATION "${PgQuery_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${PgQuery_INCLUDE_DIR}")
    endif()
endif()
