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
