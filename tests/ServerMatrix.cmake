# The PostgreSQL server matrix of the tests.
#
# At configure time the installed server majors are found as core/sandbox/PostgresInstallation
# finds them: /usr/lib/postgresql/<major>/bin (Debian), then $STRATA_SERVERS_DIR/<major>/bin
# (default /var/cache/strata/postgres as root, else ${XDG_CACHE_HOME:-~/.cache}/strata/postgres:
# what scripts/servers installs). The default sandbox (fixture `sandbox`) runs the newest Debian
# server, as `strata sandbox start` does: STRATA_DEFAULT_SERVER.
#
# STRATA_TEST_SERVERS: the majors the matrix runs on ("auto": every installed major but the
# default). For each, a fixture sandbox_<major> starts `strata sandbox start --server <major>` in
# build/<preset>/test-sandbox-pg<major> (the "-pg<major>" sibling of the default
# sandbox, as `strata sandbox start --server` names it; ExpectedSchema reuses it).
#
#   strata_server_matrix(<test>... [MAJORS m...])
#                                          registers each test again as matrix<major>/<name>
#                                          (label matrix) on every matrix major's sandbox (or
#                                          on those of the matrix majors listed)
#   strata_server_test(<test> MAJORS m...) gives <test> the sandboxes of those majors:
#                                          STRATA_TEST_SANDBOX_<m>=DIR and their fixtures. When
#                                          one of the majors is not installed the test is
#                                          disabled (it never passes for want of a server).
set(STRATA_TEST_SERVERS "auto" CACHE STRING
    "PostgreSQL majors of the test server matrix (auto: every installed major but the default)")

if(DEFINED ENV{STRATA_SERVERS_DIR} AND NOT "$ENV{STRATA_SERVERS_DIR}" STREQUAL "")
    set(_servers_dir "$ENV{STRATA_SERVERS_DIR}")
else()
    execute_process(COMMAND id -u OUTPUT_VARIABLE _uid OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(_uid STREQUAL "0")
        set(_servers_dir "/var/cache/strata/postgres")
    elseif(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
        set(_servers_dir "$ENV{XDG_CACHE_HOME}/strata/postgres")
    else()
        set(_servers_dir "$ENV{HOME}/.cache/strata/postgres")
    endif()
endif()

# Majors with initdb and pg_ctl in <root>/<major>/bin.
function(_strata_majors_in root out)
    set(found "")
    file(GLOB entries LIST_DIRECTORIES true "${root}/*")
    foreach(entry IN LISTS entries)
        get_filename_component(major "${entry}" NAME)
        if(major MATCHES "^[0-9]+$" AND EXISTS "${entry}/bin/initdb" AND EXISTS "${entry}/bin/pg_ctl")
            list(APPEND found ${major})
        endif()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

_strata_majors_in("/usr/lib/postgresql" _debian_majors)
_strata_majors_in("${_servers_dir}" _cached_majors)
set(STRATA_INSTALLED_SERVERS ${_debian_majors} ${_cached_majors})
list(REMOVE_DUPLICATES STRATA_INSTALLED_SERVERS)
list(SORT STRATA_INSTALLED_SERVERS COMPARE NATURAL)
set(STRATA_DEFAULT_SERVER "")
if(_debian_majors)
    list(SORT _debian_majors COMPARE NATURAL ORDER DESCENDING)
    list(GET _debian_majors 0 STRATA_DEFAULT_SERVER)
endif()

if(STRATA_TEST_SERVERS STREQUAL "auto")
    set(STRATA_MATRIX_SERVERS ${STRATA_INSTALLED_SERVERS})
    if(STRATA_DEFAULT_SERVER)
        list(REMOVE_ITEM STRATA_MATRIX_SERVERS ${STRATA_DEFAULT_SERVER})
    endif()
else()
    set(STRATA_MATRIX_SERVERS ${STRATA_TEST_SERVERS})
    foreach(major IN LISTS STRATA_MATRIX_SERVERS)
        if(NOT major IN_LIST STRATA_INSTALLED_SERVERS)
            message(FATAL_ERROR "STRATA_TEST_SERVERS names PostgreSQL ${major}, which is not "
                                "installed (run scripts/servers ${major})")
        endif()
    endforeach()
endif()
message(STATUS "PostgreSQL servers: ${STRATA_INSTALLED_SERVERS} (default ${STRATA_DEFAULT_SERVER};"
               " test matrix: ${STRATA_MATRIX_SERVERS}; servers folder ${_servers_dir})")

function(strata_server_sandbox_dir major out)
    if(major STREQUAL STRATA_DEFAULT_SERVER)
        set(${out} "${STRATA_SANDBOX_DIR}" PARENT_SCOPE)
    else()
        set(${out} "${STRATA_SANDBOX_DIR}-pg${major}" PARENT_SCOPE)
    endif()
endfunction()

# The fixture name of a major's sandbox: `sandbox` for the default one.
function(strata_server_fixture major out)
    if(major STREQUAL STRATA_DEFAULT_SERVER)
        set(${out} sandbox PARENT_SCOPE)
    else()
        set(${out} sandbox_${major} PARENT_SCOPE)
    endif()
endfunction()

# One fixture per installed major other than the default (those the matrix or a
# strata_server_test needs); tests fail (never skip) when it cannot start.
foreach(major IN LISTS STRATA_INSTALLED_SERVERS)
    if(major STREQUAL STRATA_DEFAULT_SERVER)
        continue()
    endif()
    strata_server_sandbox_dir(${major} dir)
    add_test(NAME sandbox_start_${major}
             COMMAND strata sandbox start --server ${major} --dir "${dir}")
    add_test(NAME sandbox_stop_${major} COMMAND strata sandbox stop --dir "${dir}")
    set_tests_properties(sandbox_start_${major} PROPERTIES
        FIXTURES_SETUP sandbox_${major} TIMEOUT 120 LABELS "matrix;server${major}")
    set_tests_properties(sandbox_stop_${major} PROPERTIES
        FIXTURES_CLEANUP sandbox_${major} TIMEOUT 120 LABELS "matrix;server${major}")
endforeach()

function(strata_server_matrix)
    cmake_parse_arguments(ARG "" "" "MAJORS" ${ARGN})
    set(majors ${STRATA_MATRIX_SERVERS})
    if(ARG_MAJORS)
        set(majors "")
        foreach(major IN LISTS ARG_MAJORS)
            if(major IN_LIST STRATA_MATRIX_SERVERS)
                list(APPEND majors ${major})
            endif()
        endforeach()
    endif()
    foreach(test IN LISTS ARG_UNPARSED_ARGUMENTS)
        if(NOT TEST ${test})
            message(FATAL_ERROR "strata_server_matrix: no test ${test}")
        endif()
        get_filename_component(name "${test}" NAME)
        foreach(major IN LISTS majors)
            strata_server_sandbox_dir(${major} dir)
            strata_server_fixture(${major} fixture)
            add_test(NAME matrix${major}/${name} COMMAND ${name})
            set_tests_properties(matrix${major}/${name} PROPERTIES
                LABELS "matrix;server${major}" TIMEOUT 300 FIXTURES_REQUIRED ${fixture}
                # The tests that make scratch databases assert none are left: one at a time on
                # each sandbox.
                RESOURCE_LOCK scratch_databases_${major}
                ENVIRONMENT "QT_QPA_PLATFORM=offscreen;STRATA_TEST_SANDBOX=${dir};STRATA_TEST_SANDBOX_${major}=${dir};STRATA_TEST_SERVER_MAJOR=${major}")
        endforeach()
    endforeach()
endfunction()

function(strata_server_test test)
    cmake_parse_arguments(ARG "" "" "MAJORS" ${ARGN})
    if(NOT TEST ${test})
        message(FATAL_ERROR "strata_server_test: no test ${test}")
    endif()
    set(missing "")
    foreach(major IN LISTS ARG_MAJORS)
        if(NOT major IN_LIST STRATA_INSTALLED_SERVERS)
            list(APPEND missing ${major})
            continue()
        endif()
        strata_server_sandbox_dir(${major} dir)
        strata_server_fixture(${major} fixture)
        set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED ${fixture})
        set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT "STRATA_TEST_SANDBOX_${major}=${dir}")
        set_property(TEST ${test} APPEND PROPERTY LABELS server${major})
    endforeach()
    if(missing)
        message(STATUS "${test} disabled: PostgreSQL ${missing} not installed (scripts/servers)")
        set_tests_properties(${test} PROPERTIES DISABLED TRUE)
    endif()
endfunction()
