# The module order the code keeps (docs/architecture.md), checked on the sources: ui/ asks the
# workspace session for everything and never opens a workspace, talks SQL or loads a history itself.
# And core's parallel parts run on computePool() (core/common/computepool.h), never on Qt's global
# pool: Qt 6.4's raster engine waits on the global pool's threads while it paints, so work left there
# stalled the GUI thread for 250-300 ms. Every QtConcurrent call in core/ names computePool().
# Run as: cmake -DSOURCE_DIR=<project> -P check_layering.cmake
file(GLOB_RECURSE ui_sources "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
set(forbidden
    "Workspace::open("
    "SnapshotHistory::load("
    "sqlite3"
    "SqliteStatement"
    "QtConcurrent::run(")
set(problems "")
foreach(source ${ui_sources})
    file(READ "${source}" text)
    foreach(pattern ${forbidden})
        string(FIND "${text}" "${pattern}" at)
        if(NOT at EQUAL -1)
            file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
            list(APPEND problems "${name}: uses ${pattern}")
        endif()
    endforeach()
endforeach()
file(GLOB_RECURSE core_sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h")
foreach(source ${core_sources})
    file(READ "${source}" text)
    string(REGEX MATCHALL "QtConcurrent::[A-Za-z]+\\(" calls "${text}")
    string(REGEX MATCHALL "QtConcurrent::[A-Za-z]+\\(computePool\\(\\)" pooled "${text}")
    list(LENGTH calls all)
    list(LENGTH pooled good)
    file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
    if(NOT all EQUAL good)
        math(EXPR bad "${all} - ${good}")
        list(APPEND problems "${name}: ${bad} QtConcurrent call(s) without computePool()")
    endif()
    string(FIND "${text}" "QThreadPool::globalInstance" at)
    if(NOT at EQUAL -1)
        list(APPEND problems "${name}: uses QThreadPool::globalInstance")
    endif()
endforeach()
list(LENGTH ui_sources uiCount)
list(LENGTH core_sources coreCount)
if(uiCount EQUAL 0 OR coreCount EQUAL 0)
    message(FATAL_ERROR "no ui or core sources found under ${SOURCE_DIR}")
endif()
if(problems)
    list(JOIN problems "\n  " listed)
    message(FATAL_ERROR "ui/ must go through the WorkspaceSession, core/ run its parallel parts on computePool():\n  ${listed}")
endif()
message(STATUS "checked ${uiCount} ui and ${coreCount} core files")
