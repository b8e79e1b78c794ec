# The translation tests (included by tests/CMakeLists.txt when the studio is built).
#   tst_translations   the catalogs are complete and match the sources (runs lupdate into a
#                      temporary copy, never into resources/translations)
#   tst_untranslated   the studio in a pseudo-translation (every catalog text wrapped in ⟦…⟧,
#                      generated from strata_en.ts by resources/translations/pseudo.py): a
#                      text on screen outside ⟦…⟧ bypassed tr()
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
find_program(STRATA_PYTHON3 NAMES python3 HINTS /usr/bin REQUIRED)

set(strata_translations "${PROJECT_SOURCE_DIR}/resources/translations")
# The core's texts (lint findings, pre-flight, errors) are tr()'d too but have no catalog yet:
# the pseudo-translation takes them from a fresh lupdate of core/ so that they count as
# translatable, and a literal of the core that bypasses tr() still shows.
file(GLOB_RECURSE strata_core_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/*.cpp"
     "${PROJECT_SOURCE_DIR}/core/*.h")
set(strata_core_ts "${CMAKE_CURRENT_BINARY_DIR}/strata_core_sources.ts")
set(strata_pseudo_ts "${CMAKE_CURRENT_BINARY_DIR}/strata_pseudo.ts")
set(strata_pseudo_core_ts "${CMAKE_CURRENT_BINARY_DIR}/strata_pseudo_core.ts")
set(strata_pseudo_qm "${CMAKE_CURRENT_BINARY_DIR}/strata_pseudo.qm")
add_custom_command(
    OUTPUT "${strata_pseudo_qm}"
    COMMAND "${CMAKE_COMMAND}" -E rm -f "${strata_core_ts}"
    COMMAND Qt6::lupdate -silent -locations none "${PROJECT_SOURCE_DIR}/core" -ts "${strata_core_ts}"
    COMMAND "${STRATA_PYTHON3}" -B "${strata_translations}/pseudo.py"
            "${strata_translations}/strata_en.ts" "${strata_pseudo_ts}"
    COMMAND "${STRATA_PYTHON3}" -B "${strata_translations}/pseudo.py"
            "${strata_core_ts}" "${strata_pseudo_core_ts}"
    COMMAND Qt6::lrelease -silent "${strata_pseudo_ts}" "${strata_pseudo_core_ts}"
            -qm "${strata_pseudo_qm}"
    DEPENDS "${strata_translations}/pseudo.py" "${strata_translations}/fill_vi.py"
            "${strata_translations}/strata_en.ts" ${strata_core_sources}
    COMMENT "Pseudo-translation catalog for tst_untranslated"
    VERBATIM)
add_custom_target(strata_pseudo_catalog DEPENDS "${strata_pseudo_qm}")

target_compile_definitions(tst_translations PRIVATE
    STRATA_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    STRATA_TRANSLATIONS_DIR="${strata_translations}")
add_dependencies(tst_untranslated strata_pseudo_catalog)
target_compile_definitions(tst_untranslated PRIVATE STRATA_PSEUDO_QM="${strata_pseudo_qm}")
