#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset, GCC)
# and runs the test suite under them: any invalid access, leak (LeakSanitizer) or undefined
# behaviour fails the test that hit it. The options are the `asan` test preset's (CMakePresets.json):
# UBSan halts on the first error; LeakSanitizer suppressions are in tests/hardening/lsan.supp.
# Usage: scripts/test-sanitizers.sh [extra ctest arguments, e.g. -L unit, or -LE e2e]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset asan
cmake --build --preset asan
ctest --preset asan "$@"
