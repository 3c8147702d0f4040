#!/usr/bin/env bash
# Sets everything up, then builds (warnings are errors) and runs every test with CTest.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/check-format.sh
# Reproducible packages and embedded resources: time stamps come from the last commit.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"

# With no arguments (CI), also: a plain Release build and install with CMake's default generator
# (Make, as packagers build; the presets use Ninja), the whole suite again under ASan + UBSan +
# LeakSanitizer, and every libFuzzer target for a bounded 15 s (fuzz/README.md has the longer campaign).
if [ $# -eq 0 ]; then
    scripts/build-plain.sh
    scripts/test-sanitizers.sh -LE 'package|debian13'   # packages and Debian 13: once, above
    scripts/fuzz.sh 15
fi
