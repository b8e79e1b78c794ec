# strata_ksyntax_highlighting(TARGET): links TARGET with KSyntaxHighlighting for Qt 6 when one is
# found, and defines STRATA_HAVE_KSYNTAXHIGHLIGHTING=1 on it (issue 17). Looked for, in order:
#   1. KF6SyntaxHighlighting (packaged by Debian 13, Ubuntu 24.04 and later);
#   2. KF5SyntaxHighlighting built against Qt 6: syntax-highlighting 5.103 configured with
#      -DQT_MAJOR_VERSION=6 installs under that name (scripts/ksyntax builds it from
#      ../shared/vendor into STRATA_KSYNTAX_PREFIX). One that links Qt 5 is refused: never two
#      Qt majors in one process.
# Without either, the studio builds and works with QScintilla alone. Sets
# STRATA_KSYNTAX_FOUND_AS ("KF6SyntaxHighlighting x.y", "KF5SyntaxHighlighting x.y (Qt 6)" or "").
if(DEFINED ENV{STRATA_DEPS_CACHE})
    set(_strata_deps "$ENV{STRATA_DEPS_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(_strata_deps "$ENV{XDG_CACHE_HOME}/strata/deps")
else()
    set(_strata_deps "$ENV{HOME}/.cache/strata/deps")
endif()
set(STRATA_KSYNTAX_PREFIX "${_strata_deps}/ksyntaxhighlighting-5.103.0-qt6"
    CACHE PATH "Where scripts/ksyntax installed KSyntaxHighlighting for Qt 6")

function(strata_ksyntax_highlighting target)
    set(STRATA_KSYNTAX_FOUND_AS "" PARENT_SCOPE)
    if(NOT STRATA_WITH_KSYNTAXHIGHLIGHTING)
        message(STATUS "KSyntaxHighlighting: off (STRATA_WITH_KSYNTAXHIGHLIGHTING=OFF); the "
                       "read-only views use QScintilla")
        return()
    endif()
    find_package(KF6SyntaxHighlighting QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        target_link_libraries(${target} PUBLIC KF6::SyntaxHighlighting)
        target_compile_definitions(${target} PUBLIC STRATA_HAVE_KSYNTAXHIGHLIGHTING=1)
        set(found "KF6SyntaxHighlighting ${KF6SyntaxHighlighting_VERSION}")
    else()
        find_package(KF5SyntaxHighlighting QUIET HINTS "${STRATA_KSYNTAX_PREFIX}")
        if(NOT KF5SyntaxHighlighting_FOUND)
            message(STATUS "KSyntaxHighlighting: not found (neither KF6SyntaxHighlighting nor a "
                           "KF5SyntaxHighlighting for Qt 6; scripts/ksyntax builds one); the "
                           "read-only views use QScintilla")
            return()
        endif()
        get_target_property(libs KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
        if("${libs}" MATCHES "Qt5::" OR NOT "${libs}" MATCHES "Qt6::")
            message(STATUS "KSyntaxHighlighting: ${KF5SyntaxHighlighting_DIR} links Qt 5 "
                           "(${libs}), not used; the read-only views use QScintilla")
            return()
        endif()
        find_package(Qt6 REQUIRED COMPONENTS Network) # its static library's link interface
        target_link_libraries(${target} PUBLIC KF5::SyntaxHighlighting)
        target_compile_definitions(${target} PUBLIC STRATA_HAVE_KSYNTAXHIGHLIGHTING=1)
        set(found "KF5SyntaxHighlighting ${KF5SyntaxHighlighting_VERSION} (Qt 6)")
    endif()
    message(STATUS "KSyntaxHighlighting: ${found}: the read-only SQL and Python views use it")
    set(STRATA_KSYNTAX_FOUND_AS "${found}" PARENT_SCOPE)
endfunction()
