#!/usr/bin/env bash
# Fails when a C++ file is not formatted with the project's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app tests bench -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || exit 0
if ! clang-format --dry-run --Werror $files 2>/tmp/logto-format.$$; then
    head -20 /tmp/logto-format.$$
    rm -f /tmp/logto-format.$$
    echo "check-format: run 'clang-format -i' on the files above" >&2
    exit 1
fi
rm -f /tmp/logto-format.$$
echo "check-format: ok"
