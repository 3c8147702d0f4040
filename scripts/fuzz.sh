#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (the `fuzz` preset: ASan + UBSan) and runs each for
# SECONDS, then prints executions, coverage and crashes per target (fuzz/README.md).
# Usage: scripts/fuzz.sh [SECONDS (default 15)] [TARGET...]
#   15 s per target is what CTest runs (label fuzz, `ctest --preset fuzz`); use 600 or more for a
#   real campaign. New inputs go to build/fuzz/fuzz/corpus/<target>/ (fuzz/corpus/ holds the seeds;
#   merge worthwhile ones with `<target> -merge=1 fuzz/corpus/<target> build/fuzz/fuzz/corpus/<target>`).
#   A crash leaves its input in build/fuzz/fuzz/fuzz-artifacts/<target>/ and makes this exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_httprequestparser fuzz_idtoken fuzz_jwks fuzz_discovery fuzz_tokenresponse)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
out=build/fuzz/fuzz
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
printf '%-24s %12s %9s %8s %8s %8s\n' target executions exec/s cov ft crashes
for target in "${targets[@]}"; do
    dict=fuzz/dict/json.dict
    [ "$target" = fuzz_httprequestparser ] && dict=fuzz/dict/http.dict
    mkdir -p "$out/corpus/$target" "$out/fuzz-artifacts/$target"
    log="$out/$target.log"
    if ! "$out/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -dict="$dict" -artifact_prefix="$out/fuzz-artifacts/$target/" \
        "$out/corpus/$target" "fuzz/corpus/$target" >"$log" 2>&1; then
        status=1
    fi
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    coverage=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    features=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    crashes=$(find "$out/fuzz-artifacts/$target" -type f | wc -l)
    printf '%-24s %12s %9s %8s %8s %8s\n' "$target" "${executions:-?}" "${rate:-?}" "${coverage:-?}" \
        "${features:-?}" "$crashes"
done
[ "$status" -eq 0 ] || echo "fuzz: a target failed; see $out/<target>.log and $out/fuzz-artifacts/" >&2
exit "$status"
