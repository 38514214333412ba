# Installs the build into a fresh prefix inside the build tree and runs the installed tierlab from there.
# cmake -DBUILD_DIR=… -DPREFIX=… -DVERSION=… -DUI=ON|OFF -DAPP_ID=… -DBINDIR=bin -DDATADIR=share -P install_test.cmake
# Everything it writes (the prefix, the demo workspace, HOME and the XDG folders) is under PREFIX.
foreach(var BUILD_DIR PREFIX VERSION UI APP_ID BINDIR DATADIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_test: -D${var}=… is required")
    endif()
endforeach()

function(run)   # run(<name> <expected exit code> COMMAND …): the output lands in ${name}_OUT
    cmake_parse_arguments(R "" "NAME;EXIT" "COMMAND" ${ARGN})
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DESTDIR
                            HOME=${PREFIX}/home XDG_DATA_HOME=${PREFIX}/home/data
                            XDG_CONFIG_HOME=${PREFIX}/home/config XDG_CACHE_HOME=${PREFIX}/home/cache
                            XDG_RUNTIME_DIR=${PREFIX}/home/run LC_ALL=C.UTF-8 LANGUAGE=
                            ${R_COMMAND}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc STREQUAL R_EXIT)
        string(REPLACE ";" " " cmd "${R_COMMAND}")
        message(FATAL_ERROR "install_test: ${R_NAME}: `${cmd}` exited with ${rc}, expected ${R_EXIT}\n"
                            "stdout:\n${out}\nstderr:\n${err}")
    endif()
    set(${R_NAME}_OUT "${out}" PARENT_SCOPE)
endfunction()

function(expect_file path)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "install_test: ${PREFIX}/${path} was not installed")
    endif()
endfunction()

function(expect_no_file path)
    if(EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "install_test: ${PREFIX}/${path} should not be installed in this configuration")
    endif()
endfunction()

file(REMOVE_RECURSE "${PREFIX}")
file(MAKE_DIRECTORY "${PREFIX}/home/run")
file(CHMOD "${PREFIX}/home/run" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

run(NAME install EXIT 0 COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX})

# The layout (the build's GNUInstallDirs, relative to the prefix).
set(data ${DATADIR})
expect_file(${BINDIR}/tierlab)
expect_file(${data}/tierlab/models/seed-default.json)
expect_file(${data}/tierlab/models/seed-simple.json)
expect_file(${data}/tierlab/tierlab-model.schema.json)
expect_file(${data}/doc/tierlab/LICENSE)
expect_file(${data}/doc/tierlab/copyright)
expect_no_file(${BINDIR}/tierlab-bench)
if(UI)
    expect_file(${data}/applications/${APP_ID}.desktop)
    expect_file(${data}/metainfo/${APP_ID}.metainfo.xml)
    expect_file(${data}/icons/hicolor/scalable/apps/${APP_ID}.svg)
    # The metainfo's newest release is this version.
    file(READ "${PREFIX}/${data}/metainfo/${APP_ID}.metainfo.xml" metainfo)
    if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
        message(FATAL_ERROR "install_test: ${APP_ID}.metainfo.xml has no <release version=\"${VERSION}\"> "
                            "(bump its <releases> with project(VERSION))")
    endif()
    file(READ "${PREFIX}/${data}/applications/${APP_ID}.desktop" desktop)
    if(NOT desktop MATCHES "\nExec=tierlab[ \n]" OR NOT desktop MATCHES "\nIcon=${APP_ID}\n")
        message(FATAL_ERROR "install_test: ${APP_ID}.desktop: Exec must run tierlab and Icon must be ${APP_ID}")
    endif()
else()
    expect_no_file(${data}/applications/${APP_ID}.desktop)
endif()

# The installed binary runs from the prefix.
set(tierlab ${PREFIX}/${BINDIR}/tierlab)
run(NAME version EXIT 0 COMMAND ${tierlab} --version)
if(NOT version_OUT STREQUAL "tierlab ${VERSION}\n")
    message(FATAL_ERROR "install_test: tierlab --version printed \"${version_OUT}\", expected \"tierlab ${VERSION}\"")
endif()

run(NAME validate EXIT 0 COMMAND ${tierlab} model validate ${PREFIX}/${data}/tierlab/models/seed-default.json)

set(workspace ${PREFIX}/w.tierlab)
run(NAME demo EXIT 0 COMMAND ${tierlab} demo --out ${workspace} --accounts 50 --weeks 8)
run(NAME summary EXIT 0 COMMAND ${tierlab} summary --workspace ${workspace} --json)
string(JSON accounts ERROR_VARIABLE json_error GET "${summary_OUT}" accounts)
if(json_error OR NOT accounts EQUAL 50)
    message(FATAL_ERROR "install_test: summary --json: expected \"accounts\": 50, got \"${accounts}\" ${json_error}\n${summary_OUT}")
endif()
run(NAME backtest EXIT 0 COMMAND ${tierlab} backtest --workspace ${workspace}
                                 --model ${PREFIX}/${data}/tierlab/models/seed-default.json --json)

# A bad usage still fails as documented.
run(NAME unknown EXIT 2 COMMAND ${tierlab} no-such-command)

message(STATUS "install_test: installed into ${PREFIX}; tierlab ${VERSION} ran from there (UI=${UI})")
