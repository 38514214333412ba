# The module order the code keeps (docs/architecture.md), checked on the sources: ui/ asks the
# workspace session for everything and never opens a workspace, talks SQL or loads a history itself.
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
list(LENGTH ui_sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no ui sources found under ${SOURCE_DIR}/ui")
endif()
if(problems)
    list(JOIN problems "\n  " listed)
    message(FATAL_ERROR "ui/ must go through the WorkspaceSession:\n  ${listed}")
endif()
message(STATUS "checked ${count} ui files")
