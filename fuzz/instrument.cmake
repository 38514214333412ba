# SPDX-License-Identifier: GPL-3.0-or-later
# Included by the top-level CMakeLists.txt before core/ when TIERLAB_BUILD_FUZZ is ON: everything the
# fuzz targets link (core, and whatever else is built) is compiled with libFuzzer's coverage
# instrumentation and ASan + UBSan, so that a fault deep in a reader is found and reported there.
# libstdc++'s own checks (_GLIBCXX_ASSERTIONS: bounds of operator[], front() of an empty vector…) catch
# what ASan cannot see inside a vector's spare capacity.

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TIERLAB_BUILD_FUZZ needs clang (libFuzzer): configure with the `fuzz` preset "
                        "(clang++-19 from Debian 12: apt-get install clang-19 libclang-rt-19-dev)")
endif()

# libstdc++ 12's <expected> (common/error.h) is only declared when the compiler reports
# __cpp_concepts >= 202002L: Debian's clang 14 and 16 do not, clang 19 does. Say so instead of failing
# on the first "no template named 'expected'".
include(CheckCXXSourceCompiles)
check_cxx_source_compiles("#include <expected>
int main() { std::expected<int, int> e(1); return *e - 1; }" TIERLAB_FUZZ_HAS_EXPECTED)
if(NOT TIERLAB_FUZZ_HAS_EXPECTED)
    message(FATAL_ERROR "${CMAKE_CXX_COMPILER} ${CMAKE_CXX_COMPILER_VERSION} cannot use libstdc++'s "
                        "std::expected (it reports __cpp_concepts < 202002L): use clang++-19 (the `fuzz` preset)")
endif()

add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS)
add_link_options(-fsanitize=address,undefined)
