#!/usr/bin/env bash
# Builds the project the way a new user or a distribution's tools do: a plain
# `cmake -S . -B build/plain -DCMAKE_BUILD_TYPE=Release` with no preset and no -G, so CMake's
# default generator (Unix Makefiles on Linux), then `cmake --install` into a staging directory
# (DESTDIR, as packagers install). Every preset uses Ninja, which creates the folders of a rule's
# outputs by itself; Make does not, so a custom command writing into a folder nobody created only
# fails here (issue 12). Tests are off (LOGTO_SIGNIN_BUILD_TESTS=OFF, as in the `release` preset):
# this checks the build and install rules, the suite runs in scripts/test.sh.
# The build tree is made from scratch each time, so that no folder left by an earlier run hides a
# missing one. Needs the build dependencies (scripts/setup.sh). Jobs: CMAKE_BUILD_PARALLEL_LEVEL,
# else one per core; a compiler launcher such as ccache: CMAKE_CXX_COMPILER_LAUNCHER.
# Usage: scripts/build-plain.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/plain
stage=build/plain-stage
log=build/plain.log
start=$(date +%s)
rm -rf "$build" "$stage"
mkdir -p build
fail() { cat "$log" >&2; echo "build-plain: $*, log: $log" >&2; exit 1; }

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DLOGTO_SIGNIN_BUILD_TESTS=OFF >"$log" 2>&1 \
    || fail "configure failed"
generator=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$build/CMakeCache.txt")
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
# Make's -j with no number has no limit: always pass one.
jobs=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
cmake --build "$build" --parallel "$jobs" >>"$log" 2>&1 || fail "build failed ($generator)"
DESTDIR="$PWD/$stage" cmake --install "$build" >>"$log" 2>&1 || fail "install failed"

files=$(find "$stage" -type f | wc -l)
icons=$(find "$stage" -path '*/icons/hicolor/*/apps/*.png' -type f | wc -l)
if [ ! -x "$stage$prefix/bin/logto-signin" ] || [ "$icons" -eq 0 ]; then
    find "$stage" -type f | sort >>"$log"
    fail "the staged install lacks bin/logto-signin or the PNG icons"
fi
echo "build-plain: cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release -DLOGTO_SIGNIN_BUILD_TESTS=OFF" \
    "($generator, -j$jobs), then cmake --install: $files files ($icons PNG icons) in $stage$prefix," \
    "$(($(date +%s) - start)) s"
