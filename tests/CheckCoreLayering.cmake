# Fails when a core source includes a folder above its own (DESIGN §1, issue 10): inside core
# config -> db -> revision/sql/schema/sandbox/alembic -> lint/runner -> drift -> preflight/fleet,
# no arrow upward.
# core/schema reads and compares catalogs only; the expected schema, drift checks and round-trip
# verification live in core/drift, above the runner.
#   cmake -DCORE_DIR=<core> -P CheckCoreLayering.cmake
set(rank_config 0)
set(rank_db 1)
set(rank_revision 2)
set(rank_sql 2)
set(rank_schema 2)
set(rank_sandbox 2)
set(rank_alembic 2)
set(rank_lint 3)
set(rank_runner 3)
set(rank_drift 4)
set(rank_preflight 5)
set(rank_fleet 5) # groups of environments: runs, status and drift across their members

file(GLOB_RECURSE sources RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(violations "")
foreach(src IN LISTS sources)
    string(REGEX MATCH "^[^/]+" folder "${src}")
    if(folder STREQUAL src OR NOT DEFINED rank_${folder})
        continue() # a file at the top of core (Project, Result) or an unranked folder
    endif()
    file(STRINGS "${CORE_DIR}/${src}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z]+/")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([a-z]+)/.*$" "\\1" target "${line}")
        if(DEFINED rank_${target} AND rank_${target} GREATER rank_${folder})
            string(APPEND violations "\n  core/${src}: ${line} (${folder} may not depend on ${target})")
        endif()
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "core includes point upward:${violations}")
endif()
message(STATUS "core layering holds: config -> db -> revision/sql/schema -> runner -> drift")
