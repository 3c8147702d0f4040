# SPDX-License-Identifier: MIT
# logto_add_qm_resources(<target> TS_FILES <ts>...)
# Compiles the .ts files with lrelease and embeds the .qm files in <target> under :/i18n, as the
# executable has them (app/CMakeLists.txt), for tests and benchmarks that cannot link the
# executable. The lrelease step is the custom target <target>_lrelease on every Qt version:
# Qt 6.7 replaced qt_add_lrelease(<target> ...) (target <target>_lrelease) by a form without a
# target (LRELEASE_TARGET names it; the old form is deprecated and names it differently).
function(logto_add_qm_resources target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "TS_FILES")
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        qt_add_lrelease(TS_FILES ${arg_TS_FILES} LRELEASE_TARGET ${target}_lrelease NO_GLOBAL_TARGET
            QM_FILES_OUTPUT_VARIABLE qm_files)
        add_dependencies(${target} ${target}_lrelease)
    else()
        qt_add_lrelease(${target} TS_FILES ${arg_TS_FILES} NO_GLOBAL_TARGET QM_FILES_OUTPUT_VARIABLE qm_files)
    endif()
    qt_add_resources(${target} ${target}_i18n
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})
    set(${target}_QM_FILES ${qm_files} PARENT_SCOPE)
endfunction()
